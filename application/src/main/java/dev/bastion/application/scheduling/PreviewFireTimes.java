package dev.bastion.application.scheduling;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.scheduling.JobId;
import java.time.Instant;
import java.util.List;

/** When the job's cron fires next ({@code count} from 1 to {@value #MAX_COUNT}), enabled or not. */
public interface PreviewFireTimes {

    int MAX_COUNT = 50;

    List<Instant> nextFireTimes(UserId actor, JobId id, int count);
}
