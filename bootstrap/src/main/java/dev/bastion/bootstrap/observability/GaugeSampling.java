package dev.bastion.bootstrap.observability;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Samples the {@link OperationalGauges} shortly after start and then every
 * {@code BASTION_METRICS_SAMPLE_INTERVAL} (default 15 s): a few cheap reads of the shared stores
 * per instance and interval, whatever the scrape rate.
 */
@Singleton
final class GaugeSampling {

    private final OperationalGauges gauges;

    GaugeSampling(OperationalGauges gauges) {
        this.gauges = gauges;
    }

    @Scheduled(initialDelay = "2s", fixedDelay = "${bastion.metrics.sample-interval:15s}")
    void sample() {
        gauges.sample();
    }
}
