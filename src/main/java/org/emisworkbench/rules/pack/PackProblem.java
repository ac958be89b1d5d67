package org.emisworkbench.rules.pack;

/**
 * One thing wrong with a pack.
 *
 * @param ruleId   the rule concerned, or null for pack-level problems
 * @param property the JSON property concerned ({@code left}, {@code message.fr}…), or null
 * @param line     line within the expression (or the JSON file for JSON syntax errors), 0 if none
 * @param column   column, 0 if none
 * @param message  what is wrong, in plain words
 */
public record PackProblem(String ruleId, String property, int line, int column, String message) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(ruleId == null ? "pack" : "rule " + ruleId);
        if (property != null) {
            sb.append(", ").append(property);
        }
        if (line > 0) {
            sb.append(", line ").append(line).append(", column ").append(column);
        }
        return sb.append(": ").append(message).toString();
    }
}
