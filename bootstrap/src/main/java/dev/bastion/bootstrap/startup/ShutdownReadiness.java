package dev.bastion.bootstrap.startup;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Readiness is DOWN from the moment the server starts to shut down, before requests in flight have
 * finished: a load balancer still polling over a kept-alive connection sends nothing new here.
 */
@Singleton
@Readiness
@Order(Integer.MIN_VALUE)
final class ShutdownReadiness implements HealthIndicator, ApplicationEventListener<ShutdownEvent> {

    private volatile boolean stopping;

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        stopping = true;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("lifecycle", stopping ? HealthStatus.DOWN : HealthStatus.UP)
                .build());
    }
}
