package org.emisworkbench.rules.expr;

/** A lexed token; {@code text} is the identifier, the string content or the number as written. */
record Token(TokenType type, String text, Pos pos) {
}
