package dev.bastion.bootstrap.scheduling;

import dev.bastion.application.scheduling.PlanJobs;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At each start (after Flyway): plans the next firing of every enabled job that has none, so the
 * jobs a migration seeds fire, and a job never silently stops because its plan was lost.
 */
@Singleton
final class JobsPlanningAtStart implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(JobsPlanningAtStart.class);

    private final PlanJobs plan;

    JobsPlanningAtStart(PlanJobs plan) {
        this.plan = plan;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        int planned = plan.planUnplanned();
        if (planned > 0) {
            LOG.info("Planned the next firing of {} enabled job(s) that had none", planned);
        }
    }
}
