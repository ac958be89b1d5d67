package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The code lists a template can use: the built-in ones ({@link BuiltInCodeLists}) merged with the
 * template's own {@code codeLists} (extra aliases, extra codes, or new lists). A template spelling that
 * a built-in list gives to another code is moved to the template's code (a country's own definition
 * wins, e.g. {@code Certificate} as a qualified teacher); every such move is kept in {@link #overrides()}.
 * Immutable.
 */
public final class CodeLists {
    /** Names of the built-in lists, documented in docs/templates.md. */
    public static final Set<String> BUILT_IN = BuiltInCodeLists.NAMES;

    /**
     * A grade's spelling one language writes ({@code Kelas 1}, Bahasa Indonesia, Dapodik): read in that language
     * only, as its sex words are ({@link SexLetters}), every built-in grade spelling multiplying what every template's
     * {grade} {sex} patterns expand to (MemoryStarvedImportTest ran out of memory with {@code kelas} built in).
     */
    private static final Map<String, String> GRADE_FORMS = Map.of("id", "kelas %d");

    private static final CodeLists DEFAULTS = merge(Map.of(), new ArrayList<>(), "codeLists");

    /**
     * A built-in spelling the template gave to another code.
     *
     * @param list  the list, e.g. {@code qualification}
     * @param alias the spelling as the template wrote it, e.g. {@code Certificate}
     * @param from  the built-in code it meant, e.g. {@code no}
     * @param to    the template's code it means now, e.g. {@code yes}
     */
    public record Override(String list, String alias, String from, String to) {
    }

    private final Map<String, CodeList> lists;
    private final List<Override> overrides;

    private CodeLists(Map<String, CodeList> lists, List<Override> overrides) {
        this.lists = Map.copyOf(lists);
        this.overrides = List.copyOf(overrides);
    }

    /** The built-in lists alone. */
    public static CodeLists builtIn() {
        return DEFAULTS;
    }

    /**
     * The built-in lists with the sex words that only some languages read ({@code Hombres}, {@code Perempuan},
     * {@link SexLetters}): for the draft, which recognises them whatever the workbook's language and writes that
     * language into the template. Never for reading a file: each built-in sex spelling multiplies what every
     * template's {grade} {sex} patterns expand to (MemoryStarvedImportTest).
     */
    public static CodeLists forDrafting() {
        return DRAFTING;
    }

    private static final CodeLists DRAFTING = withSexWords(DEFAULTS);

    private static CodeLists withSexWords(CodeLists lists) {
        Map<String, CodeList> all = new LinkedHashMap<>(lists.lists);
        all.put("sex", lists.lists.get("sex").withLetters(SexLetters.wordsOfEveryLanguage()));
        Map<String, String> grades = new LinkedHashMap<>();
        GRADE_FORMS.values().forEach(form -> grades.putAll(gradeWords(form)));
        all.put("grade", lists.lists.get("grade").withLetters(grades));
        return new CodeLists(all, lists.overrides);
    }

    private static Map<String, String> gradeWords(String form) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int g = 1; g <= org.emisworkbench.model.SchoolStructure.GRADES; g++) {
            out.put(String.format(java.util.Locale.ROOT, form, g), "G" + g);
        }
        return out;
    }

    /**
     * Built-in lists merged with a template's lists. A template spelling that a built-in list gives to
     * another code moves to the template's code (kept in {@link #overrides()}); an alias that would
     * mean two codes within the template's own lists, or that is a built-in code's own name, is
     * reported in {@code errors} (with the JSON path) and left out.
     */
    public static CodeLists merge(Map<String, Map<String, List<String>>> extra, List<String> errors, String path) {
        return merge(extra, errors, path, null);
    }

    /**
     * {@link #merge(Map, List, String)} for workbooks in {@code language}: the single sex letters take that
     * language's meaning ({@link SexLetters}: French G = garçons, Portuguese M = mulheres), except a letter
     * the template's own {@code sex} list names, which the template decides.
     */
    public static CodeLists merge(Map<String, Map<String, List<String>>> extra, List<String> errors, String path,
                                  String language) {
        CodeLists merged = mergeLists(extra, errors, path);
        String gradeForm = language == null ? null : GRADE_FORMS.get(language);
        if (gradeForm != null) {
            Map<String, CodeList> lists = new LinkedHashMap<>(merged.lists);
            lists.put("grade", merged.lists.get("grade").withLetters(gradeWords(gradeForm)));
            merged = new CodeLists(lists, merged.overrides);
        }
        Map<String, String> letters = SexLetters.of(language);
        if (letters.isEmpty()) {
            return merged;
        }
        Map<String, List<String>> own = extra == null || extra.get("sex") == null ? Map.of() : extra.get("sex");
        Map<String, String> apply = new LinkedHashMap<>();
        letters.forEach((letter, code) -> {
            boolean named = own.values().stream().anyMatch(a -> a != null && a.stream().anyMatch(
                    x -> HeaderText.normalizeLabel(x).equals(letter)));
            if (!named) {
                apply.put(letter, code);
            }
        });
        Map<String, CodeList> lists = new LinkedHashMap<>(merged.lists);
        lists.put("sex", merged.lists.get("sex").withLetters(apply));
        return new CodeLists(lists, merged.overrides);
    }

    private static CodeLists mergeLists(Map<String, Map<String, List<String>>> extra, List<String> errors, String path) {
        Map<String, Map<String, List<String>>> all = new LinkedHashMap<>();
        BuiltInCodeLists.definitions().forEach((name, codes) -> all.put(name, copy(codes)));
        List<Override> overrides = new ArrayList<>();
        if (extra != null) {
            extra.forEach((name, codes) -> {
                Map<String, List<String>> target = all.computeIfAbsent(name, n -> new LinkedHashMap<>());
                if (codes != null) {
                    codes.forEach((code, aliases) -> {
                        if (aliases != null) {
                            aliases.forEach(a -> takeOver(name, target, code, a, overrides));
                            aliases.forEach(a -> giveUpPrePrimaryYear(name, target, codes, code, a, overrides));
                        }
                    });
                    codes.forEach((code, aliases) -> {
                        List<String> list = target.computeIfAbsent(code, c -> new ArrayList<>());
                        if (aliases != null) {
                            list.addAll(aliases);
                        }
                    });
                }
            });
        }
        if (extra != null) {
            extra.forEach((name, codes) -> enumCodes(name, codes, errors, path + "." + name));
        }
        Map<String, CodeList> built = new LinkedHashMap<>();
        all.forEach((name, codes) -> built.put(name, build(name, codes, errors, path + "." + name)));
        return new CodeLists(built, overrides);
    }

    /**
     * Removes a template alias from the built-in code that had it, when that is another code: the
     * template's meaning wins. A code's own name is never taken (left for {@link #build} to refuse), and
     * nothing is removed from the template's own spellings (merged afterwards), so clashes between them
     * are still refused.
     */
    private static void takeOver(String list, Map<String, List<String>> target, String code, String alias,
                                 List<Override> overrides) {
        String n = alias == null ? "" : HeaderText.normalizeLabel(alias);
        if (n.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<String>> e : target.entrySet()) {
            if (e.getKey().equals(code) || HeaderText.normalizeLabel(e.getKey()).equals(n)) {
                continue;
            }
            if (e.getValue().removeIf(b -> HeaderText.normalizeLabel(b).equals(n))) {
                overrides.add(new Override(list, alias, e.getKey(), code));
            }
        }
    }

    /**
     * A template that gives a numbered pre-primary year's own name to another code ({@code "PP": ["PP1", "PP2"]},
     * written before the built-in list had them, decision 0066) decides what that year means: the built-in code
     * is left out rather than the template refused. The import still says where such years are added together.
     */
    private static void giveUpPrePrimaryYear(String list, Map<String, List<String>> target,
                                             Map<String, List<String>> own, String code, String alias,
                                             List<Override> overrides) {
        if (!"grade".equals(list) || alias == null) {
            return;
        }
        String n = HeaderText.normalizeLabel(alias).toUpperCase(java.util.Locale.ROOT);
        if (n.matches("PP[1-9]") && !n.equals(code) && !own.containsKey(n) && target.remove(n) != null) {
            overrides.add(new Override(list, alias, n, code));
        }
    }

    /**
     * Refuses a template code of a list whose codes the program reads as its own values, which no template can add
     * to: the sexes ({@code F}, {@code M}), the topics of a {@code row.topic} cell, and the ages (a number, {@code -4},
     * {@code 16+}, {@code *}, {@code ?}). Such a code used to pass the loader and stop the reading with a Java error
     * ({@code "sex": {"T": ["المجموع"]}}, review 27 F6); a total heading is declared in the {@code total} list.
     */
    private static void enumCodes(String name, Map<String, List<String>> codes, List<String> errors, String path) {
        if (codes == null || !ENUM_LISTS.contains(name)) {
            return;
        }
        Map<String, List<String>> builtIn = BuiltInCodeLists.definitions().get(name);
        for (String code : codes.keySet()) {
            boolean known = "age".equals(name) ? ageCode(code) : builtIn.containsKey(code);
            if (!known) {
                errors.add(path + ": unknown code \"" + code + "\" (codes: " + ("age".equals(name)
                        ? "an age such as 7, -4 (4 and under), 16+ (16 and over), * (all ages), ? (unknown)"
                        : String.join(", ", builtIn.keySet().stream().limit(24).toList())) + ")"
                        + ("sex".equals(name) ? "; a heading of both sexes together (a total) goes in the \"total\" list"
                        : ""));
            }
        }
    }

    /** Built-in lists whose codes are values of the program's own (its sexes, topics, ages): none may be added. */
    private static final Set<String> ENUM_LISTS = Set.of("sex", "topic", "age");

    private static boolean ageCode(String code) {
        try {
            new org.emisworkbench.model.AgeGroup(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The built-in spellings the template moved to other codes, in the template's order. */
    public List<Override> overrides() {
        return overrides;
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> codes) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        codes.forEach((k, v) -> m.put(k, new ArrayList<>(v)));
        return m;
    }

    private static CodeList build(String name, Map<String, List<String>> codes, List<String> errors, String path) {
        Map<String, String> byAlias = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        codes.forEach((code, raw) -> {
            List<String> norm = new ArrayList<>();
            List<String> candidates = new ArrayList<>();
            candidates.add(code);
            candidates.addAll(raw);
            for (String alias : candidates) {
                String n = HeaderText.normalizeLabel(alias);
                if (n.isEmpty()) {
                    errors.add(path + "." + code + ": empty alias");
                    continue;
                }
                String before = byAlias.putIfAbsent(n, code);
                if (before != null && !before.equals(code)) {
                    errors.add(path + "." + code + ": alias \"" + alias + "\" already means " + before);
                } else if (!norm.contains(n)) {
                    norm.add(n);
                }
            }
            aliases.put(code, List.copyOf(norm));
        });
        return new CodeList(name, byAlias, aliases);
    }

    /**
     * True when {@code text} is a grade, a sex or an age of the built-in lists: a side of a text written with a slash
     * that names one of these ({@code Class 1 / Female}) makes it a grade and a sex, never one thing written in two
     * languages ({@code Boys / Boe}, {@link HeaderText#bilingualSides}).
     */
    public static boolean namesDimension(String text) {
        for (String list : List.of("grade", "sex", "age")) {
            if (builtIn().get(list).map(l -> l.byAliasContains(text)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sex one word of a longer header says ({@code Titulaires H}, {@code Diploma Female}), or null: the drafting
     * sex list, except the short words of one-language forms ({@code Gel}, {@code Boe}, {@code Fi}), which name a sex
     * only as a whole header or cell, never as a word of an English or French text ({@code Hand gel}, {@code Wi-Fi}).
     */
    static String sexOfWord(String word) {
        return word == null || shortLocalSexWord(word) ? null : forDrafting().require("sex").code(word);
    }

    /** True for {@code Gel}, {@code Boe}, {@code Fi}: a short sex word of a one-language form ({@link #sexOfWord}). */
    static boolean shortLocalSexWord(String word) {
        String n = HeaderText.normalizeLabel(word);
        return n.length() <= 3 && BuiltInCodeLists.LOCAL_SEX_WORDS.stream()
                .anyMatch(p -> p[0].equals(n) || p[1].equals(n));
    }

    /**
     * True when two texts are one grade, sex or age of the built-in lists ({@code Boys} and {@code Garçons}): the two
     * sides of one thing written in two languages.
     */
    public static boolean sameDimension(String a, String b) {
        for (String list : List.of("grade", "sex", "age")) {
            CodeList l = builtIn().require(list);
            String ca = l.code(a);
            if (ca != null && ca.equals(l.code(b))) {
                return true;
            }
        }
        return false;
    }

    public Optional<CodeList> get(String name) {
        return Optional.ofNullable(name == null ? null : lists.get(name));
    }

    /** A list known to exist (built-in names, or checked at load time). */
    public CodeList require(String name) {
        CodeList list = lists.get(name);
        if (list == null) {
            throw new IllegalArgumentException("No code list " + name);
        }
        return list;
    }

    public Set<String> names() {
        return lists.keySet();
    }
}
