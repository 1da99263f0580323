package dev.bastion.archfixture;

/** WRONG ON PURPOSE: a class under dev.bastion that belongs to no layer. */
public final class Stray {
}
