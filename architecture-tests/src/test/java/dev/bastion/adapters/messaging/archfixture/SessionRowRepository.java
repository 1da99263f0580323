package dev.bastion.adapters.messaging.archfixture;

/** WRONG ON PURPOSE: a *RowRepository outside the persistence adapter (known only by its name). */
public interface SessionRowRepository {

    void save(String session);
}
