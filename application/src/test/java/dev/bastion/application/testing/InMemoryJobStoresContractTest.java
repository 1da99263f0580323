package dev.bastion.application.testing;

import dev.bastion.application.testing.contract.JobStoresContract;
import dev.bastion.domain.scheduling.JobExecutionRepository;
import dev.bastion.domain.scheduling.JobRepository;

/** The in-memory job stores the use-case tests lean on keep the promises the JDBC ones keep. */
class InMemoryJobStoresContractTest extends JobStoresContract {

    private final InMemoryJobExecutionRepository executions = new InMemoryJobExecutionRepository();
    private final InMemoryJobRepository jobs = new InMemoryJobRepository(executions);

    @Override
    protected JobRepository jobs() {
        return jobs;
    }

    @Override
    protected JobExecutionRepository executions() {
        return executions;
    }
}
