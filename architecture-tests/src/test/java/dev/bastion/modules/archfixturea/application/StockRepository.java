package dev.bastion.modules.archfixturea.application;

/** Breaks the port rule inside a module: a repository port outside the module's domain. */
public interface StockRepository {
}
