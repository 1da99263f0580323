package dev.bastion.application.scheduling;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.scheduling.JobQuery;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;

/** The jobs matching the filters, by name. */
public interface ListJobs {

    Page<JobView> list(UserId actor, JobQuery query, PageRequest page);
}
