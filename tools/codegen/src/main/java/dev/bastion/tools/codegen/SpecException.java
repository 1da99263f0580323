package dev.bastion.tools.codegen;

import java.util.List;
import java.util.stream.Collectors;

/** A spec was refused: every problem found in it, in the order of the spec. Nothing was generated. */
public final class SpecException extends RuntimeException {

    private final List<SpecProblem> problems;

    public SpecException(List<SpecProblem> problems) {
        super(problems.stream().map(p -> p.describe("spec")).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused spec has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<SpecProblem> problems() {
        return problems;
    }
}
