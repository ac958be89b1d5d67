package org.emisworkbench.rules.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits expression text into tokens. Identifiers may contain dots ({@code teachers.total}) so a
 * field name is one token. Any character outside the grammar is an error, which is the first wall of
 * the sandbox: quotes other than single quotes, semicolons, backslashes never get through.
 */
final class Lexer {
    private final String text;
    private int i;
    private int line = 1;
    private int col = 1;

    Lexer(String text) {
        this.text = text;
    }

    List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipSpace();
            if (i >= text.length()) {
                out.add(new Token(TokenType.EOF, "", new Pos(line, col)));
                return out;
            }
            out.add(next());
        }
    }

    private void skipSpace() {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            advance();
        }
    }

    private char advance() {
        char c = text.charAt(i++);
        if (c == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        return c;
    }

    private char peek(int ahead) {
        return i + ahead < text.length() ? text.charAt(i + ahead) : '\0';
    }

    private Token next() {
        Pos pos = new Pos(line, col);
        char c = peek(0);
        if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
            return number(pos);
        }
        if (Character.isLetter(c) || c == '_') {
            return ident(pos);
        }
        if (c == '\'') {
            return string(pos);
        }
        advance();
        return switch (c) {
            case '+' -> new Token(TokenType.PLUS, "+", pos);
            case '-' -> new Token(TokenType.MINUS, "-", pos);
            case '*' -> new Token(TokenType.STAR, "*", pos);
            case '/' -> new Token(TokenType.SLASH, "/", pos);
            case '(' -> new Token(TokenType.LPAREN, "(", pos);
            case ')' -> new Token(TokenType.RPAREN, ")", pos);
            case '[' -> new Token(TokenType.LBRACKET, "[", pos);
            case ']' -> new Token(TokenType.RBRACKET, "]", pos);
            case ',' -> new Token(TokenType.COMMA, ",", pos);
            case '=' -> new Token(TokenType.EQ, "=", pos);
            case '≠' -> new Token(TokenType.NE, "≠", pos);
            case '≤' -> new Token(TokenType.LE, "≤", pos);
            case '≥' -> new Token(TokenType.GE, "≥", pos);
            case '!' -> {
                if (peek(0) != '=') {
                    throw new ExprException(pos, "'!' must be followed by '=' (use 'not' for negation)");
                }
                advance();
                yield new Token(TokenType.NE, "!=", pos);
            }
            case '<' -> twoChar(pos);
            case '>' -> {
                if (peek(0) == '=') {
                    advance();
                    yield new Token(TokenType.GE, ">=", pos);
                }
                yield new Token(TokenType.GT, ">", pos);
            }
            default -> throw new ExprException(pos, "unexpected character '" + c + "'");
        };
    }

    private Token twoChar(Pos pos) {
        if (peek(0) == '=') {
            advance();
            return new Token(TokenType.LE, "<=", pos);
        }
        if (peek(0) == '>') {
            advance();
            return new Token(TokenType.NE, "<>", pos);
        }
        return new Token(TokenType.LT, "<", pos);
    }

    private Token number(Pos pos) {
        int start = i;
        while (Character.isDigit(peek(0))) {
            advance();
        }
        if (peek(0) == '.' && Character.isDigit(peek(1))) {
            advance();
            while (Character.isDigit(peek(0))) {
                advance();
            }
        } else if (peek(0) == '.' && !Character.isLetter(peek(1))) {
            throw new ExprException(new Pos(line, col), "a decimal point must be followed by digits");
        }
        if (Character.isLetter(peek(0)) || peek(0) == '_') {
            throw new ExprException(new Pos(line, col), "a number must not run into a name");
        }
        return new Token(TokenType.NUMBER, text.substring(start, i), pos);
    }

    private Token ident(Pos pos) {
        int start = i;
        while (Character.isLetterOrDigit(peek(0)) || peek(0) == '_'
                || (peek(0) == '.' && (Character.isLetter(peek(1)) || peek(1) == '_'))) {
            advance();
        }
        String word = text.substring(start, i);
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "and" -> new Token(TokenType.AND, word, pos);
            case "or" -> new Token(TokenType.OR, word, pos);
            case "not" -> new Token(TokenType.NOT, word, pos);
            default -> new Token(TokenType.IDENT, word, pos);
        };
    }

    private Token string(Pos pos) {
        advance();
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (i >= text.length()) {
                throw new ExprException(pos, "text literal is not closed with '");
            }
            char c = advance();
            if (c == '\'') {
                // Two quotes inside a literal stand for one, as in the spreadsheets officers know.
                if (peek(0) == '\'') {
                    advance();
                    sb.append('\'');
                    continue;
                }
                return new Token(TokenType.STRING, sb.toString(), pos);
            }
            if (c == '\n') {
                throw new ExprException(pos, "text literal must not span lines");
            }
            sb.append(c);
        }
    }
}
