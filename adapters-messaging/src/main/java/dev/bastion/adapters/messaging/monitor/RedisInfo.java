package dev.bastion.adapters.messaging.monitor;

import dev.bastion.domain.monitor.RedisStatus;
import dev.bastion.domain.monitor.ServerStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the text of Redis's {@code INFO} (lines {@code field:value}, sections under {@code # Name})
 * and of {@code INFO commandstats} ({@code cmdstat_get:calls=3,usec=12,usec_per_call=4.00,…}) into
 * the monitor's {@link RedisStatus}. A field that is missing or unreadable counts as 0 (or
 * {@code unknown}): the monitor shows what the server told, whatever its version.
 */
final class RedisInfo {

    static final int TOP_COMMANDS = 10;

    private RedisInfo() {
    }

    static RedisStatus parse(String info, String commandStats) {
        Map<String, String> fields = fields(info);
        long hits = number(fields.get("keyspace_hits"));
        long misses = number(fields.get("keyspace_misses"));
        return new RedisStatus(fields.getOrDefault("redis_version", "unknown"),
                fields.getOrDefault("redis_mode", "unknown"), number(fields.get("uptime_in_seconds")),
                number(fields.get("used_memory")), number(fields.get("used_memory_peak")),
                number(fields.get("connected_clients")), hits, misses, ServerStatus.percent(hits, hits + misses),
                keyspaces(fields), topCommands(fields(commandStats)));
    }

    /** Every {@code field:value} line; section headers, blank lines and comments are skipped. */
    static Map<String, String> fields(String text) {
        Map<String, String> fields = new HashMap<>();
        if (text == null) {
            return fields;
        }
        for (String line : text.split("\r?\n")) {
            String trimmed = line.strip();
            int colon = trimmed.indexOf(':');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || colon <= 0) {
                continue;
            }
            fields.put(trimmed.substring(0, colon), trimmed.substring(colon + 1));
        }
        return fields;
    }

    /** {@code db0:keys=12,expires=3,avg_ttl=0,…} → database 0, 12 keys, 3 with a time to live. */
    private static List<RedisStatus.Keyspace> keyspaces(Map<String, String> fields) {
        List<RedisStatus.Keyspace> databases = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (name.matches("db\\d{1,5}")) {
                Map<String, String> parts = parts(value);
                databases.add(new RedisStatus.Keyspace(Integer.parseInt(name.substring(2)),
                        number(parts.get("keys")), number(parts.get("expires"))));
            }
        });
        databases.sort(Comparator.comparingInt(RedisStatus.Keyspace::database));
        return databases;
    }

    private static List<RedisStatus.CommandStats> topCommands(Map<String, String> fields) {
        List<RedisStatus.CommandStats> commands = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("cmdstat_") && name.length() > "cmdstat_".length()) {
                Map<String, String> parts = parts(value);
                commands.add(new RedisStatus.CommandStats(name.substring("cmdstat_".length()),
                        number(parts.get("calls")), decimal(parts.get("usec_per_call"))));
            }
        });
        commands.sort(Comparator.comparingLong(RedisStatus.CommandStats::calls).reversed()
                .thenComparing(RedisStatus.CommandStats::command));
        return commands.size() > TOP_COMMANDS ? commands.subList(0, TOP_COMMANDS) : commands;
    }

    /** {@code a=1,b=2} → {a=1, b=2}. */
    private static Map<String, String> parts(String value) {
        Map<String, String> parts = new HashMap<>();
        for (String part : value.split(",")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
            }
        }
        return parts;
    }

    private static long number(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double decimal(String value) {
        if (value == null) {
            return 0;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            return Double.isFinite(parsed) ? parsed : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
