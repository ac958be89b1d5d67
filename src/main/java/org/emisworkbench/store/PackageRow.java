package org.emisworkbench.store;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.emisworkbench.model.Message;

/**
 * One row of a district package's part, read as data: every value is checked for its kind, and a wrong
 * one is refused naming the part, the line and the field, never trusted or turned into SQL.
 */
final class PackageRow {
    /** The longest code (school, district, ownership), name and free text a package may carry. */
    static final int CODE = 40;
    static final int NAME = 300;
    static final int TEXT = 2000;

    private final String part;
    private final long line;
    private final Map<String, Object> values;

    PackageRow(String part, long line, Map<String, Object> values) {
        this.part = part;
        this.line = line;
        this.values = values;
    }

    long line() {
        return line;
    }

    /** A refusal naming the part, line and field; {@code why} a key of {@code package.why.*} with its arguments. */
    WorkspaceException bad(String field, String why, Object... args) {
        return new WorkspaceException(null, "package.badRow", part, line, field, Message.of("package.why." + why, args));
    }

    /** Text, or null when absent; refused when longer than {@code max}. */
    String text(String field, int max) {
        Object v = values.get(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw bad(field, "text");
        }
        if (s.length() > max) {
            throw bad(field, "tooLong", max);
        }
        return s;
    }

    String required(String field, int max) {
        String s = text(field, max);
        if (s == null || s.isEmpty()) {
            throw bad(field, "missing");
        }
        return s;
    }

    Long whole(String field) {
        Object v = values.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        throw bad(field, "whole");
    }

    long requiredWhole(String field) {
        Long v = whole(field);
        if (v == null) {
            throw bad(field, "missing");
        }
        return v;
    }

    int requiredInt(String field, long min, long max) {
        long v = requiredWhole(field);
        if (v < min || v > max) {
            throw bad(field, "range", v);
        }
        return (int) v;
    }

    Integer optionalInt(String field, long min, long max) {
        Long v = whole(field);
        if (v == null) {
            return null;
        }
        if (v < min || v > max) {
            throw bad(field, "range", v);
        }
        return v.intValue();
    }

    Double number(String field) {
        Object v = values.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw bad(field, "number");
    }

    boolean flag(String field) {
        Object v = values.get(field);
        if (v instanceof Boolean b) {
            return b;
        }
        throw bad(field, "flag");
    }

    Instant instant(String field) {
        String s = text(field, 40);
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw bad(field, "time");
        }
    }
}
