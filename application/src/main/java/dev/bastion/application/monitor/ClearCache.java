package dev.bastion.application.monitor;

/** Empties one of Bastion's caches on every instance; an unknown name is not found. */
public interface ClearCache {

    void clear(String name);
}
