package dev.bastion.bootstrap.monitor;

import dev.bastion.adapters.messaging.shared.MonitoredCache;
import dev.bastion.application.identity.signin.ConfiguredAuthPolicies;
import dev.bastion.application.monitor.CacheMonitorService;
import dev.bastion.application.monitor.ServerMonitorService;
import dev.bastion.domain.monitor.CacheMonitor;
import dev.bastion.domain.monitor.DatabaseProbe;
import dev.bastion.domain.monitor.HostProbe;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The monitors' use cases over the probes (persistence) and the cache monitor (messaging), and the
 * sign-in policies (a value application keeps) shown to the cache monitor like the adapter's caches.
 */
@Factory
final class MonitorWiring {

    @Singleton
    ServerMonitorService serverMonitor(HostProbe host, DatabaseProbe database) {
        return new ServerMonitorService(host, database);
    }

    @Singleton
    CacheMonitorService cacheMonitor(CacheMonitor caches) {
        return new CacheMonitorService(caches);
    }

    @Singleton
    MonitoredCache signInPoliciesCache(ConfiguredAuthPolicies policies) {
        return MonitoredCache.of("sign-in-policies", "The sign-in policies read from the run-time parameters "
                        + "(one value)", () -> policies.holds() ? 1 : 0, policies::hits, policies::misses,
                policies::forget);
    }
}
