package org.emisworkbench.rules.expr;

/** A problem in an expression's text: syntax, unknown field, dimension or function, wrong arity, type. */
public final class ExprException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Pos pos;
    private final String detail;

    public ExprException(Pos pos, String detail) {
        super(pos + ": " + detail);
        this.pos = pos;
        this.detail = detail;
    }

    public Pos pos() {
        return pos;
    }

    /** The message without the position. */
    public String detail() {
        return detail;
    }
}
