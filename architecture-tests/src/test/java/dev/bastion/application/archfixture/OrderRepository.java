package dev.bastion.application.archfixture;

/** WRONG ON PURPOSE: a repository port outside the domain. */
public interface OrderRepository {

    void add(Object order);
}
