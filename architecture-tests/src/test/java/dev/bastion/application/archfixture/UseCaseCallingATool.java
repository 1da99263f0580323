package dev.bastion.application.archfixture;

import dev.bastion.tools.archfixture.FixtureTool;

/** WRONG ON PURPOSE: application depends on a tool, which only REST (and bootstrap) may serve. */
public final class UseCaseCallingATool {

    private FixtureTool tool;
}
