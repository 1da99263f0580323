package dev.bastion.adapters.rest.archfixture;

/** WRONG ON PURPOSE: a *Row outside the persistence adapter. */
public record MisplacedRow(String id) {
}
