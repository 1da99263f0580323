package dev.bastion.application.scheduling;

import dev.bastion.domain.scheduling.JobHandler;
import dev.bastion.domain.scheduling.ParameterSpec;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A registered handler as a front end needs it to offer it and render its parameter form. */
public record JobHandlerView(String key, String description, List<ParameterSpec> parameters,
                             Set<String> requiredPermissions) {

    public static JobHandlerView of(JobHandler handler) {
        return new JobHandlerView(handler.key().value(), handler.description(), handler.parameters().parameters(),
                new TreeSet<>(handler.requiredPermissions()));
    }
}
