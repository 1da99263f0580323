package dev.bastion.domain.monitor;

/** The database and this instance's pool of connections to it. A database that does not answer is told, not thrown. */
public interface DatabaseProbe {

    DatabaseStatus database();
}
