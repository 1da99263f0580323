package dev.bastion.adapters.persistence.archfixture;

/** WRONG ON PURPOSE: a *Repository interface in an adapter that is not a *RowRepository. */
public interface AuditStoreRepository {

    void append(String entry);
}
