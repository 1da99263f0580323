package dev.bastion.bootstrap.startup;

import dev.bastion.adapters.messaging.shared.CacheBackend;
import dev.bastion.bootstrap.database.EmbeddedPostgresServer;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line an operator can trust: where it listens, which database and cache it uses. */
@Singleton
final class StartupReport implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final Optional<EmbeddedPostgresServer> embedded;
    private final CacheBackend cache;
    private final String datasourceUrl;

    StartupReport(Optional<EmbeddedPostgresServer> embedded, CacheBackend cache,
                  @Nullable @Value("${datasources.default.url:}") String datasourceUrl) {
        this.embedded = embedded;
        this.cache = cache;
        this.datasourceUrl = datasourceUrl;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        String database = embedded.map(EmbeddedPostgresServer::describe)
                .orElseGet(() -> "PostgreSQL at " + withoutSecrets(datasourceUrl));
        LOG.info("Bastion is listening on {} (started in {} ms); database: {}; cache: {}",
                event.getSource().getURL(), uptime, database, cache.describe());
    }

    /** JDBC URLs can carry {@code password=} as a parameter; never log it. */
    static String withoutSecrets(String url) {
        return url == null ? "(none)" : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
