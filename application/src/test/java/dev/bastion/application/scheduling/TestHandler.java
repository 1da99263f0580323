package dev.bastion.application.scheduling;

import dev.bastion.domain.scheduling.HandlerKey;
import dev.bastion.domain.scheduling.JobContext;
import dev.bastion.domain.scheduling.JobHandler;
import dev.bastion.domain.scheduling.JobParameters;
import dev.bastion.domain.scheduling.ParameterSchema;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A handler made for a test: its key, its schema and what its run does; it counts its runs and signals the first. */
final class TestHandler implements JobHandler {

    @FunctionalInterface
    interface Body {
        String run(JobParameters parameters, JobContext context) throws Exception;
    }

    private final HandlerKey key;
    private final ParameterSchema schema;
    private final Body body;
    private final AtomicInteger runs = new AtomicInteger();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile JobContext lastContext;
    private volatile JobParameters lastParameters;

    TestHandler(String key, ParameterSchema schema, Body body) {
        this.key = new HandlerKey(key);
        this.schema = schema;
        this.body = body;
    }

    TestHandler(String key, Body body) {
        this(key, ParameterSchema.NONE, body);
    }

    @Override
    public HandlerKey key() {
        return key;
    }

    @Override
    public String description() {
        return "A handler made for a test.";
    }

    @Override
    public ParameterSchema parameters() {
        return schema;
    }

    @Override
    public String run(JobParameters parameters, JobContext context) throws Exception {
        lastParameters = parameters;
        lastContext = context;
        runs.incrementAndGet();
        started.countDown();
        return body.run(parameters, context);
    }

    int runs() {
        return runs.get();
    }

    JobContext lastContext() {
        return lastContext;
    }

    JobParameters lastParameters() {
        return lastParameters;
    }

    /** Waits (bounded) until a run has begun. */
    void awaitStarted() throws InterruptedException {
        if (!started.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError("handler " + key + " did not start within 5 s");
        }
    }
}
