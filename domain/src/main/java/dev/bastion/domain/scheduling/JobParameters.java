package dev.bastion.domain.scheduling;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The parameters a run gets: checked against its handler's schema, defaults filled in. */
public record JobParameters(Map<String, Object> values) {

    public static final JobParameters NONE = new JobParameters(Map.of());

    public JobParameters {
        values = Map.copyOf(values);
    }

    public Optional<String> string(String name) {
        return Optional.ofNullable((String) values.get(name));
    }

    public Optional<Long> integer(String name) {
        return Optional.ofNullable((Long) values.get(name));
    }

    public Optional<Boolean> bool(String name) {
        return Optional.ofNullable((Boolean) values.get(name));
    }

    public Optional<Duration> duration(String name) {
        return string(name).map(text -> TextDuration.parse("parameters." + name, text));
    }
}
