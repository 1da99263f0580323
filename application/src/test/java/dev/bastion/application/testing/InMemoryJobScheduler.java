package dev.bastion.application.testing;

import dev.bastion.application.scheduling.JobScheduler;
import dev.bastion.application.scheduling.RunOrder;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link JobScheduler} in memory: the planned firings and the orders, as a use case left them.
 * Given the transactions fake, it also notes whether each write joined a transaction (as the
 * real one must) and whether each wake came after it.
 */
public final class InMemoryJobScheduler implements JobScheduler {

    private final Map<JobId, Instant> plans = new LinkedHashMap<>();
    private final Map<JobExecutionId, RunOrder> orders = new LinkedHashMap<>();
    private final InMemoryTransactions transactions;
    private final List<String> outsideTransactions = new ArrayList<>();
    private int wakes;
    private int wakesInsideTransactions;

    public InMemoryJobScheduler(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized void plan(JobId job, Instant at) {
        noteWrite("plan " + job);
        plans.put(job, at);
    }

    @Override
    public synchronized void unplan(JobId job) {
        noteWrite("unplan " + job);
        plans.remove(job);
    }

    @Override
    public synchronized Set<JobId> planned() {
        return Set.copyOf(plans.keySet());
    }

    @Override
    public synchronized void order(RunOrder order) {
        noteWrite("order " + order.execution());
        orders.putIfAbsent(order.execution(), order);
    }

    @Override
    public synchronized void wake() {
        wakes++;
        if (transactions.active()) {
            wakesInsideTransactions++;
        }
    }

    /** When the job's next firing is planned, if it is. */
    public synchronized Optional<Instant> plannedAt(JobId job) {
        return Optional.ofNullable(plans.get(job));
    }

    public synchronized List<RunOrder> orders() {
        return List.copyOf(orders.values());
    }

    public synchronized int wakes() {
        return wakes;
    }

    public synchronized int wakesInsideTransactions() {
        return wakesInsideTransactions;
    }

    /** The writes made outside any transaction (none, in a correct use case). */
    public synchronized List<String> writesOutsideTransactions() {
        return List.copyOf(outsideTransactions);
    }

    private void noteWrite(String write) {
        if (!transactions.active()) {
            outsideTransactions.add(write);
        }
    }
}
