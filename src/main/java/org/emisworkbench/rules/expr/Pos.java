package org.emisworkbench.rules.expr;

/** A 1-based line and column inside an expression's text, for error messages. */
public record Pos(int line, int column) {
    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
