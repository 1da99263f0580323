package dev.bastion.application.monitor;

import dev.bastion.domain.monitor.ServerStatus;

/** The server monitor: host, JVM and database as they are now (the host as last sampled). */
public interface GetServerStatus {

    ServerStatus status();
}
