package org.emisworkbench.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sentence for the officer as a key of the core texts ({@code i18n/core*.properties}) and its
 * arguments, so each face words it in its own language: the window in the session's, the command
 * line in English. An argument may itself be a {@code Message} (a phrase inside a sentence).
 *
 * @param key  the text's key; its arguments fill {@code {0}}, {@code {1}}… as in {@link java.text.MessageFormat}
 * @param args the arguments: numbers, text, paths, or messages
 */
public record Message(String key, List<Object> args) {
    public Message {
        Objects.requireNonNull(key, "key");
        // Arguments may be null (a missing value shows as "null", as String.valueOf would).
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** Text that is not to be translated (a name, or a detail from a library), as it is. */
    public static Message verbatim(String text) {
        return of("verbatim", text);
    }

    /** The sentence in English: for logs, the command line, JSON and exception messages. */
    public String english() {
        return CoreText.ENGLISH.render(this);
    }

    public String in(Locale locale) {
        return CoreText.of(locale).render(this);
    }

    @Override
    public String toString() {
        return english();
    }

    /**
     * This message and every message among its arguments (in lists and bullet lists too), each after the messages
     * inside it, each once: the order to word them in without recursion, however deep they nest (a list built
     * phrase by phrase thousands deep must not overflow the stack). The one walk of the core texts and of the
     * command line's cleaning of them.
     */
    public List<Message> innermostFirst() {
        java.util.Set<Message> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Message> order = new java.util.ArrayList<>();
        java.util.ArrayDeque<Message> todo = new java.util.ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            Message top = todo.peek();
            if (done.contains(top)) {
                todo.pop();
                continue;
            }
            boolean ready = true;
            for (Message inner : top.inner()) {
                if (!done.contains(inner)) {
                    todo.push(inner);
                    ready = false;
                }
            }
            if (ready) {
                todo.pop();
                done.add(top);
                order.add(top);
            }
        }
        return order;
    }

    /** The messages among the arguments, in lists and bullet lists too. */
    private List<Message> inner() {
        List<Message> out = new java.util.ArrayList<>();
        for (Object a : args) {
            List<?> items = a instanceof BulletList bullets ? bullets.items() : a instanceof List<?> list ? list
                    : java.util.Collections.singletonList(a);
            for (Object x : items) {
                if (x instanceof Message mx) {
                    out.add(mx);
                }
            }
        }
        return out;
    }
}
