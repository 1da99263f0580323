package dev.bastion.application.identity.signin;

import dev.bastion.application.system.config.ConfigRule;
import dev.bastion.application.system.config.SeedBuiltInParams.BuiltInParam;
import dev.bastion.domain.identity.LockoutPolicy;
import dev.bastion.domain.identity.PasswordPolicy;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.system.config.ConfigConstraints;
import dev.bastion.domain.system.config.ConfigDefinition;
import dev.bastion.domain.system.config.ConfigDurations;
import dev.bastion.domain.system.config.ConfigKey;
import dev.bastion.domain.system.config.ConfigType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The built-in parameters behind {@link AuthSettings}: their keys, definitions and environment
 * variables (docs/configuration.md, "Run-time parameters"), and the one translation of their values
 * into settings. A combination the settings refuse (refresh TTL shorter than access TTL) is refused
 * at write time by {@link #rule()}, so stored values always make valid settings.
 */
public final class AuthParameters {

    public static final ConfigKey LOGIN_MODE = new ConfigKey("security.login.mode");
    public static final ConfigKey LOGIN_RATE = new ConfigKey("security.login.rate-per-minute");
    public static final ConfigKey MAX_FAILURES = new ConfigKey("security.lockout.max-failures");
    public static final ConfigKey FAILURE_WINDOW = new ConfigKey("security.lockout.window");
    public static final ConfigKey LOCK_DURATION = new ConfigKey("security.lockout.duration");
    public static final ConfigKey PASSWORD_MIN_LENGTH = new ConfigKey("security.password.min-length");
    public static final ConfigKey PASSWORD_HISTORY = new ConfigKey("security.password.history");
    public static final ConfigKey PASSWORD_CLASSES = new ConfigKey("security.password.character-classes");
    public static final ConfigKey ACCESS_TTL = new ConfigKey("security.token.access-ttl");
    public static final ConfigKey REFRESH_TTL = new ConfigKey("security.token.refresh-ttl");

    /** Each built-in: definition, environment variable, and the default when the variable is unset. */
    private record Entry(ConfigDefinition definition, String variable, String fallback) {
    }

    private static final Map<ConfigKey, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        add(LOGIN_MODE, "Login mode", ConfigType.STRING, ConfigConstraints.oneOf("single", "multi"),
                "single ends a user's older sessions on a new sign-in; multi keeps them", "BASTION_LOGIN_MODE", "multi");
        add(LOGIN_RATE, "Sign-in attempts per minute", ConfigType.INTEGER, ConfigConstraints.range("1", "2147483647"),
                "sign-in and refresh attempts per client address per minute", "BASTION_LOGIN_RATE_PER_MINUTE", "20");
        add(MAX_FAILURES, "Failures before a lock", ConfigType.INTEGER, ConfigConstraints.range("1", "1000"),
                "wrong passwords within the window that lock the account", "BASTION_LOGIN_MAX_FAILURES", "5");
        add(FAILURE_WINDOW, "Failure window", ConfigType.DURATION, ConfigConstraints.range("1s", "365d"),
                "the window failed sign-ins are counted in", "BASTION_LOGIN_FAILURE_WINDOW", "15m");
        add(LOCK_DURATION, "Lock duration", ConfigType.DURATION, ConfigConstraints.range("1s", "365d"),
                "how long a locked account refuses sign-ins", "BASTION_LOGIN_LOCK_DURATION", "15m");
        add(PASSWORD_MIN_LENGTH, "Password minimum length", ConfigType.INTEGER,
                ConfigConstraints.range("8", String.valueOf(PasswordPolicy.MAX_LENGTH)),
                "the fewest characters a new password may have", "BASTION_PASSWORD_MIN_LENGTH", "10");
        add(PASSWORD_HISTORY, "Password history", ConfigType.INTEGER, ConfigConstraints.range("0", "24"),
                "earlier passwords a new one may not repeat", "BASTION_PASSWORD_HISTORY", "3");
        add(PASSWORD_CLASSES, "Password character classes", ConfigType.INTEGER,
                ConfigConstraints.range("0", String.valueOf(PasswordPolicy.CLASSES)),
                "of lower-case, upper-case, digits and other characters, how many classes a new password needs",
                "BASTION_PASSWORD_CHARACTER_CLASSES", "0");
        add(ACCESS_TTL, "Access token lifetime", ConfigType.DURATION, ConfigConstraints.range("1s", "3650d"),
                "lifetime of an access token (tokens already issued keep theirs)", "BASTION_ACCESS_TOKEN_TTL", "15m");
        add(REFRESH_TTL, "Session lifetime", ConfigType.DURATION, ConfigConstraints.range("1s", "3650d"),
                "a session lives this long past its last refresh; at least the access token lifetime",
                "BASTION_REFRESH_TOKEN_TTL", "7d");
    }

    private AuthParameters() {
    }

    private static void add(ConfigKey key, String name, ConfigType type, ConfigConstraints constraints,
                            String description, String variable, String fallback) {
        ENTRIES.put(key, new Entry(new ConfigDefinition(key, name, type, constraints, description), variable, fallback));
    }

    /** The environment variable behind each built-in, by key. */
    public static Map<ConfigKey, String> variables() {
        Map<ConfigKey, String> variables = new LinkedHashMap<>();
        ENTRIES.forEach((key, entry) -> variables.put(key, entry.variable()));
        return variables;
    }

    /**
     * The built-ins with their start-up values: {@code environment} by variable name (a missing or
     * empty one takes its default; {@code BASTION_LOGIN_MODE} is read ignoring case, as it always was).
     */
    public static List<BuiltInParam> builtIns(Map<String, String> environment) {
        List<BuiltInParam> builtIns = new ArrayList<>();
        ENTRIES.forEach((key, entry) -> {
            String given = environment.get(entry.variable());
            String value = given == null || given.isBlank() ? entry.fallback() : given.strip();
            if (key.equals(LOGIN_MODE)) {
                value = value.toLowerCase(Locale.ROOT);
            }
            builtIns.add(new BuiltInParam(entry.definition(), entry.variable(), value));
        });
        return builtIns;
    }

    /** The values of {@code builtIns} by key. */
    public static Map<ConfigKey, String> valuesOf(List<BuiltInParam> builtIns) {
        Map<ConfigKey, String> values = new LinkedHashMap<>();
        builtIns.forEach(b -> values.put(b.definition().key(), b.environmentValue()));
        return values;
    }

    /**
     * The settings {@code values} (by key) make; a value missing from them is taken from
     * {@code fallback}. Refused ({@code InvalidValueException} naming {@code value}) when they do not
     * make valid settings.
     */
    public static AuthSettings settings(Map<ConfigKey, String> values, Map<ConfigKey, String> fallback) {
        Objects.requireNonNull(values, "values");
        try {
            String mode = text(LOGIN_MODE, values, fallback);
            return new AuthSettings(duration(ACCESS_TTL, values, fallback), duration(REFRESH_TTL, values, fallback),
                    mode.equals("single") ? AuthSettings.LoginMode.SINGLE : AuthSettings.LoginMode.MULTI,
                    new LockoutPolicy(integer(MAX_FAILURES, values, fallback), duration(FAILURE_WINDOW, values, fallback),
                            duration(LOCK_DURATION, values, fallback)),
                    integer(LOGIN_RATE, values, fallback),
                    new PasswordPolicy(integer(PASSWORD_MIN_LENGTH, values, fallback),
                            integer(PASSWORD_HISTORY, values, fallback), integer(PASSWORD_CLASSES, values, fallback)));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("value", "the sign-in settings would not be valid: " + e.getMessage());
        }
    }

    /** Refuses a combination of built-in values that makes no valid settings (checked on every write). */
    public static ConfigRule rule() {
        return values -> settings(values, Map.of());
    }

    private static String text(ConfigKey key, Map<ConfigKey, String> values, Map<ConfigKey, String> fallback) {
        String value = values.containsKey(key) ? values.get(key) : fallback.get(key);
        if (value == null) {
            value = ENTRIES.get(key).fallback();
        }
        return value;
    }

    private static int integer(ConfigKey key, Map<ConfigKey, String> values, Map<ConfigKey, String> fallback) {
        try {
            return Integer.parseInt(text(key, values, fallback));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a whole number");
        }
    }

    private static java.time.Duration duration(ConfigKey key, Map<ConfigKey, String> values,
                                               Map<ConfigKey, String> fallback) {
        return ConfigDurations.parse(key.value(), text(key, values, fallback));
    }
}
