package dev.bastion.adapters.rest.monitor;

import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.application.monitor.ClearCache;
import dev.bastion.application.monitor.GetCacheStatus;
import dev.bastion.application.monitor.GetServerStatus;
import dev.bastion.application.monitor.ListCacheKeys;
import dev.bastion.domain.monitor.CacheName;
import dev.bastion.domain.monitor.KeyPrefix;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

/** The server and cache monitors (docs/api.md, "monitoring"). */
@Controller("/api/v1/monitor")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Monitor")
class MonitorController {

    private final GetServerStatus serverStatus;
    private final GetCacheStatus cacheStatus;
    private final ListCacheKeys cacheKeys;
    private final ClearCache clearCache;
    private final MonitorDtoMapper mapper;

    MonitorController(GetServerStatus serverStatus, GetCacheStatus cacheStatus, ListCacheKeys cacheKeys,
                      ClearCache clearCache, MonitorDtoMapper mapper) {
        this.serverStatus = serverStatus;
        this.cacheStatus = cacheStatus;
        this.cacheKeys = cacheKeys;
        this.clearCache = clearCache;
        this.mapper = mapper;
    }

    @Get("/server")
    @RequiresPermission("monitor:server:read")
    @Operation(operationId = "getServerStatus",
            summary = "The host (CPU, memory, disks of the data folder and working directory), the JVM and the "
                    + "database",
            description = "Host figures come from the last background sample (every BASTION_MONITOR_SAMPLE_INTERVAL, "
                    + "5 s by default; host.sampledAt says when); cpu.usagePercent is null until the second sample.",
            security = @SecurityRequirement(name = "bearerAuth"))
    ServerStatusResponse server() {
        return mapper.toResponse(serverStatus.status());
    }

    @Get("/cache")
    @RequiresPermission("monitor:cache:read")
    @Operation(operationId = "getCacheStatus",
            summary = "The cache tier (Redis INFO essentials) and Bastion's own caches with their hit ratios",
            security = @SecurityRequirement(name = "bearerAuth"))
    CacheStatusResponse cache() {
        return mapper.toResponse(cacheStatus.status());
    }

    @Get("/cache/keys")
    @RequiresPermission("monitor:cache:keys")
    @Operation(operationId = "listCacheKeys",
            summary = "Key names starting with a prefix, at most 1000, sorted",
            description = "With Redis, found with SCAN (never KEYS), looking at no more than 100 000 keys; in "
                    + "process, the keys of Bastion's caches named <cache>:<key>. The prefix is taken literally: "
                    + "glob characters (* ? [ ] \\) are refused. truncated says that more may exist.",
            security = @SecurityRequirement(name = "bearerAuth"))
    CacheKeysResponse keys(@Parameter(description = "the start of the key names; empty or absent: every key")
                           @Nullable @QueryValue @Size(max = KeyPrefix.MAX_LENGTH) String prefix) {
        return mapper.toResponse(cacheKeys.keys(KeyPrefix.of(prefix)));
    }

    @Delete("/cache/{name}")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission("monitor:cache:delete")
    @Operation(operationId = "clearCache",
            summary = "Empty one of Bastion's caches on every instance; unknown name → 404, malformed → 400",
            description = "Names as GET /monitor/cache lists them: access, dictionaries, session-checks (with "
                    + "Redis), sign-in-policies, users. Answers once every instance has emptied it (at most 2 s).",
            security = @SecurityRequirement(name = "bearerAuth"))
    void clear(@PathVariable @Schema(pattern = CacheName.PATTERN, maxLength = CacheName.MAX_LENGTH,
            description = "the cache's name, as GET /monitor/cache lists it") String name) {
        clearCache.clear(CacheName.of(name));
    }
}
