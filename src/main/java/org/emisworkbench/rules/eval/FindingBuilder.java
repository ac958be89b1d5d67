package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.model.CoreText;
import org.emisworkbench.model.Languages;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Numbers;
import org.emisworkbench.model.Texts;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.FindingKey;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.rules.expr.Lookup;
import org.emisworkbench.rules.expr.Value;
import org.emisworkbench.rules.pack.Messages;
import org.emisworkbench.rules.pack.Rule;

/** Collects what a finding says and renders the rule's messages; one per finding. */
final class FindingBuilder {
    /** A number as a program writes it into a file, with its decimal point: 102.0, 34.5. */
    private static final java.util.regex.Pattern WRITTEN_NUMBER = java.util.regex.Pattern.compile("-?\\d{1,15}\\.\\d+");
    private final Rule rule;
    private final int year;
    /** Placeholder texts the same in every language (codes, names, and figures in the English message). */
    private final Map<String, String> values = new HashMap<>();
    /** Placeholder texts worded for each language: figures in its style (53 941, 537,62), words from its texts. */
    private final Map<String, Function<Locale, String>> worded = new HashMap<>();
    private final Set<String> missing = new HashSet<>();
    private final Set<String> fields = new LinkedHashSet<>();
    private final Set<CellKey> cells = new LinkedHashSet<>();
    private final Set<CellKey> previousCells = new LinkedHashSet<>();
    /** The cells of the fields the rule cites first ({@link Rule#cite}), by their place in its list. */
    private final java.util.SortedMap<Integer, Set<CellKey>> citedCells = new java.util.TreeMap<>();
    private String school;
    private String district;
    private String grade;
    private Sex sex;
    private AgeGroup age;
    private ImportProblem problem;
    private OptionalDouble left = OptionalDouble.empty();
    private OptionalDouble right = OptionalDouble.empty();

    FindingBuilder(Rule rule, int year) {
        this.rule = rule;
        this.year = year;
        values.put("rule", rule.id());
        values.put("year", Integer.toString(year));
    }

    FindingBuilder school(SchoolInfo info) {
        if (info != null) {
            school = info.code();
            values.put("school", info.code());
            putIfPresent("school_name", info.name());
            putIfPresent("level", info.level());
            district(info.district());
        }
        return this;
    }

    FindingBuilder schoolCode(String code) {
        school = code;
        putIfPresent("school", code);
        return this;
    }

    FindingBuilder district(String code) {
        district = code;
        putIfPresent("district", code);
        return this;
    }

    FindingBuilder grade(String code) {
        grade = code;
        putIfPresent("grade", code);
        return this;
    }

    FindingBuilder sex(Sex s) {
        sex = s;
        if (s != null) {
            values.put("sex", s.code());
        }
        return this;
    }

    FindingBuilder age(AgeGroup a) {
        if (a != null && !a.isAll()) {
            age = a;
            // Bands read as words in messages: "aged 4 or under", not "aged -4".
            Message words = a.inWords();
            if (words == null) {
                put("age", a.code());
            } else {
                worded("age", words);
            }
        }
        return this;
    }

    FindingBuilder left(Value v) {
        left = number(v);
        return value("left", v);
    }

    FindingBuilder right(Value v) {
        right = number(v);
        return value("right", v);
    }

    FindingBuilder left(double d) {
        return left(new Value.Num(d));
    }

    FindingBuilder right(double d) {
        return right(new Value.Num(d));
    }

    /** A value placeholder; MISSING renders as "missing" / "manquant"; numbers in each language's style. */
    FindingBuilder value(String key, Value v) {
        if (v.isMissing()) {
            missing.add(key);
            values.remove(key);
        } else {
            values.put(key, format(v));
            if (v instanceof Value.Num n) {
                worded.put(key, l -> figure(l, n.value()));
            }
        }
        return this;
    }

    FindingBuilder put(String key, String text) {
        putIfPresent(key, text);
        return this;
    }

    /** A placeholder worded in each language from the core texts ({@code i18n/core*.properties}). */
    FindingBuilder put(String key, Message words) {
        return worded(key, words);
    }

    private FindingBuilder worded(String key, Message words) {
        values.put(key, CoreText.of(Locale.ENGLISH).render(words));
        worded.put(key, l -> CoreText.of(l).render(words));
        return this;
    }

    /**
     * A cell's text as read: a number as a program wrote it into the file ({@code 102.0}, {@code 34.5}) is a
     * figure in each reader's style ({@code 102}, {@code 34,5}), as every figure of a message; any other text
     * (a code such as {@code 0012}, a year, a word) stays as it is.
     */
    FindingBuilder cellText(String key, String raw) {
        if (raw != null && WRITTEN_NUMBER.matcher(raw).matches()) {
            return put(key, Double.parseDouble(raw));
        }
        return put(key, raw);
    }

    FindingBuilder put(String key, double d) {
        values.put(key, format(d));
        worded.put(key, l -> figure(l, d));
        return this;
    }

    /** A signed change in percent: "+537.62 %" in English, "+537,62 %" in French and Portuguese. */
    FindingBuilder change(String key, double percent) {
        values.put(key, (percent > 0 ? "+" : "") + format(percent) + " %");
        worded.put(key, l -> Languages.isBase(l) ? values.get(key) : Numbers.of(l).signedPercent(percent));
        return this;
    }

    /**
     * A figure in a message of language {@code l}: in its numbers' style, except in English, whose messages
     * have always printed plain figures (53941, 537.62) that a reader copies back into a sheet.
     */
    private static String figure(Locale l, double d) {
        return Languages.isBase(l) ? format(d) : Numbers.of(l).figure(d);
    }

    FindingBuilder field(String name) {
        if (name != null) {
            fields.add(name);
        }
        return this;
    }

    FindingBuilder cell(CellKey key, String field) {
        cells.add(key);
        return field(field);
    }

    /** The import problem this finding is about: its cell is the finding's (one finding per cell). */
    FindingBuilder problem(ImportProblem p) {
        problem = p;
        return this;
    }

    /** A figure of last year's return the finding compares with. */
    FindingBuilder previousCell(CellKey key) {
        previousCells.add(key);
        return this;
    }

    /**
     * Fields and cells the rule read this year; previous-year reads are not this return's cells and
     * are kept as last year's.
     */
    FindingBuilder lookups(List<Lookup> trace) {
        for (Lookup l : trace) {
            if (!l.previousYear()) {
                fields.add(l.field());
                cells.addAll(l.cells());
                int cited = rule.cite().indexOf(l.field());
                if (cited >= 0) {
                    citedCells.computeIfAbsent(cited, k -> new LinkedHashSet<>()).addAll(l.cells());
                }
            } else {
                previousCells.addAll(l.cells());
            }
        }
        return this;
    }

    /** Cells read over last year's return (a trace evaluated on it). */
    FindingBuilder previousLookups(List<Lookup> trace) {
        trace.forEach(l -> previousCells.addAll(l.cells()));
        return this;
    }

    Finding build() {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        rule.message().byLanguage().forEach((lang, template) -> texts.put(lang,
                Messages.render(template, placeholders(Languages.locale(lang)))));
        FindingKey key = new FindingKey(null, rule.id(), school != null ? school : district, year, grade, sex,
                age == null ? null : age.code(), problem == null ? null : problem.sheetCell());
        return new Finding(key, rule.title(), rule.severity(), school, district, String.join(", ", citedFieldsFirst()),
                left.isPresent() ? left.getAsDouble() : null, right.isPresent() ? right.getAsDouble() : null,
                new Texts(texts), problem == null ? null : problem.source(),
                problem == null ? null : cellValue(problem), null, null, citedFirst(),
                new ArrayList<>(previousCells));
    }

    /** The fields read, those the rule cites first (in its order), then the others as read. */
    private Set<String> citedFieldsFirst() {
        if (rule.cite().isEmpty()) {
            return fields;
        }
        Set<String> out = new LinkedHashSet<>();
        rule.cite().stream().filter(fields::contains).forEach(out::add);
        out.addAll(fields);
        return out;
    }

    /**
     * The cells read, those of the fields the rule cites first (in its order), then the others as read: the first
     * is the cell the finding names (the teachers of a pupil-teacher ratio, then its pupils).
     */
    private List<CellKey> citedFirst() {
        Set<CellKey> out = new LinkedHashSet<>();
        citedCells.values().forEach(out::addAll);
        out.addAll(cells);
        return new ArrayList<>(out);
    }

    /** The placeholders' texts in {@code language}. */
    private Map<String, String> placeholders(Locale language) {
        Map<String, String> m = new HashMap<>(values);
        worded.forEach((key, text) -> m.put(key, text.apply(language)));
        CoreText words = CoreText.of(language);
        for (String key : missing) {
            m.put(key, words.render(Message.of("finding.missing")));
        }
        if (!fields.isEmpty()) {
            m.putIfAbsent("field", String.join(", ", fields));
        }
        return m;
    }

    /**
     * An import problem's cell as read, never a figure computed: null for a range (a column of figures
     * not read holds no one value) and for a row without its school code, cited at its key cell, which is
     * blank (the raw text lists the row's figures).
     */
    private static String cellValue(ImportProblem p) {
        String raw = p.rawText();
        if (raw == null || raw.isBlank() || p.sheetCell().contains(":") || p.kind() == ProblemKind.BLANK_KEY) {
            return null;
        }
        return raw.trim().matches("-?\\d{1,15}(\\.\\d+)?") ? Finding.figureText(Double.parseDouble(raw.trim())) : raw;
    }

    private void putIfPresent(String key, String text) {
        if (text != null && !text.isBlank()) {
            values.put(key, text);
        }
    }

    private static OptionalDouble number(Value v) {
        return v instanceof Value.Num n ? OptionalDouble.of(n.value()) : OptionalDouble.empty();
    }

    static String format(Value v) {
        if (v instanceof Value.Num n) {
            return format(n.value());
        }
        if (v instanceof Value.Str s) {
            return s.value();
        }
        if (v instanceof Value.Bool b) {
            return b.value() ? "true" : "false";
        }
        return "missing";
    }

    /** Whole numbers print without decimals, others with at most two: officers read counts and ratios. */
    static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = String.format(Locale.ROOT, "%.2f", d);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
