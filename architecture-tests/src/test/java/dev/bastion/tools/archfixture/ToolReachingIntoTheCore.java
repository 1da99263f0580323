package dev.bastion.tools.archfixture;

import dev.bastion.domain.identity.UserId;

/** WRONG ON PURPOSE: a tool depends on a domain type of Bastion. */
public final class ToolReachingIntoTheCore {

    private UserId owner;
}
