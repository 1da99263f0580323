package dev.bastion.domain.archfixture;

import java.sql.Timestamp;

/** WRONG ON PURPOSE: SQL types in the domain. java.sql is "java..", so only the framework-free rule sees it. */
public final class SqlAwareAggregate {

    private Timestamp createdAt;

    public Timestamp createdAt() {
        return createdAt;
    }
}
