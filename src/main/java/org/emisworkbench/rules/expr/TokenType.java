package org.emisworkbench.rules.expr;

enum TokenType {
    NUMBER, STRING, IDENT, AND, OR, NOT,
    PLUS, MINUS, STAR, SLASH, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA,
    EQ, NE, LT, LE, GT, GE, EOF
}
