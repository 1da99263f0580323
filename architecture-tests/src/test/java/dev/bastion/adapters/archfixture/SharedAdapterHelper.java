package dev.bastion.adapters.archfixture;

/** WRONG ON PURPOSE: a "common" package between adapters belongs to no layer. */
public final class SharedAdapterHelper {
}
