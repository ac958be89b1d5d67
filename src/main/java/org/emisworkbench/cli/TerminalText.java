package org.emisworkbench.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.BulletList;
import org.emisworkbench.model.Message;

/**
 * Text from files and cells on a terminal. A file name or a cell may hold escape sequences (which
 * recolour, move the cursor or retitle the terminal), carriage returns and line breaks (which forge
 * lines such as "OK …") or bidirectional overrides (which reorder what is shown). None of them reaches
 * the terminal raw: they are shown as visible escapes ({@code \n}, {@code \u001B}).
 */
final class TerminalText {
    private TerminalText() {
    }

    /** Characters a terminal would act on rather than show. */
    static boolean isControl(int c) {
        return Character.isISOControl(c) || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /** One value on one line: every control character, line breaks and tabs included, made visible. */
    static String line(Object value) {
        String s = String.valueOf(value);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                b.append(visible(c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    static String visible(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04X", (int) c);
        };
    }

    /** A message in English with its text and path arguments kept on one line each. */
    static String message(Message m) {
        return m == null ? null : clean(m).english();
    }

    /** A core text by its key, in the officer's language: the command line's own lines under {@code --lang}. */
    static String text(java.util.Locale lang, String key, Object... args) {
        return Message.of(key, args).in(lang);
    }

    /** The same in the officer's language. */
    static String message(Message m, java.util.Locale lang) {
        return m == null ? null : clean(m).in(lang);
    }

    /** The message with its text and path arguments kept on one line; without recursion, however deep it nests. */
    private static Message clean(Message m) {
        java.util.Map<Message, Message> done = new java.util.IdentityHashMap<>();
        for (Message each : m.innermostFirst()) {
            done.put(each, cleanOne(each, done));
        }
        return done.get(m);
    }

    private static Message cleanOne(Message m, java.util.Map<Message, Message> done) {
        List<Object> args = new ArrayList<>(m.args().size());
        for (Object a : m.args()) {
            if (a instanceof BulletList bullets) {
                args.add(new BulletList(bullets.items().stream().map(x -> x instanceof Message mx ? done.get(mx) : line(x))
                        .toList()));
            } else if (a instanceof List<?> list) {
                args.add(list.stream().map(x -> x instanceof Message mx ? done.get(mx) : line(x)).toList());
            } else {
                args.add(a instanceof Message inner ? done.get(inner)
                        : a instanceof CharSequence || a instanceof Path ? line(a) : a);
            }
        }
        return new Message(m.key(), args);
    }

    /**
     * A writer for the terminal that makes every control character visible except those the command
     * line itself writes between lines (line break, tab, and the carriage return of a Windows line end).
     */
    static PrintWriter writer(Writer target) {
        boolean crlf = System.lineSeparator().contains("\r");
        return new PrintWriter(new FilterWriter(target) {
            @Override
            public void write(int c) throws IOException {
                if (isControl(c) && c != '\n' && c != '\t' && !(crlf && c == '\r')) {
                    out.write(visible((char) c));
                } else {
                    out.write(c);
                }
            }

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    write(cbuf[i]);
                }
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    write(str.charAt(i));
                }
            }
        }, true);
    }
}
