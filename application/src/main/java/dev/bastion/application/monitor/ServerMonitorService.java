package dev.bastion.application.monitor;

import dev.bastion.domain.monitor.DatabaseProbe;
import dev.bastion.domain.monitor.HostProbe;
import dev.bastion.domain.monitor.ServerStatus;
import java.util.Objects;

public final class ServerMonitorService implements GetServerStatus {

    private final HostProbe host;
    private final DatabaseProbe database;

    public ServerMonitorService(HostProbe host, DatabaseProbe database) {
        this.host = Objects.requireNonNull(host, "host");
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public ServerStatus status() {
        return new ServerStatus(host.host(), host.jvm(), database.database());
    }
}
