package dev.bastion.bootstrap.startup;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings that must refuse to start rather than run wrongly. Read from the environment
 * before anything starts, so a refused start leaves nothing half-started behind.
 */
public final class StartupGuards {

    /**
     * The least a production key must carry by {@link #estimatedBits}: a random 32-character hex or
     * base64 string is well above (about 118 and 160), a repeated or patterned one far below.
     */
    static final int MIN_SECRET_BITS = 96;

    private StartupGuards() {
    }

    /**
     * The secret's length times the Shannon entropy of its characters: an upper bound on what it
     * holds, blind to patterns, but it catches the keys people type ({@code aaaa…}, {@code abab…},
     * {@code 0123456789…}).
     */
    /** Whether the secret is a shorter string repeated ({@code abab…}, {@code 0123456789…}, {@code passwordpassword}). */
    static boolean repeatsItself(String secret) {
        for (int period = 1; period <= secret.length() / 2; period++) {
            if (secret.regionMatches(0, secret, period, secret.length() - period)) {
                return true;
            }
        }
        return false;
    }

    static int estimatedBits(String secret) {
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        secret.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        int length = secret.codePointCount(0, secret.length());
        double bitsPerCharacter = 0;
        for (int count : counts.values()) {
            double p = (double) count / length;
            bitsPerCharacter -= p * Math.log(p) / Math.log(2);
        }
        return (int) Math.floor(bitsPerCharacter * length);
    }

    /** What is wrong with {@code env}; empty when the server may start. */
    public static List<String> problems(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        String cluster = env.getOrDefault("BASTION_CLUSTER", "false").strip().toLowerCase(Locale.ROOT);
        if (!cluster.equals("true") && !cluster.equals("false") && !cluster.isEmpty()) {
            problems.add("BASTION_CLUSTER must be true or false, not '" + env.get("BASTION_CLUSTER") + "'");
        }
        if (cluster.equals("true")) {
            if (isBlank(env.get("REDIS_URI"))) {
                problems.add("BASTION_CLUSTER=true needs REDIS_URI: instances share sessions, caches and locks "
                        + "through Redis");
            }
            if (isBlank(env.get("DATABASE_URL"))) {
                problems.add("BASTION_CLUSTER=true needs DATABASE_URL: the embedded PostgreSQL belongs to one "
                        + "instance");
            }
        }
        boolean production = isProduction(env);
        String secret = env.get("BASTION_JWT_SECRET");
        if (isBlank(secret) && production) {
            problems.add("BASTION_JWT_SECRET is required in the prod environment (at least "
                    + JwtSecret.MIN_BYTES + " bytes)");
        } else if (!isBlank(secret) && secret.getBytes(StandardCharsets.UTF_8).length < JwtSecret.MIN_BYTES) {
            problems.add("BASTION_JWT_SECRET must be at least " + JwtSecret.MIN_BYTES + " bytes, not "
                    + secret.getBytes(StandardCharsets.UTF_8).length);
        } else if (!isBlank(secret) && production
                && (estimatedBits(secret) < MIN_SECRET_BITS || repeatsItself(secret))) {
            problems.add("BASTION_JWT_SECRET has too little variety to be a key (about " + estimatedBits(secret)
                    + " bits by its characters, at least " + MIN_SECRET_BITS + " needed, and no repeated "
                    + "pattern): use random bytes, e.g. the output of 'openssl rand -base64 48'");
        }
        String logFormat = env.get("BASTION_LOG_FORMAT");
        if (!isBlank(logFormat) && !logFormat.strip().equalsIgnoreCase("text")
                && !logFormat.strip().equalsIgnoreCase("json")) {
            problems.add("BASTION_LOG_FORMAT must be text or json, not '" + logFormat + "'");
        }
        String accessLog = env.get("BASTION_ACCESS_LOG");
        if (!isBlank(accessLog) && !accessLog.strip().equals("true") && !accessLog.strip().equals("false")) {
            problems.add("BASTION_ACCESS_LOG must be true or false, not '" + accessLog + "'");
        }
        String sampleInterval = env.get("BASTION_METRICS_SAMPLE_INTERVAL");
        if (!isBlank(sampleInterval) && !isSampleInterval(sampleInterval.strip())) {
            problems.add("BASTION_METRICS_SAMPLE_INTERVAL must be a duration from 1s to 1h (e.g. 15s, 1m, PT30S), not '"
                    + sampleInterval + "'");
        }
        String port = env.get("PORT");
        if (!isBlank(port) && !port.strip().matches("\\d{1,5}")) {
            problems.add("PORT must be a number from 0 to 65535, not '" + port + "'");
        } else if (!isBlank(port) && Integer.parseInt(port.strip()) > 65_535) {
            problems.add("PORT must be a number from 0 to 65535, not '" + port + "'");
        }
        return problems;
    }

    /**
     * A duration the scheduler reads (a whole number with {@code ms}, {@code s}, {@code m} or
     * {@code h}, or ISO-8601 such as {@code PT30S}) from 1 s to 1 h: shorter would make every
     * instance query the stores for nothing, longer would leave the gauges stale.
     */
    static boolean isSampleInterval(String text) {
        Duration interval;
        Matcher unit = Pattern.compile("(\\d{1,9})(ms|s|m|h)").matcher(text);
        if (unit.matches()) {
            long amount = Long.parseLong(unit.group(1));
            interval = switch (unit.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        } else {
            try {
                interval = Duration.parse(text);
            } catch (DateTimeParseException notIso) {
                return false;
            }
        }
        return interval.compareTo(Duration.ofSeconds(1)) >= 0 && interval.compareTo(Duration.ofHours(1)) <= 0;
    }

    /** {@code MICRONAUT_ENVIRONMENTS} (comma-separated) names {@code prod}. */
    public static boolean isProduction(Map<String, String> env) {
        String environments = env.getOrDefault("MICRONAUT_ENVIRONMENTS", "");
        for (String name : environments.split(",")) {
            if (name.strip().equalsIgnoreCase("prod")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
