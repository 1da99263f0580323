package dev.bastion.bootstrap.system;

import dev.bastion.application.system.notice.FindNoticeReaders;
import dev.bastion.application.system.notice.ListScheduledNotices;
import dev.bastion.application.system.notice.live.LiveNoticesService;
import dev.bastion.domain.shared.Clock;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live push of notices: one timer thread per instance runs the deliveries (off the thread that
 * hands out events) and the scheduled notices' timers, and reports a delivery that failed.
 */
@Factory
final class LiveNoticesWiring {

    private static final Logger LOG = LoggerFactory.getLogger(LiveNoticesService.class);

    @Singleton
    @Named("live-notices")
    @Bean(preDestroy = "shutdownNow")
    ScheduledExecutorService liveNoticesTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "live-notices");
            thread.setDaemon(true);
            return thread;
        }) {
            @Override
            protected void afterExecute(Runnable task, Throwable thrown) {
                super.afterExecute(task, thrown);
                if (thrown == null && task instanceof Future<?> future && future.isDone()) {
                    try {
                        future.get();
                    } catch (java.util.concurrent.ExecutionException failed) {
                        thrown = failed.getCause();
                    } catch (InterruptedException | java.util.concurrent.CancellationException ignored) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (thrown != null) {
                    LOG.warn("a live notice delivery failed (tried again shortly, up to a minute)", thrown);
                }
            }
        };
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    @Singleton
    LiveNoticesService liveNotices(FindNoticeReaders readers, ListScheduledNotices scheduled, Clock clock,
                                   @Named("live-notices") ScheduledExecutorService timer) {
        return new LiveNoticesService(readers, scheduled, clock, timer);
    }

    @EventListener
    void rescheduleAfterStart(StartupEvent started) {
        try {
            started.getSource().getBean(LiveNoticesService.class).rescheduleAfterStart();
        } catch (RuntimeException failed) {
            // the database may still be coming up; such a notice then reaches its readers' lists, not their streams
            LOG.warn("could not set the timers of notices scheduled before this start", failed);
        }
    }
}
