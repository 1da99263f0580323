package dev.bastion.adapters.persistence.scheduling;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This instance's name in the job history and in the scheduler's claims: {@code BASTION_INSTANCE_NAME}
 * when set, else host name, process id and a random suffix (two instances in one process, as in the
 * tests, still differ).
 */
@Factory
final class InstanceNaming {

    private static final int MAX_LENGTH = 100;

    @Singleton
    @Named("scheduler-instance")
    String instanceName(@Value("${bastion.instance-name:}") String configured) {
        if (configured != null && !configured.isBlank()) {
            String name = configured.strip();
            if (name.length() > MAX_LENGTH || name.codePoints().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("BASTION_INSTANCE_NAME must be printable and at most "
                        + MAX_LENGTH + " characters");
            }
            return name;
        }
        byte[] suffix = new byte[2];
        new SecureRandom().nextBytes(suffix);
        return host() + "-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(suffix);
    }

    private static String host() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > 60 ? host.substring(0, 60) : host;
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
