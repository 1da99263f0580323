package dev.bastion.modules.archfixturea.stray;

/** Breaks the module layout: a package that is none of the five layers. */
public final class StrayHelper {
}
