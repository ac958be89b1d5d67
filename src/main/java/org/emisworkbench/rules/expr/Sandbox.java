package org.emisworkbench.rules.expr;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Second wall against packs from other people's laptops. The evaluator never builds SQL or code, and
 * the grammar cannot express any; still, text that smells of SQL or H2 function smuggling is refused
 * by name, so the author (or the reviewer of a pack) sees exactly what was refused and why, instead
 * of a puzzling syntax error.
 */
public final class Sandbox {
    /** SQL statements and H2 functions that read or write files, run scripts or define code. */
    private static final List<String> WORDS = List.of(
            "CSVWRITE", "CSVREAD", "RUNSCRIPT", "SCRIPT", "LINK_SCHEMA", "FILE_READ", "FILE_WRITE", "CREATE",
            "ALIAS", "DROP", "DELETE", "INSERT", "UPDATE", "MERGE", "ALTER", "TRUNCATE", "GRANT", "REVOKE",
            "EXEC", "EXECUTE", "CALL", "SELECT", "UNION", "SHUTDOWN", "JAVA_OBJECT", "JAVA_METHOD",
            "SET", "BACKUP", "SLEEP", "LOAD", "SYSTEM_RANGE", "INFORMATION_SCHEMA");

    /** Fragments that have no place in the grammar: comments, statement separators, quoting tricks. */
    private static final List<String> FRAGMENTS = List.of(
            "java:", "javascript:", "jdbc:", "file:", "classpath:", "--", "/*", "*/", ";", "\\", "\"", "`", "$$");

    private static final Pattern WORD = Pattern.compile(
            "(?i)(?<![A-Za-z0-9_.])(" + String.join("|", WORDS) + ")(?![A-Za-z0-9_])");

    private Sandbox() {
    }

    /** The first refused word or fragment in {@code text}, as written, with its position. */
    public static Optional<ExprException> check(String text) {
        int best = Integer.MAX_VALUE;
        String found = null;
        Matcher m = WORD.matcher(text);
        if (m.find()) {
            best = m.start();
            found = m.group(1);
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String f : FRAGMENTS) {
            int at = lower.indexOf(f);
            if (at >= 0 && at < best) {
                best = at;
                found = text.substring(at, at + f.length());
            }
        }
        if (found == null) {
            return Optional.empty();
        }
        return Optional.of(new ExprException(position(text, best),
                "expression uses '" + found + "', which is not part of the rule language"));
    }

    private static Pos position(String text, int index) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Pos(line, col);
    }
}
