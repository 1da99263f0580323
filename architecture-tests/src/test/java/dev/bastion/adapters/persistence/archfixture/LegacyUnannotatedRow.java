package dev.bastion.adapters.persistence.archfixture;

/** A row known only by its name: no annotation, named *Row. */
public final class LegacyUnannotatedRow {

    public String id;
}
