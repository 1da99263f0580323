package dev.bastion.adapters.rest.scheduling;

import dev.bastion.adapters.rest.json.SentFields;
import dev.bastion.adapters.rest.shared.RestMapperConfig;
import dev.bastion.application.scheduling.CreateJob;
import dev.bastion.application.scheduling.JobExecutionView;
import dev.bastion.application.scheduling.JobHandlerView;
import dev.bastion.application.scheduling.JobView;
import dev.bastion.application.scheduling.UpdateJob;
import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.MisfirePolicy;
import dev.bastion.domain.scheduling.ParameterSpec;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.mapstruct.Mapper;

/**
 * Job read models to DTOs (generated), and request bodies to commands: enum names already checked
 * by the body's patterns, everything else (cron, timezone, timeout, parameters) left as text for
 * the use case to check and name.
 */
@Mapper(config = RestMapperConfig.class)
interface JobDtoMapper {

    JobResponse toResponse(JobView job);

    JobExecutionResponse toResponse(JobExecutionView execution);

    JobHandlerResponse toResponse(JobHandlerView handler);

    default String jobId(JobId id) {
        return id == null ? null : id.toString();
    }

    default String executionId(JobExecutionId id) {
        return id == null ? null : id.toString();
    }

    /** A timeout leaves as ISO-8601 ({@code PT1H}), whatever shorthand it was written in. */
    default String isoDuration(Duration duration) {
        return duration == null ? null : duration.toString();
    }

    default ParametersSchema parametersSchema(List<ParameterSpec> parameters) {
        return ParameterSchemas.of(parameters);
    }

    default CreateJob.Command command(CreateJobRequest body) {
        return new CreateJob.Command(body.name(), body.handler(), body.cron(), body.timezone(), body.parameters(),
                body.enabled(), concurrency(body.concurrency()), misfire(body.misfire()), body.timeout(),
                body.description());
    }

    /** The patch {@code body} asks for: fields it left out are absent. */
    default UpdateJob.Command command(JobId id, UpdateJobRequest body) {
        SentFields sent = Objects.requireNonNull(body.sentFields(), "sentFields (set by the body reader)");
        return new UpdateJob.Command(id, body.version(), sent.patch("name", body.name()),
                sent.patch("handler", body.handler()), sent.patch("cron", body.cron()),
                sent.patch("timezone", body.timezone()), sent.patch("parameters", body.parameters()),
                sent.patch("concurrency", concurrency(body.concurrency())),
                sent.patch("misfire", misfire(body.misfire())), sent.patch("timeout", body.timeout()),
                sent.patch("description", body.description()));
    }

    private static ConcurrencyPolicy concurrency(String text) {
        return text == null ? null : ConcurrencyPolicy.valueOf(text);
    }

    private static MisfirePolicy misfire(String text) {
        return text == null ? null : MisfirePolicy.valueOf(text);
    }
}
