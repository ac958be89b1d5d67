package org.emisworkbench.rules.pack;

import java.util.List;
import java.util.stream.Collectors;

/** A pack that could not be loaded, with every problem found; nothing of it was loaded. */
public final class PackLoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<PackProblem> problems;

    public PackLoadException(String source, List<PackProblem> problems) {
        super("Rule pack " + source + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
