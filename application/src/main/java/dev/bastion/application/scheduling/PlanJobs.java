package dev.bastion.application.scheduling;

/**
 * Plans the next firing of every enabled job that has none (jobs seeded by a migration, or a plan
 * lost): run at start, so a job never silently stops firing. How many it planned.
 */
public interface PlanJobs {

    int planUnplanned();
}
