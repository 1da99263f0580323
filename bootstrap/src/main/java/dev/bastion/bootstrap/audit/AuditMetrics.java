package dev.bastion.bootstrap.audit;

import dev.bastion.application.audit.RecordOperationService;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;

/**
 * The operation log's queue as meters: {@code bastion.audit.queue.depth} (records waiting; Prometheus
 * {@code bastion_audit_queue_depth}) and {@code bastion.audit.dropped} (records lost to a full queue
 * since start; {@code bastion_audit_dropped_total}, which must stay 0).
 */
@Context
@Requires(beans = MeterRegistry.class)
final class AuditMetrics {

    AuditMetrics(MeterRegistry registry, RecordOperationService recorder) {
        Gauge.builder("bastion.audit.queue.depth", recorder, RecordOperationService::depth)
                .description("Operation-log records waiting to be written")
                .register(registry);
        FunctionCounter.builder("bastion.audit.dropped", recorder, r -> r.dropped())
                .description("Operation-log records dropped because the queue was full")
                .register(registry);
    }
}
