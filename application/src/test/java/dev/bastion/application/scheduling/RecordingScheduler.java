package dev.bastion.application.scheduling;

import dev.bastion.domain.scheduling.JobId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link JobScheduler} that keeps what it is told, for tests to read back; it runs nothing. */
final class RecordingScheduler implements JobScheduler {

    private final Map<JobId, Instant> plans = new LinkedHashMap<>();
    private final List<RunOrder> orders = new ArrayList<>();
    private int wakes;

    @Override
    public synchronized void plan(JobId job, Instant at) {
        plans.put(job, at);
    }

    @Override
    public synchronized void unplan(JobId job) {
        plans.remove(job);
    }

    @Override
    public synchronized Set<JobId> planned() {
        return Set.copyOf(plans.keySet());
    }

    @Override
    public synchronized void order(RunOrder order) {
        if (orders.stream().noneMatch(o -> o.execution().equals(order.execution()))) {
            orders.add(order);
        }
    }

    @Override
    public synchronized void wake() {
        wakes++;
    }

    synchronized List<RunOrder> orders() {
        return List.copyOf(orders);
    }

    synchronized int wakes() {
        return wakes;
    }
}
