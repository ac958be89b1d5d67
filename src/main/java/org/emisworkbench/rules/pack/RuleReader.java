package org.emisworkbench.rules.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.emisworkbench.model.Languages;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.Texts;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.expr.Scope;

/** Reads the common part of one rule object and hands the kind's parameters to {@link KindReader}. */
final class RuleReader {
    /** The language of the {@code title_fr} property of packs written before titles were objects. */
    private static final String FRENCH_OF_OLD_PACKS = Locale.FRENCH.getLanguage();
    private final FieldCatalog catalog;

    RuleReader(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    /** The rule, or empty when it has problems (recorded in {@code problems}). */
    Optional<Rule> read(JsonNode node, int index, List<PackProblem> problems) {
        return read(node, index, problems, ParameterValues.NONE);
    }

    /**
     * The rule, reading the pack's {@code parameters} by name in its expressions and numbers, and writing their
     * values in force into its title and message where they name them ({@code {max_pupils_per_teacher}}).
     */
    Optional<Rule> read(JsonNode node, int index, List<PackProblem> problems, ParameterValues parameters) {
        int before = problems.size();
        if (!node.isObject()) {
            problems.add(new PackProblem("#" + (index + 1), null, 0, 0, "a rule must be a JSON object"));
            return Optional.empty();
        }
        JsonNode idNode = node.get("id");
        String label = idNode != null && idNode.isTextual() && !idNode.asText().isBlank() ? idNode.asText()
                : "#" + (index + 1);
        Props p = new Props(node, label, problems, parameters);
        Optional<String> id = p.text("id", true);
        id.filter(s -> !s.matches("[A-Za-z0-9_.-]{1,64}"))
                .ifPresent(s -> p.problem("id", "must be 1-64 letters, digits, '_', '.' or '-'"));
        Optional<Texts> title = titles(p).map(t -> withValues(t, parameters));
        p.text("description", false);
        Optional<List<String>> explains = p.texts("explains", false);
        Optional<List<String>> cite = p.texts("cite", false);
        Optional<Severity> severity = p.choice("severity", true, s -> Props.lowerEnum(Severity.class, s),
                Arrays.stream(Severity.values()).map(Severity::code).toList());
        Optional<RuleKind> kind = p.has("kind")
                ? p.choice("kind", false, RuleKind::byCode, Arrays.stream(RuleKind.values()).map(RuleKind::code).toList())
                : Optional.of(RuleKind.EXPRESSION);
        Optional<Scope> scope = kind.flatMap(k -> scope(p, k));
        kind.ifPresent(k -> unknownProperties(node, k, p));
        Optional<Texts> message = messages(p).map(t -> withValues(t, parameters));
        Optional<RuleSpec> spec = kind.flatMap(k -> scope.flatMap(s -> new KindReader(catalog, p, s).read(k)));
        cite.ifPresent(c -> spec.ifPresent(s -> checkCite(p, c, s)));
        if (problems.size() > before || id.isEmpty() || title.isEmpty() || severity.isEmpty() || scope.isEmpty()
                || message.isEmpty() || spec.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rule(id.get(), title.get(), severity.get(), scope.get(),
                message.get(), spec.get(), explains.orElse(List.of()), cite.orElse(List.of())));
    }

    /**
     * The fields a rule's findings cite first must be fields its expressions read, each once: a rule without
     * expressions names its own cell.
     */
    private static void checkCite(Props p, List<String> cite, RuleSpec spec) {
        java.util.Set<String> read = new java.util.TreeSet<>();
        spec.expressions().forEach(e -> read.addAll(e.fields()));
        if (read.isEmpty()) {
            p.problem("cite", "a rule of kind " + spec.kind().code() + " names its own cell; cite is for rules"
                    + " with expressions (expression, range, outlier, change)");
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String field : cite) {
            if (!read.contains(field)) {
                p.problem("cite", "'" + field + "' is not a field this rule reads; it reads " + String.join(", ", read));
            } else if (!seen.add(field)) {
                p.problem("cite", "'" + field + "' is named twice");
            }
        }
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

    /**
     * The title: a text (English), or an object of texts by language code ({@code {"en": …, "fr": …}});
     * the older {@code title_fr} beside a text title still gives the French one.
     */
    private static Optional<Texts> titles(Props p) {
        JsonNode t = p.raw("title");
        if (t != null && t.isObject()) {
            Optional<Texts> texts = byLanguage(p, "title", t, false);
            if (p.has("title_fr")) {
                p.problem("title_fr", "give the French title in the title object ('fr'), not in title_fr as well");
                return Optional.empty();
            }
            return texts;
        }
        Optional<String> english = p.text("title", true);
        Optional<String> french = p.text("title_fr", false);
        if (english.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put(Languages.BASE, english.get());
        french.ifPresent(fr -> m.put(FRENCH_OF_OLD_PACKS, fr));
        return Optional.of(new Texts(m));
    }

    private static Optional<Texts> messages(Props p) {
        JsonNode m = p.raw("message");
        if (m == null || m.isNull()) {
            p.problem("message", "is required, an object of texts by language (" + languageList() + "), 'en' at least");
            return Optional.empty();
        }
        if (!m.isObject()) {
            p.problem("message", "must be an object of texts by language (" + languageList() + "), 'en' at least");
            return Optional.empty();
        }
        return byLanguage(p, "message", m, true);
    }

    /** {@code texts} with every {name} of a parameter replaced by its value in force, in each language's style. */
    private static Texts withValues(Texts texts, ParameterValues parameters) {
        if (parameters.inForce().isEmpty()) {
            return texts;
        }
        return texts.map((lang, text) -> {
            java.util.regex.Matcher m = Messages.PLACEHOLDER.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                Double v = parameters.inForce().get(m.group(1));
                m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(v == null ? m.group()
                        : Parameter.print(v, Languages.locale(lang))));
            }
            m.appendTail(sb);
            return sb.toString();
        });
    }

    /**
     * An object of texts by language code: every code one of the {@link Languages}, every text not blank,
     * English present (a language left out reads in English), placeholders only where they are known.
     */
    private static Optional<Texts> byLanguage(Props p, String property, JsonNode node, boolean placeholders) {
        boolean ok = true;
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String lang = e.getKey();
            if (!Languages.codes().contains(lang)) {
                p.problem(property + "." + lang, "unknown language; the languages are " + languageList());
                ok = false;
                continue;
            }
            JsonNode t = e.getValue();
            if (t == null || !t.isTextual() || t.asText().isBlank()) {
                p.problem(property + "." + lang, "must be a text, not blank");
                ok = false;
                continue;
            }
            texts.put(lang, t.asText());
            if (placeholders) {
                for (String name : Messages.placeholders(t.asText())) {
                    if (!Messages.PLACEHOLDERS.contains(name) && p.parameters().get(name) == null) {
                        p.problem(property + "." + lang, "unknown placeholder {" + name + "}");
                        ok = false;
                    }
                }
            }
        }
        if (!texts.containsKey(Languages.BASE)) {
            p.problem(property + "." + Languages.BASE, "the English text is missing (every other language falls back to it)");
            ok = false;
        }
        return ok ? Optional.of(new Texts(texts)) : Optional.empty();
    }

    private static String languageList() {
        return String.join(", ", Languages.codes());
    }
}
