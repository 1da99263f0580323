package dev.bastion.bootstrap.testing;

import dev.bastion.bootstrap.Bastion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** {@link Bastion#main} in a JVM of its own, as {@code java -jar} runs it, with only the settings given. */
public final class BastionProcess {

    private BastionProcess() {
    }

    /** Starts it with {@code env} (and no {@code BASTION_*}, database, Redis or port setting of this JVM's), output into {@code log}. */
    public static Process start(Path dataFolder, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Bastion.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("BASTION_") || name.equals("DATABASE_URL")
                || name.startsWith("REDIS_") || name.equals("PORT") || name.equals("MICRONAUT_ENVIRONMENTS"));
        builder.environment().put("BASTION_DATA_DIR", dataFolder.toString());
        builder.environment().putAll(env);
        return builder.start();
    }
}
