package dev.bastion.application.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.monitor.CacheKeys;
import dev.bastion.domain.monitor.CacheName;
import dev.bastion.domain.monitor.CacheMonitor;
import dev.bastion.domain.monitor.CacheStats;
import dev.bastion.domain.monitor.CacheStatus;
import dev.bastion.domain.monitor.DatabaseStatus;
import dev.bastion.domain.monitor.HostProbe;
import dev.bastion.domain.monitor.HostStatus;
import dev.bastion.domain.monitor.JvmStatus;
import dev.bastion.domain.monitor.KeyPrefix;
import dev.bastion.domain.monitor.ServerStatus;
import dev.bastion.domain.shared.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonitorServicesTest {

    /** A cache tier with one cache, {@code access}, recording what was asked of it. */
    private static final class FakeCaches implements CacheMonitor {

        final List<String> cleared = new ArrayList<>();
        int askedLimit;

        @Override
        public CacheStatus status() {
            return new CacheStatus(CacheStatus.IN_PROCESS, null, List.of(CacheStats.of("access", "users", 1, 2, 1)));
        }

        @Override
        public CacheKeys keys(KeyPrefix prefix, int limit) {
            askedLimit = limit;
            return new CacheKeys(CacheStatus.IN_PROCESS, prefix.value(), limit, List.of(), false);
        }

        @Override
        public void clearEverywhere(String name) {
            if (!name.equals("access")) {
                throw new NotFoundException("cache '" + name + "'");
            }
            cleared.add(name);
        }
    }

    private final FakeCaches caches = new FakeCaches();
    private final CacheMonitorService service = new CacheMonitorService(caches);

    @Test
    void theServerStatusJoinsTheHostTheJvmAndTheDatabase() {
        HostStatus host = new HostStatus(Instant.EPOCH, "Linux", new HostStatus.Cpu("cpu", 1, 2, 0.5, 0.4, 0.3, null),
                HostStatus.Memory.of(100, 40), List.of());
        JvmStatus jvm = new JvmStatus("17", "vendor", Instant.EPOCH, 1, new JvmStatus.MemoryArea(1, 2, null),
                new JvmStatus.MemoryArea(1, 2, 3L), List.of(), new JvmStatus.Threads(3, 2, 4));
        DatabaseStatus database = new DatabaseStatus(true, "17.6", 1L, new DatabaseStatus.Pool(1, 2, 10, 0));
        ServerMonitorService server = new ServerMonitorService(new HostProbe() {
            @Override
            public HostStatus host() {
                return host;
            }

            @Override
            public JvmStatus jvm() {
                return jvm;
            }
        }, () -> database);

        assertThat(server.status()).isEqualTo(new ServerStatus(host, jvm, database));
    }

    @Test
    void keysAreListedUpToTheBound() {
        assertThat(service.keys(KeyPrefix.of("bastion:")).prefix()).isEqualTo("bastion:");
        assertThat(caches.askedLimit).isEqualTo(CacheKeys.MAX_KEYS).isEqualTo(1000);
    }

    @Test
    void aKnownCacheIsClearedAndAnUnknownOneIsNotFoundByName() {
        service.clear(CacheName.of("access"));

        assertThat(caches.cleared).containsExactly("access");
        assertThatThrownBy(() -> service.clear(CacheName.of("nope"))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("'nope'");
    }
}
