package dev.bastion.adapters.persistence.scheduling;

/** The names of Bastion's two db-scheduler tasks, the rows of {@code scheduler_tasks}. */
final class SchedulerTasks {

    /** A job's planned firing: instance = the job's id, no data. */
    static final String FIRE = "job-fire";
    /** A run ordered and not yet finished: instance = the execution's id, data = {@link RunOrderText}. */
    static final String RUN = "job-run";
    static final String TABLE = "scheduler_tasks";

    private SchedulerTasks() {
    }
}
