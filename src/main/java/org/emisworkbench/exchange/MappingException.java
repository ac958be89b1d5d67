package org.emisworkbench.exchange;

import java.util.List;

/**
 * A mapping file that cannot be used. Lists every problem, each starting with the JSON path it concerns
 * ({@code $.dataElements[2].figure}), so a data manager fixes the file in one go, as for templates.
 */
public final class MappingException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public MappingException(String source, List<String> problems) {
        super(source + ": " + problems.size() + " problem(s) in the mapping:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
