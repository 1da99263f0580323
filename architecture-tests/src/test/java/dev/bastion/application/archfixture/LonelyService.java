package dev.bastion.application.archfixture;

/** WRONG ON PURPOSE: a public *Service with no use case behind it (a god service in the making). */
public final class LonelyService {

    public String doEverything() {
        return "everything";
    }
}
