package dev.bastion.application.archfixture;

import dev.bastion.domain.scheduling.HandlerKey;
import dev.bastion.domain.scheduling.JobContext;
import dev.bastion.domain.scheduling.JobHandler;
import dev.bastion.domain.scheduling.JobParameters;
import dev.bastion.domain.scheduling.ParameterSchema;

/** Allowed: a job handler is a plug-in point of the domain, and the built-in ones are application chores. */
public final class FixtureChoreHandler implements JobHandler {

    @Override
    public HandlerKey key() {
        return new HandlerKey("fixture.chore");
    }

    @Override
    public String description() {
        return "A chore.";
    }

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.NONE;
    }

    @Override
    public String run(JobParameters parameters, JobContext context) {
        return "done";
    }
}
