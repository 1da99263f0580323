package dev.bastion.bootstrap.archfixture;

/** Bootstrap's configuration: nobody but bootstrap may read it. */
public final class FixtureSettings {

    public String adminPassword;
}
