package org.emisworkbench.template;

import java.util.List;

/**
 * A template that cannot be used. Lists every problem found, each naming its JSON path
 * (e.g. {@code sheets[1].columns[3].field}), so a data manager fixes the file in one go.
 */
public final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<String> problems;

    public TemplateException(String source, List<String> problems) {
        super(source + ": " + problems.size() + " problem(s) in the template:\n  - " + String.join("\n  - ", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file (or resource) the template came from. */
    public String source() {
        return source;
    }

    /** Every problem, each starting with the JSON path it concerns. */
    public List<String> problems() {
        return problems;
    }
}
