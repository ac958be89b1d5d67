package org.emisworkbench.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;

/**
 * The checks of one file's school codes against each other and against the schools already known, the same for an
 * import ({@link BatchWriter}) and for {@code emis template check}, which hands over the same schools and sheets:
 * <ul>
 * <li>a code differing from a known one only by leading zeros, spaces or punctuation (IMP-25, {@link LookAlikeCodes});
 * <li>a new code differing from another school's only by look-alike characters ({@code 104O27} and {@code 104027}),
 * or, the school names being the same, by one character; and on a form, a code cell that disagrees with the sheet's
 * or the file's name where that name reads as the same code but for look-alike characters (IMP-35); and at the file's
 * end a new code written against the shape a clear majority of the other codes of its length share, only by
 * look-alike characters ({@code PS04O1026} among {@code PS0401023}…, no twin needed: {@link OddCodeShapes}; IMP-35);
 * <li>a school on one sheet only of a file whose schools are on several (IMP-31).
 * </ul>
 * Each code is stored as written: the officer decides (decision 0046); the problem says which school it looks like.
 * Problems show a code as typed in its cell ({@link SchoolRecord#shown}: {@code EP-MF-0l02}), its key being upper-cased
 * ({@code EP-MF-0L02}, decision 0050).
 */
public final class SchoolCodeChecks {
    /** Look-alike characters, each read as the one it is mistaken for (O for 0, l for 1…), in capitals. */
    private static final String LOOKS = "OQILJSBZG";
    private static final String LIKE = "001115826";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\-./_]+");
    /** A file name's or sheet name's parts: runs of letters and digits. */
    private static final Pattern PART = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Shortest code compared with a sheet's or file's name: shorter ones match a name's parts by chance. */
    private static final int NAME_CODE_MIN = 4;

    private final Set<String> known;
    private final Set<String> inFile;
    private final Supplier<Map<String, String>> knownNames;
    private final String fileName;
    private final boolean forms;
    private final Consumer<ImportProblem> out;
    private final LookAlikeCodes zeroTwins;
    /**
     * Known codes by their look-alike form ({@code code NUL name}), and by their school's name (codes joined by NUL):
     * built at the first school new to the workspace, one string per school (a file of a million schools pays that).
     */
    private Map<String, String> byLook;
    private Map<String, String> byName;
    private static final char SEP = '\u0000';
    private final Map<String, Object> sheetsBySchool = new java.util.LinkedHashMap<>();
    private final Map<String, String[]> keyCellBySchool = new HashMap<>();
    /** Codes typed otherwise than their key ({@code EP-MF-0l02} for {@code EP-MF-0L02}): what problems show. */
    private final Map<String, String> typedBySchool = new HashMap<>();
    /**
     * The file's codes new to the workspace and not said yet, judged at the end (their cells are those of
     * {@link #keyCellBySchool}): one entry per code, the code itself being held already.
     */
    private final Set<String> fresh = new java.util.LinkedHashSet<>();

    /**
     * @param known     the workspace's codes and those of the file so far, read live (the caller adds each school
     *                  after {@link #school})
     * @param inFile    the file's codes so far, read live
     * @param knownNames the names of the workspace's schools by code, loaded at the first new school (null: none)
     * @param fileName  the file's name, for a form's code compared with it
     * @param forms     true for a file of forms (a school per sheet or file), whose sheet and file names are compared
     * @param out       where the problems go
     */
    public SchoolCodeChecks(Set<String> known, Set<String> inFile, Supplier<Map<String, String>> knownNames, String fileName,
                            boolean forms, Consumer<ImportProblem> out) {
        this.known = known;
        this.inFile = inFile;
        this.knownNames = knownNames;
        this.fileName = fileName == null ? "" : fileName;
        this.forms = forms;
        this.out = out;
        this.zeroTwins = new LookAlikeCodes(known);
    }

    /** Where a school's code was first read, for the cell of a school on one sheet only. */
    public void keyCell(SchoolRecord school) {
        keyCellBySchool.putIfAbsent(school.code(), new String[] {school.sheet(), school.keyCell()});
        if (!school.shown().equals(school.code())) {
            typedBySchool.putIfAbsent(school.code(), school.shown());
        }
    }

    /** A code as the file typed it, where it did ({@code EP-MF-0l02}); else the code. */
    private String shown(String code) {
        return typedBySchool.getOrDefault(code, code);
    }

    /**
     * The first record of a school in the file, before it is added to the known codes: its code compared with the
     * others. A code the workspace holds already is a school the officer knows: only IMP-25 is said of it.
     */
    public void school(SchoolRecord school) {
        String code = school.code();
        String twin = zeroTwins.twinOf(code);
        if (twin != null) {
            String words = inFile.contains(twin) ? "import.detail.lookAlikeInFile" : "import.detail.leadingZeros";
            out.accept(ImportProblem.worded(ProblemKind.CODE_LEADING_ZEROS, school.sheet(), school.keyCell(), code,
                    "school.code", school.shown(), Message.of(words, shown(twin))));
        } else if (!known.contains(code)) {
            if (!likelyTypo(school)) {
                fresh.add(code);
            }
        } else {
            knownTypo(school);
        }
    }

    /**
     * A code the workspace holds already whose look-alike is held too (a phantom school an earlier import made of a
     * typo): said again each time a file names the code with more look-alike letters ({@code 104O27} beside
     * {@code 104027}), never of the code written with digits, so a corrected file is silent.
     */
    private void knownTypo(SchoolRecord school) {
        String code = school.code();
        if (lookAlikeLetters(code) == 0) {
            return;
        }
        index();
        String hit = byLook.get(look(code));
        String other = hit == null ? null : hit.substring(0, hit.indexOf(SEP));
        if (other == null || other.equals(code) || lookAlikeLetters(other) >= lookAlikeLetters(code)
                || shapeSays(code, other) > 0) {
            return;
        }
        typo(school, "import.detail.typoLookAlike", other, hit.substring(hit.indexOf(SEP) + 1));
    }

    /**
     * What the shape a clear majority of the other codes share (the file's and the workspace's, {@link OddCodeShapes})
     * says of two codes alike: 1 when {@code code} has it and {@code other} not (then {@code other} is the likely typo,
     * whichever came first: review 24, H4), -1 when {@code other} has it and {@code code} not, 2 when neither has it
     * while {@code other}'s length has such a shape ({@code other} is then never advised), else 0.
     */
    private int shapeSays(String code, String other) {
        java.util.Set<String> all = new java.util.HashSet<>(known);
        all.add(code);
        Boolean mine = OddCodeShapes.fitsShape(code, all);
        Boolean theirs = OddCodeShapes.fitsShape(other, all);
        if (Boolean.TRUE.equals(mine) && Boolean.FALSE.equals(theirs)) {
            return 1;
        }
        if (Boolean.TRUE.equals(theirs) && Boolean.FALSE.equals(mine)) {
            return -1;
        }
        return Boolean.FALSE.equals(theirs) && !Boolean.TRUE.equals(mine) ? 2 : 0;
    }

    /** Says the school's code looks like a typo for {@code other}'s, in the words {@code key}, naming where it is. */
    private void typo(SchoolRecord school, String key, String other, String otherName) {
        String code = school.code();
        if (shapeSays(code, other) == 2) {
            key = key + "OffShape"; // the same words, without advising a code written against the others' shape
        }
        String shown = shown(other);
        out.accept(ImportProblem.worded(ProblemKind.CODE_LIKELY_TYPO, school.sheet(), school.keyCell(), code,
                "school.code", school.shown(), Message.of(key, shown,
                        otherName == null || otherName.isBlank() ? shown : shown + " (" + otherName + ")", where(other))));
    }

    /** How many of the code's letters are look-alikes of a digit ({@code O}, {@code I}, {@code S}…). */
    private static int lookAlikeLetters(String code) {
        String c = compact(code);
        int n = 0;
        for (int i = 0; i < c.length(); i++) {
            n += LOOKS.indexOf(c.charAt(i)) < 0 ? 0 : 1;
        }
        return n;
    }

    /** Known codes by their look-alike form and by their school's name, built once. */
    private void index() {
        if (byLook == null) {
            // Until now every school was one the workspace knew: all of them are in its list of names.
            byLook = new HashMap<>();
            byName = new HashMap<>();
            Map<String, String> names = knownNames == null ? Map.of() : knownNames.get();
            for (String k : known) {
                remember(k, names.get(k));
            }
        }
    }

    /** Where the look-alike school stands: its cell in this file, or the workspace. */
    private Message where(String other) {
        String[] at = keyCellBySchool.get(other);
        return inFile.contains(other) && at != null && at[1] != null
                ? Message.of("import.detail.typoInFile", (at[0] == null ? "" : at[0] + "!") + at[1])
                : Message.of("import.detail.typoInWorkspace");
    }

    /**
     * True when two codes are the same but for look-alike characters, separators or leading zeros ({@code TG-01O2}
     * and {@code TG-0102}; {@code 0104013} and {@code 104013}; {@code TG0102}) and are not one code but for case: the
     * comparison IMP-25 and IMP-35 make, and the one by which a command names the stored code near one it does not
     * know.
     */
    public static boolean looksAlike(String a, String b) {
        return a != null && b != null && !a.strip().equalsIgnoreCase(b.strip()) && look(a).equals(look(b));
    }

    /** The codes of {@code known} that look like {@code code} ({@link #looksAlike}), sorted. */
    public static List<String> lookAlikes(String code, java.util.Collection<String> known) {
        return known.stream().filter(k -> looksAlike(code, k)).sorted().toList();
    }

    /** A school now known (one of the file): later codes are compared with it too. */
    public void added(SchoolRecord school) {
        zeroTwins.added(school.code());
        if (byLook != null) {
            remember(school.code(), school.get(SchoolAttribute.NAME));
        }
    }

    /** The school has figures on this sheet. */
    public void sheet(String code, String sheet) {
        if (sheet != null) {
            sheetsBySchool.merge(code, sheet, SchoolCodeChecks::withSheet);
        }
    }

    /** Says a new code that looks like a typo; true when it did. */
    private boolean likelyTypo(SchoolRecord school) {
        String code = school.code();
        index();
        String hit = byLook.get(look(code));
        String other = hit == null ? null : hit.substring(0, hit.indexOf(SEP));
        String otherName = hit == null ? null : hit.substring(hit.indexOf(SEP) + 1);
        String key = "import.detail.typoLookAlike";
        if (other == null || other.equals(code)) {
            other = null;
            String name = school.get(SchoolAttribute.NAME);
            String same = name == null || name.isBlank() ? null : byName.get(nameKey(name));
            for (String k : same == null ? new String[0] : same.split(String.valueOf(SEP))) {
                if (!k.equals(code) && oneApart(compact(k), compact(code))) {
                    other = k;
                    otherName = name.strip();
                    key = "import.detail.typoOneChar";
                    break;
                }
            }
        }
        if (other != null && shapeSays(code, other) == 1) {
            // The new code has the others' shape and the school it looks like not: that one is the likely typo (a
            // phantom the import names with the command that withdraws it, LeftOutReturns), not this one.
            return false;
        }
        if (other != null) {
            typo(school, key, other, otherName);
            return true;
        }
        if (forms && code.length() >= NAME_CODE_MIN) {
            String named = codeInName(school.sheet(), code);
            String which = "import.detail.typoWhereSheet";
            if (named == null) {
                named = codeInName(fileName.replaceFirst("\\.[A-Za-z]{3,4}$", ""), code);
                which = "import.detail.typoWhereFile";
            }
            if (named != null) {
                out.accept(ImportProblem.worded(ProblemKind.CODE_LIKELY_TYPO, school.sheet(), school.keyCell(), code,
                        "school.code", school.shown(), Message.of("import.detail.typoName", Message.of(which,
                                which.endsWith("Sheet") ? school.sheet() : fileName), named)));
                return true;
            }
        }
        return false;
    }

    /**
     * The part of a sheet's or file's name that reads as {@code code} but for look-alike characters and is not
     * written as it ({@code TG-0102} in {@code TG-0102-2024} for {@code TG-01O2}), or null: whole parts only, so
     * that a code never matches the middle of a year or a word.
     */
    static String codeInName(String name, String code) {
        if (name == null || name.isBlank()) {
            return null;
        }
        List<int[]> parts = new ArrayList<>();
        java.util.regex.Matcher m = PART.matcher(name);
        while (m.find()) {
            parts.add(new int[] {m.start(), m.end()});
        }
        String want = look(code);
        String written = compact(code);
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i; j < parts.size(); j++) {
                String text = name.substring(parts.get(i)[0], parts.get(j)[1]);
                String c = compact(text);
                if (c.length() > written.length() + 2) {
                    break;
                }
                if (look(text).equals(want)) {
                    return c.equals(written) ? null : text;
                }
            }
        }
        return null;
    }

    private void remember(String code, String name) {
        String n = name == null ? "" : name.strip();
        // Of codes alike, the one written with the fewest look-alike letters is the one a typo is taken for.
        byLook.merge(look(code), code + SEP + n, (had, now) ->
                lookAlikeLetters(had.substring(0, had.indexOf(SEP))) <= lookAlikeLetters(code) ? had : now);
        if (!n.isEmpty()) {
            byName.merge(nameKey(n), code, (a, b) -> a + SEP + b);
        }
    }

    /** The code in capitals without separators, each look-alike character read as the digit, without leading zeros. */
    static String look(String code) {
        String c = compact(code);
        StringBuilder b = new StringBuilder(c.length());
        for (int i = 0; i < c.length(); i++) {
            int at = LOOKS.indexOf(c.charAt(i));
            b.append(at < 0 ? c.charAt(i) : LIKE.charAt(at));
        }
        int i = 0;
        while (i < b.length() - 1 && b.charAt(i) == '0') {
            i++;
        }
        return b.substring(i);
    }

    private static String compact(String code) {
        // A workspace code stored before digits were read in ASCII (MR-١٠١٠٤) is the same as MR-10104 (IMP-41).
        return SEPARATORS.matcher(org.emisworkbench.model.Digits.ascii(code)).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** True when the two codes differ by exactly one character: one changed, added or left out. */
    static boolean oneApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        if (a.length() == b.length()) {
            int diff = 0;
            for (int i = 0; i < a.length() && diff < 2; i++) {
                diff += a.charAt(i) != b.charAt(i) ? 1 : 0;
            }
            return diff == 1;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }

    /**
     * The file's end. Where most schools of a file are on several sheets (pupils on one, teachers on another), a school
     * on one sheet only is most often a code mistyped there: it is stored as given, and said (IMP-31), naming the
     * school the other sheets have and that sheet lacks when there is exactly one.
     */
    public void end() {
        oddShapes();
        long onSeveral = sheetsBySchool.values().stream().filter(v -> !(v instanceof String)).count();
        if (onSeveral < 2 || onSeveral * 2 < sheetsBySchool.size()) {
            return; // a form per sheet, or a sheet per district: each school on one sheet is the layout
        }
        // Worked out once per sheet, not once per school: the schools a sheet lacks, and the file's other sheets.
        TreeSet<String> allSheets = new TreeSet<>();
        sheetsBySchool.values().forEach(v -> allSheets.addAll(sheets(v)));
        Map<String, List<String>> lackingBySheet = new HashMap<>();
        sheetsBySchool.forEach((code, v) -> {
            if (!(v instanceof String sheet)) {
                return;
            }
            List<String> lacking = lackingBySheet.computeIfAbsent(sheet, s -> sheetsBySchool.entrySet()
                    .stream().filter(e -> !sheets(e.getValue()).contains(s)).map(Map.Entry::getKey).toList());
            TreeSet<String> others = new TreeSet<>(allSheets);
            others.remove(sheet);
            String[] at = keyCellBySchool.getOrDefault(code, new String[] {sheet, null});
            String cell = sheet.equals(at[0]) ? at[1] : null;
            Message words = lacking.size() == 1
                    ? Message.of("import.detail.oneSheetOnlyTwin", sheet, String.join(", ", others),
                            shown(lacking.get(0)))
                    : Message.of("import.detail.oneSheetOnly", sheet, String.join(", ", others));
            out.accept(ImportProblem.worded(ProblemKind.SCHOOL_ON_ONE_SHEET, sheet, cell, code, "school.code",
                    shown(code), words));
        });
    }

    /**
     * The file's new codes not said yet, each judged against the shape the other codes of its length share (the
     * file's and the workspace's): one written against it only by look-alike characters is said (IMP-35), with the
     * code it most likely is.
     */
    private void oddShapes() {
        if (fresh.isEmpty()) {
            return;
        }
        for (OddCodeShapes.Odd odd : new OddCodeShapes(LOOKS, LIKE).find(fresh, this::shown, known)) {
            if (known.contains(org.emisworkbench.model.CodeCase.schoolCode(odd.suggested()))) {
                continue; // a school of that code is there: the two were compared as look-alikes already
            }
            String[] at = keyCellBySchool.getOrDefault(odd.code(), new String[2]);
            // Letters where the others have digits, digits where they have letters, or both (keys written whole).
            String chars = odd.direction() == 1 ? "import.detail.typoShapeLetters" : odd.direction() == 2
                    ? "import.detail.typoShapeDigits" : "import.detail.typoShapeCharacters";
            String have = odd.direction() == 1 ? "import.detail.typoShapeHaveLetters" : odd.direction() == 2
                    ? "import.detail.typoShapeHaveDigits" : "import.detail.typoShapeHaveCharacters";
            out.accept(ImportProblem.worded(ProblemKind.CODE_LIKELY_TYPO, at[0], at[1], odd.code(), "school.code",
                    shown(odd.code()), Message.of("import.detail.typoShape", Message.of(odd.chars().contains(",")
                            ? "import.detail.typoShapeCharacters" : chars, odd.chars()), Message.of(have),
                            odd.suggested(), String.valueOf(odd.alike()), String.valueOf(odd.others()),
                            shown(odd.example()))));
        }
        fresh.clear();
    }

    /** A school's sheets with one more: the name alone while it is one, a sorted set once they are several. */
    private static Object withSheet(Object had, Object sheet) {
        if (had instanceof String one) {
            if (one.equals(sheet)) {
                return one;
            }
            TreeSet<String> several = new TreeSet<>();
            several.add(one);
            several.add((String) sheet);
            return several;
        }
        @SuppressWarnings("unchecked")
        TreeSet<String> several = (TreeSet<String>) had;
        several.add((String) sheet);
        return several;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> sheets(Object v) {
        return v instanceof String one ? Set.of(one) : (Set<String>) v;
    }
}
