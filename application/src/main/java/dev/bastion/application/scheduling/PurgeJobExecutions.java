package dev.bastion.application.scheduling;

/** Deletes the ended executions older than the history's retention; how many. */
public interface PurgeJobExecutions {

    int purge();
}
