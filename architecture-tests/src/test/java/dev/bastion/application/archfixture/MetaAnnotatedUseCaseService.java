package dev.bastion.application.archfixture;

/**
 * WRONG ON PURPOSE: depends only on application ({@link UseCase}), so the dependency rules pass;
 * only the annotation rule sees the {@code @Singleton} behind it.
 */
@UseCase
public final class MetaAnnotatedUseCaseService implements FixtureUseCase {

    @Override
    public Result run(Command command) {
        return new Result(true);
    }
}
