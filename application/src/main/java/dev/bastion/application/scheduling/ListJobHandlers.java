package dev.bastion.application.scheduling;

import java.util.List;

/** The handlers the code registers, by key. */
public interface ListJobHandlers {

    List<JobHandlerView> handlers();
}
