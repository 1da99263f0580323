package dev.bastion.application.archfixture;

/** Compliant: an inbound port, one use case. */
public interface FixtureUseCase {

    Result run(Command command);

    record Command(String name) {
    }

    record Result(boolean done) {
    }
}
