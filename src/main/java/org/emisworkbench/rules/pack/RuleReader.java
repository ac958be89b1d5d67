package org.emisworkbench.rules.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.emisworkbench.model.Severity;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.expr.Scope;

/** Reads the common part of one rule object and hands the kind's parameters to {@link KindReader}. */
final class RuleReader {
    private final FieldCatalog catalog;

    RuleReader(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    /** The rule, or empty when it has problems (recorded in {@code problems}). */
    Optional<Rule> read(JsonNode node, int index, List<PackProblem> problems) {
        int before = problems.size();
        if (!node.isObject()) {
            problems.add(new PackProblem("#" + (index + 1), null, 0, 0, "a rule must be a JSON object"));
            return Optional.empty();
        }
        JsonNode idNode = node.get("id");
        String label = idNode != null && idNode.isTextual() && !idNode.asText().isBlank() ? idNode.asText()
                : "#" + (index + 1);
        Props p = new Props(node, label, problems);
        Optional<String> id = p.text("id", true);
        id.filter(s -> !s.matches("[A-Za-z0-9_.-]{1,64}"))
                .ifPresent(s -> p.problem("id", "must be 1-64 letters, digits, '_', '.' or '-'"));
        Optional<String> title = p.text("title", true);
        Optional<String> titleFr = p.text("title_fr", false);
        p.text("description", false);
        Optional<List<String>> explains = p.texts("explains", false);
        Optional<Severity> severity = p.choice("severity", true, s -> Props.lowerEnum(Severity.class, s),
                Arrays.stream(Severity.values()).map(Severity::code).toList());
        Optional<RuleKind> kind = p.has("kind")
                ? p.choice("kind", false, RuleKind::byCode, Arrays.stream(RuleKind.values()).map(RuleKind::code).toList())
                : Optional.of(RuleKind.EXPRESSION);
        Optional<Scope> scope = kind.flatMap(k -> scope(p, k));
        kind.ifPresent(k -> unknownProperties(node, k, p));
        Optional<Messages> message = messages(p);
        Optional<RuleSpec> spec = kind.flatMap(k -> scope.flatMap(s -> new KindReader(catalog, p, s).read(k)));
        if (problems.size() > before || id.isEmpty() || title.isEmpty() || severity.isEmpty() || scope.isEmpty()
                || message.isEmpty() || spec.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rule(id.get(), title.get(), titleFr.orElse(null), severity.get(), scope.get(),
                message.get(), spec.get(), explains.orElse(List.of())));
    }

    private Optional<Scope> scope(Props p, RuleKind kind) {
        if (!p.has("scope")) {
            return Optional.of(kind.scopes().get(0));
        }
        List<String> allowed = kind.scopes().stream().map(Scope::code).toList();
        Optional<Scope> s = p.choice("scope", false, Scope::byCode,
                Arrays.stream(Scope.values()).map(Scope::code).toList());
        if (s.isPresent() && !kind.scopes().contains(s.get())) {
            p.problem("scope", "kind " + kind.code() + " runs in scope " + String.join(" or ", allowed) + ", not "
                    + s.get().code());
            return Optional.empty();
        }
        return s;
    }

    private static void unknownProperties(JsonNode node, RuleKind kind, Props p) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!RuleKind.COMMON.contains(name) && !kind.properties().contains(name)) {
                p.problem(name, "unknown property for a rule of kind " + kind.code()
                        + (kind.properties().isEmpty() ? "" : "; its properties are "
                        + String.join(", ", kind.properties().stream().sorted().toList())));
            }
        }
    }

    private static Optional<Messages> messages(Props p) {
        JsonNode m = p.raw("message");
        if (m == null || m.isNull()) {
            p.problem("message", "is required, with an 'en' and an 'fr' text");
            return Optional.empty();
        }
        if (!m.isObject()) {
            p.problem("message", "must be an object with an 'en' and an 'fr' text");
            return Optional.empty();
        }
        boolean ok = true;
        for (Iterator<String> it = m.fieldNames(); it.hasNext(); ) {
            String lang = it.next();
            if (!Set.of("en", "fr").contains(lang)) {
                p.problem("message." + lang, "unknown language; messages have 'en' and 'fr'");
                ok = false;
            }
        }
        String[] texts = new String[2];
        String[] langs = {"en", "fr"};
        for (int i = 0; i < 2; i++) {
            JsonNode t = m.get(langs[i]);
            if (t == null || !t.isTextual() || t.asText().isBlank()) {
                p.problem("message." + langs[i], "the " + (i == 0 ? "English" : "French") + " message is missing");
                ok = false;
                continue;
            }
            texts[i] = t.asText();
            for (String name : Messages.placeholders(texts[i])) {
                if (!Messages.PLACEHOLDERS.contains(name)) {
                    p.problem("message." + langs[i], "unknown placeholder {" + name + "}");
                    ok = false;
                }
            }
        }
        return ok ? Optional.of(new Messages(texts[0], texts[1])) : Optional.empty();
    }
}
