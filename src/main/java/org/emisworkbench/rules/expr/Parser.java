package org.emisworkbench.rules.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser. Precedence, loosest first: or, and, not, comparison (not chained),
 * + -, * /, unary minus. Function names are looked up in the whitelist here, so an unknown function
 * or a wrong number of arguments is a load-time error with its position.
 */
final class Parser {
    /** Deep enough for any honest rule; shallow enough that a hostile pack cannot overflow the stack. */
    static final int MAX_DEPTH = 64;
    /**
     * Operators in one chain ({@code a + b + c …}, {@code x and y and …}). A chain is a tree as deep as it
     * is long, and checking and evaluating it recurse that deep: a bound keeps a rule from another laptop
     * from exhausting the stack, far above what a rule needs ({@code sum()} adds any number of terms).
     */
    static final int MAX_CHAIN = 256;

    private final List<Token> tokens;
    private final Map<String, Double> parameters;
    private int p;
    private int depth;

    Parser(String text) {
        this(text, Map.of());
    }

    /** A parser that reads the names of {@code parameters} as their numbers. */
    Parser(String text, Map<String, Double> parameters) {
        this.tokens = new Lexer(text).tokens();
        this.parameters = parameters;
    }

    Expr parseAll() {
        Expr e = or();
        Token t = peek();
        if (t.type() != TokenType.EOF) {
            throw new ExprException(t.pos(), "unexpected '" + t.text() + "' after the end of the expression");
        }
        return e;
    }

    private Token peek() {
        return tokens.get(p);
    }

    private Token take() {
        return tokens.get(p++);
    }

    private boolean at(TokenType type) {
        return peek().type() == type;
    }

    private Token expect(TokenType type, String what) {
        Token t = peek();
        if (t.type() != type) {
            throw new ExprException(t.pos(), "expected " + what + " but found " + describe(t));
        }
        return take();
    }

    private static void chained(int operators, Token op) {
        if (operators > MAX_CHAIN) {
            throw new ExprException(op.pos(), "the expression chains more than " + MAX_CHAIN + " '" + op.text()
                    + "' in a row; add many terms with sum()");
        }
    }

    private static String describe(Token t) {
        return t.type() == TokenType.EOF ? "the end of the expression" : "'" + t.text() + "'";
    }

    private Expr or() {
        if (++depth > MAX_DEPTH) {
            throw new ExprException(peek().pos(), "the expression nests deeper than " + MAX_DEPTH + " levels");
        }
        try {
            return orChain();
        } finally {
            depth--;
        }
    }

    private Expr orChain() {
        Expr left = and();
        int n = 0;
        while (at(TokenType.OR)) {
            Token op = take();
            chained(++n, op);
            left = new Expr.Binary(Expr.BinaryOp.OR, left, and(), op.pos());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        int n = 0;
        while (at(TokenType.AND)) {
            Token op = take();
            chained(++n, op);
            left = new Expr.Binary(Expr.BinaryOp.AND, left, not(), op.pos());
        }
        return left;
    }

    private Expr not() {
        if (at(TokenType.NOT)) {
            if (++depth > MAX_DEPTH) {
                throw new ExprException(peek().pos(), "the expression nests deeper than " + MAX_DEPTH + " levels");
            }
            Token op = take();
            Expr operand = not();
            depth--;
            return new Expr.Unary(Expr.UnaryOp.NOT, operand, op.pos());
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = additive();
        Expr.BinaryOp op = comparisonOp(peek().type());
        if (op == null) {
            return left;
        }
        Token t = take();
        Expr right = additive();
        if (comparisonOp(peek().type()) != null) {
            // a < b < c reads as a range to people but as (a < b) < c to a parser: refuse it.
            throw new ExprException(peek().pos(), "comparisons cannot be chained; use 'and'");
        }
        return new Expr.Binary(op, left, right, t.pos());
    }

    private static Expr.BinaryOp comparisonOp(TokenType type) {
        return switch (type) {
            case EQ -> Expr.BinaryOp.EQ;
            case NE -> Expr.BinaryOp.NE;
            case LT -> Expr.BinaryOp.LT;
            case LE -> Expr.BinaryOp.LE;
            case GT -> Expr.BinaryOp.GT;
            case GE -> Expr.BinaryOp.GE;
            default -> null;
        };
    }

    private Expr additive() {
        Expr left = term();
        int n = 0;
        while (at(TokenType.PLUS) || at(TokenType.MINUS)) {
            Token op = take();
            chained(++n, op);
            Expr.BinaryOp kind = op.type() == TokenType.PLUS ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUB;
            left = new Expr.Binary(kind, left, term(), op.pos());
        }
        return left;
    }

    private Expr term() {
        Expr left = unary();
        int n = 0;
        while (at(TokenType.STAR) || at(TokenType.SLASH)) {
            Token op = take();
            chained(++n, op);
            Expr.BinaryOp kind = op.type() == TokenType.STAR ? Expr.BinaryOp.MUL : Expr.BinaryOp.DIV;
            left = new Expr.Binary(kind, left, unary(), op.pos());
        }
        return left;
    }

    private Expr unary() {
        if (at(TokenType.MINUS)) {
            if (++depth > MAX_DEPTH) {
                throw new ExprException(peek().pos(), "the expression nests deeper than " + MAX_DEPTH + " levels");
            }
            Token op = take();
            Expr operand = unary();
            depth--;
            return new Expr.Unary(Expr.UnaryOp.NEGATE, operand, op.pos());
        }
        return primary();
    }

    private Expr primary() {
        Token t = peek();
        switch (t.type()) {
            case NUMBER -> {
                take();
                return new Expr.Num(Double.parseDouble(t.text()), t.pos());
            }
            case STRING -> {
                take();
                return new Expr.Text(t.text(), t.pos());
            }
            case LPAREN -> {
                take();
                Expr inner = or();
                expect(TokenType.RPAREN, "')'");
                return inner;
            }
            case IDENT -> {
                take();
                if (at(TokenType.LPAREN)) {
                    return call(t);
                }
                Double parameter = parameters.get(t.text());
                if (parameter == null) {
                    return field(t);
                }
                if (at(TokenType.LBRACKET)) {
                    throw new ExprException(peek().pos(), "'" + t.text() + "' is a parameter of the pack, a number;"
                            + " it has no dimensions to select");
                }
                return new Expr.Param(t.text(), parameter, t.pos());
            }
            default -> throw new ExprException(t.pos(), "expected a number, a text, a field or a function but found "
                    + describe(t));
        }
    }

    private Expr call(Token name) {
        Function f = Function.byName(name.text()).orElseThrow(() -> new ExprException(name.pos(),
                "unknown function '" + name.text() + "'; the functions are sum, min, max, abs, coalesce, if, "
                        + "count, previous"));
        take();
        List<Expr> args = new ArrayList<>();
        if (!at(TokenType.RPAREN)) {
            args.add(or());
            while (at(TokenType.COMMA)) {
                take();
                args.add(or());
            }
        }
        expect(TokenType.RPAREN, "',' or ')'");
        if (args.size() < f.minArgs() || args.size() > f.maxArgs()) {
            throw new ExprException(name.pos(), f.label() + " takes " + f.arityText() + ", not " + args.size());
        }
        return new Expr.Call(f, args, name.pos());
    }

    private Expr field(Token name) {
        List<Expr.Selector> selectors = new ArrayList<>();
        if (at(TokenType.LBRACKET)) {
            take();
            selectors.add(selector());
            while (at(TokenType.COMMA)) {
                take();
                selectors.add(selector());
            }
            expect(TokenType.RBRACKET, "',' or ']'");
        }
        return new Expr.Field(name.text(), selectors, name.pos());
    }

    private Expr.Selector selector() {
        Token dim = expect(TokenType.IDENT, "a dimension name (grade, sex, age, level)");
        expect(TokenType.EQ, "'='");
        Token v = peek();
        Expr.SelectorValue value = switch (v.type()) {
            case STAR -> {
                take();
                yield new Expr.SelectorValue.Wildcard();
            }
            case STRING -> new Expr.SelectorValue.Code(take().text());
            case IDENT -> {
                take();
                yield isVariable(v.text()) ? new Expr.SelectorValue.Variable(v.text().charAt(0))
                        : new Expr.SelectorValue.Code(v.text());
            }
            case MINUS, NUMBER -> new Expr.SelectorValue.Code(ageCode());
            default -> throw new ExprException(v.pos(), "expected a code, '*' or a scope variable but found "
                    + describe(v));
        };
        return new Expr.Selector(dim.text(), value, dim.pos());
    }

    /** Age codes as written in selectors: {@code 7}, {@code -4} (and under), {@code 16+} (and over). */
    private String ageCode() {
        StringBuilder sb = new StringBuilder();
        if (at(TokenType.MINUS)) {
            take();
            sb.append('-');
        }
        Token n = expect(TokenType.NUMBER, "an age");
        sb.append(n.text());
        if (at(TokenType.PLUS)) {
            take();
            sb.append('+');
        }
        return sb.toString();
    }

    private static boolean isVariable(String word) {
        return word.equals("g") || word.equals("s") || word.equals("a");
    }
}
