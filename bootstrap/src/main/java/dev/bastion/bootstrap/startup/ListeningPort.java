package dev.bastion.bootstrap.startup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP port, checked before anything starts: a port another process holds would otherwise be
 * found only after the database, the migrations and the seeding (some 20 s), as a long stack trace.
 */
public final class ListeningPort {

    static final int DEFAULT = 8080;

    private ListeningPort() {
    }

    /** {@code PORT} (checked by {@link StartupGuards} to be a number), or 8080. */
    public static int of(Map<String, String> env) {
        String port = env.get("PORT");
        return port == null || port.isBlank() ? DEFAULT : Integer.parseInt(port.strip());
    }

    /** Why the server cannot listen on {@code port} (on every interface, as it will); empty when it can. */
    public static Optional<String> problem(int port) {
        if (port == 0) {
            return Optional.empty();
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("port " + port + " is in use (or may not be opened by this user): set PORT to a "
                    + "free port");
        }
    }
}
