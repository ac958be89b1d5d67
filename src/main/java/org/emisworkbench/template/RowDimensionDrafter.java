package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Drafts the row-dimension construct (docs/templates.md, "Several rows per school"): a column headed
 * like a grade, sex or age ({@code Class}, {@code Grade}, {@code Classe}, {@code Sex}, {@code Sexe},
 * {@code Age}…) whose values below are grades, sexes or ages becomes {@code row.grade}, {@code row.sex}
 * or {@code row.age}; then a column headed only by a sex ({@code Boys}), a topic ({@code Pupils}) or both
 * ({@code Repeaters girls}) is that topic's count, taking what its header leaves open from the row.
 * A header and its values must both agree: a "Class" column holding names stays unread; and some
 * column of figures must rely on the row, else (a list of pupils with Class and Sex) nothing changes.
 */
final class RowDimensionDrafter {
    /** Folded headers of a column saying the grade, sex or age of its row. */
    private static final Map<String, Set<String>> HEADERS = Map.of(
            "grade", Set.of("class", "classe", "grade", "grades", "level class", "class level", "grade level",
                    "standard", "std", "niveau", "niveau classe", "annee", "annee d etudes", "year of study", "form",
                    "year level", "year", "level", "class grade", "grade class", "classe niveau", "niveau d etudes",
                    "ano", "ano de escolaridade", "nivel",
                    // Bahasa Indonesia: Dapodik's long export (Tingkat Pendidikan over Kelas 1…, review 34).
                    "tingkat pendidikan", "tingkat", "kelas"),
            "sex", Set.of("sex", "sexe", "gender", "genre", "sexo", "genero", "jenis kelamin"),
            "age", Set.of("age", "ages", "age years", "age in years", "age ans", "age en annees", "idade", "idades",
                    "idade anos", "idade em anos"));
    /** Share of a column's values that must be codes of the list (total words aside). */
    private static final double SHARE = 0.8;
    private static final double CONFIDENCE = 0.8;

    private RowDimensionDrafter() {
    }

    /** Folded headers of a column naming the row's stream, the class section of its grade ({@code A}, {@code North}). */
    /**
     * Folded words of pupils by residence, a column per residence and sex ({@code Day Boys}, {@code Boarding Girls}):
     * [0] the day pupils' words, [1] the boarders'. Both given for a sex: that sex's pupils are their sum.
     */
    private static final List<Set<String>> RESIDENCE = List.of(
            Set.of("day", "day scholars", "day pupils", "day students", "externes", "externat", "externos"),
            Set.of("boarding", "boarders", "boarding pupils", "boarding students", "internes", "internat",
                    "internos"));

    /**
     * The columns with row dimensions and the counts relying on them drafted (unchanged when no column says the
     * grade, sex or age of its row), a grade column's values read through {@code grades} (the built-in list with {@code S1}…{@code S6}
     * read as the grades after the officer's years of primary, {@link SecondaryYears#grades}); pupils given by
     * residence and sex ({@code Day Boys}, {@code Boarding Boys}) added into {@code sums}, the row giving the grade;
     * a lone sex letter in a header read through {@code sexes}, the workbook's language's list ({@code Redoublants G}
     * is the boys' repeaters on a French sheet, the girls' on an English one).
     */
    static List<ColumnMapping> apply(List<ColumnMapping> columns, List<List<Cell>> rows, int lastHeaderRow,
                                     String sheetTopic, String sheet, List<org.emisworkbench.model.Message> notes,
                                     CodeList grades, List<SumMapping> sums, CodeList sexes, CodeList localGrades) {
        List<ColumnMapping> out = new ArrayList<>(columns);
        Set<String> dims = new java.util.TreeSet<>();
        for (int i = 0; i < out.size(); i++) {
            ColumnMapping c = out.get(i);
            if (c.key()) {
                continue;
            }
            String folded = DraftVocabulary.fold(TemplateDrafter.oneLine(c.header()));
            for (var e : HEADERS.entrySet()) {
                if (e.getValue().contains(folded) && !dims.contains(e.getKey())
                        && (valuesAre(rows, lastHeaderRow, c.col(), e.getKey(), e.getKey().equals("sex") ? sexes : grades)
                        || e.getKey().equals("grade") && valuesAre(rows, lastHeaderRow, c.col(), "grade", localGrades))) {
                    out.set(i, new ColumnMapping(c.col(), c.header(), "row." + e.getKey(), false, false, null, null,
                            null, null, CONFIDENCE));
                    dims.add(e.getKey());
                } else if (e.getValue().contains(folded) && !dims.contains(e.getKey()) && notes != null
                        && e.getKey().equals("grade") && valuesAre(rows, lastHeaderRow, c.col(), "grade",
                        new SecondaryYears(4).grades(rows))) {
                    // "Class" over S1 … S6 without the years of primary: the option that reads them, never a guess.
                    notes.add(org.emisworkbench.model.Message.of("draft.secondaryYearsRows", sheet,
                            org.emisworkbench.model.CellRef.columnLetters(c.col()), TemplateDrafter.oneLine(c.header()),
                            values(rows, lastHeaderRow, c.col())));
                } else if (e.getValue().contains(folded) && !dims.contains(e.getKey()) && notes != null
                        && c.field() == null) {
                    // "Class" over values most of which are not grades: said, never left out without a word. A
                    // column read otherwise ("Level" over Basic, Secondary: the school's level) needs no advice.
                    notCodes(rows, lastHeaderRow, c, e.getKey(), sheet).ifPresent(notes::add);
                }
            }
        }
        if (dims.isEmpty()) {
            return columns;
        }
        boolean counts = false;
        // "Sexe | SIL | CP | CE1": after CI or SIL a bare CP is the second year, as in a wide header.
        boolean cpIsSecond = InitiationGrades.cpFollowsCi(out.stream().map(ColumnMapping::header).toList());
        for (int i = 0; i < out.size(); i++) {
            ColumnMapping c = out.get(i);
            if (c.field() == null && !c.key()) {
                ColumnMapping count = count(c, sheetTopic, dims, cpIsSecond, sexes);
                if (count != null) {
                    out.set(i, count);
                    counts = true;
                }
            }
        }
        List<SumMapping> residence = dims.contains("grade") ? residenceSums(out, sheetTopic) : List.of();
        counts |= !residence.isEmpty();
        // A list of pupils has a Class and a Sex column too, but no figure beside them: not this construct.
        if (!counts) {
            return columns;
        }
        sums.addAll(residence);
        if (dims.contains("grade")) {
            stream(out);
        }
        totalColumn(out, sheetTopic, dims);
        return out;
    }

    /**
     * The sums of pupils by residence: for each sex with one column of day pupils and one of boarders ({@code Day
     * Boys}, {@code Boarding Boys}), the sheet's topic of that sex is their sum, its grade the row's. Empty unless
     * both sexes have both columns, none of them read yet: a sheet so split otherwise is left for the officer.
     */
    private static List<SumMapping> residenceSums(List<ColumnMapping> out, String sheetTopic) {
        java.util.Map<String, String[]> bySex = new java.util.TreeMap<>();
        for (ColumnMapping c : out) {
            if (c.key() || c.reads()) {
                continue;
            }
            String folded = DraftVocabulary.fold(TemplateDrafter.oneLine(c.header()));
            int space = folded.lastIndexOf(' ');
            String sex = space < 0 ? null : CodeLists.sexOfWord(folded.substring(space + 1));
            for (int r = 0; sex != null && r < RESIDENCE.size(); r++) {
                if (RESIDENCE.get(r).contains(folded.substring(0, space))) {
                    String[] pair = bySex.computeIfAbsent(sex, k -> new String[2]);
                    if (pair[r] != null) {
                        return List.of(); // two columns of day boys: which one is meant is the officer's to say
                    }
                    pair[r] = TemplateDrafter.oneLine(c.header());
                }
            }
        }
        if (!bySex.keySet().equals(Set.of("F", "M")) || bySex.values().stream().anyMatch(p -> p[0] == null
                || p[1] == null)) {
            return List.of();
        }
        List<SumMapping> sums = new ArrayList<>();
        bySex.forEach((sex, pair) -> sums.add(new SumMapping(sheetTopic, sex, List.of(pair[0], pair[1]))));
        return sums;
    }

    /**
     * A column headed {@code Stream} (or {@code Section}) beside the grade column names the row's stream: rows of one
     * school and grade in different streams are parts of the grade, added at import ({@code row.stream}).
     */
    private static void stream(List<ColumnMapping> out) {
        for (int i = 0; i < out.size(); i++) {
            ColumnMapping c = out.get(i);
            if (!c.key() && !c.reads() && StreamHeaders.names(TemplateDrafter.oneLine(c.header()))) {
                out.set(i, new ColumnMapping(c.col(), c.header(), "row.stream", false, false, null, null, null, null,
                        CONFIDENCE));
                return;
            }
        }
    }

    /**
     * A column headed {@code Shift}, {@code Session}, {@code Stream}… ({@link StreamHeaders}) on a sheet whose grades run
     * across, with no column giving the row's grade, sex or age: when its values tell each school's rows apart
     * ({@code Morning}, {@code Afternoon}) it names the row's stream, and a school's rows are added at import
     * ({@code row.stream}, decision 0094) — never left out, which would keep the school's first row only. Said in a
     * note naming the column and its values.
     */
    static List<ColumnMapping> streamsAcross(List<ColumnMapping> columns, List<List<Cell>> rows, int lastHeaderRow,
                                             String sheet, List<org.emisworkbench.model.Message> notes) {
        ColumnMapping key = columns.stream().filter(ColumnMapping::key).findFirst().orElse(null);
        if (key == null || columns.stream().anyMatch(c -> c.field() != null && c.field().startsWith("row."))
                || columns.stream().noneMatch(c -> c.reads() && !c.key() && c.field() != null
                && !c.field().startsWith("school."))) {
            return columns;
        }
        List<ColumnMapping> out = new ArrayList<>(columns);
        for (int i = 0; i < out.size(); i++) {
            ColumnMapping c = out.get(i);
            // Its header names a stream (Shift, Curso), or its cells do (Diurno, Nocturno; Matin, Soir).
            if (c.key() || c.reads() || !StreamHeaders.names(TemplateDrafter.oneLine(c.header()))
                    && !StreamHeaders.valuesAreShifts(rows, lastHeaderRow, c.col())
                    || !StreamHeaders.partsOfSchools(rows, lastHeaderRow, key.col(), c.col())) {
                continue;
            }
            out.set(i, new ColumnMapping(c.col(), c.header(), "row.stream", false, false, null, null, null, null,
                    CONFIDENCE));
            if (notes != null) {
                notes.add(org.emisworkbench.model.Message.of("draft.streamsAcross", sheet,
                        org.emisworkbench.model.CellRef.columnLetters(c.col()), TemplateDrafter.oneLine(c.header()),
                        values(rows, lastHeaderRow, c.col())));
            }
            return out;
        }
        return columns;
    }

    /**
     * A wide sheet read with a row per school and class because the officer says so (on the mapping screen): column
     * {@code index} of {@code m} gives each row's grade ({@code row.grade}, set by hand, the only such column of the
     * sheet), and the columns not read yet that the draft reads beside such a column ({@code Boys}, {@code Girls},
     * {@code Repeaters boys}, a {@code Total} of both sexes) are read so, the grade taken from the row; the others
     * are left as they are for the officer to set. Null when the column is the key or its values below the header
     * are not grades ({@code Grade 1}, {@code CP1}, {@code Std 1}…): an import could read no row of it.
     */
    static SheetMapping gradeByHand(SheetMapping m, List<List<Cell>> rows, int index) {
        if (index < 0 || index >= m.columns().size() || rows == null) {
            return null;
        }
        ColumnMapping g = m.columns().get(index);
        if (g.key() || !valuesAre(rows, m.lastRow(), g.col(), "grade")) {
            return null;
        }
        List<ColumnMapping> out = new ArrayList<>(m.columns());
        for (int i = 0; i < out.size(); i++) {
            if ("row.grade".equals(out.get(i).field())) {
                out.set(i, ColumnMapping.unread(out.get(i).col(), out.get(i).header()));
            }
        }
        out.set(index, new ColumnMapping(g.col(), g.header(), "row.grade", false, false, null, null, null, null, 1));
        Set<String> dims = of(out);
        String topic = DraftVocabulary.sheetTopic(m.sheet());
        CodeList sexes = sexesOf(rows);
        for (int i = 0; i < out.size(); i++) {
            ColumnMapping c = out.get(i);
            if (c.field() == null && !c.key() && !c.leftOut()) {
                ColumnMapping count = count(c, topic, dims, false, sexes);
                if (count != null) {
                    out.set(i, count);
                }
            }
        }
        totalColumn(out, topic, dims);
        SheetMapping changed = m;
        for (int i = 0; i < out.size(); i++) {
            if (!out.get(i).equals(m.columns().get(i))) {
                changed = changed.with(i, out.get(i));
            }
        }
        return changed;
    }

    /**
     * A {@code Total} column beside the girls' and boys' columns of the sheet's topic (the row giving the
     * grade, not the sex) is their total for both sexes: a check column, compared, never stored. Read only
     * when both sexes have their column, so that it adds up something; one such column at most.
     */
    private static void totalColumn(List<ColumnMapping> out, String sheetTopic, Set<String> dims) {
        if (dims.contains("sex")) {
            totalOfRowSex(out, sheetTopic, dims);
            return;
        }
        Set<String> sexes = new java.util.HashSet<>();
        for (ColumnMapping c : out) {
            if (sheetTopic.equals(c.field()) && c.sex() != null && !c.total()) {
                sexes.add(c.sex());
            }
        }
        if (sexes.isEmpty()) {
            return;
        }
        boolean both = sexes.containsAll(Set.of("F", "M"));
        for (int i = 0; i < out.size(); i++) {
            ColumnMapping c = out.get(i);
            boolean hm = "hm".equals(DraftVocabulary.fold(TemplateDrafter.oneLine(c.header())));
            if (c.field() == null && !c.key() && (isTotalOf(c.header(), sheetTopic) || !both && hm)) {
                // Beside one sex only, the total gives the other sex (SexDifferenceDrafter, decision 0048).
                out.set(i, new ColumnMapping(c.col(), c.header(), sheetTopic, false, true, null, null, null, null,
                        CONFIDENCE));
                if (hm) {
                    mulheres(out, sheetTopic);
                }
                return;
            }
        }
    }

    /**
     * The sex in the row, the grades across ({@code Sex | Class 1 … Class 8 | Total}): a {@code Total} column is the
     * total of the row's sex over the grades across it, a check column compared on every row with the grade columns
     * it adds up ({@code "total": "enrolment"}, no grade, no sex), never stored. Only with two grade columns or more
     * of the sheet's topic and no grade or age from the row; one such column at most.
     */
    private static void totalOfRowSex(List<ColumnMapping> out, String sheetTopic, Set<String> dims) {
        if (dims.contains("grade") || dims.contains("age")) {
            return;
        }
        long grades = out.stream().filter(c -> sheetTopic.equals(c.field()) && !c.total() && c.sex() == null
                && c.grade() != null).count();
        if (grades < 2) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            ColumnMapping c = out.get(i);
            if (c.field() == null && !c.key() && isTotalOf(c.header(), sheetTopic)) {
                out.set(i, new ColumnMapping(c.col(), c.header(), sheetTopic, false, true, null, null, null, null,
                        CONFIDENCE));
                return;
            }
        }
    }

    /**
     * Beside {@code HM} (homens e mulheres, both sexes), a lone {@code M} is mulheres, the girls, and {@code H}
     * homens, the boys, whatever the built-in sex list reads in M alone.
     */
    private static void mulheres(List<ColumnMapping> out, String sheetTopic) {
        for (int i = 0; i < out.size(); i++) {
            ColumnMapping c = out.get(i);
            String folded = DraftVocabulary.fold(TemplateDrafter.oneLine(c.header()));
            if (sheetTopic.equals(c.field()) && !c.total() && c.sex() != null && (folded.equals("m")
                    || folded.equals("h"))) {
                out.set(i, new ColumnMapping(c.col(), c.header(), c.field(), false, false, folded.equals("m") ? "F"
                        : "M", c.grade(), c.age(), c.codeList(), c.confidence()));
            }
        }
    }

    /**
     * True for a header saying the total of the topic for both sexes: {@code Total}, {@code Totaux},
     * {@code Total pupils}, {@code Total élèves}, {@code Total (B+G)}, {@code Total M+F}.
     */
    static boolean isTotalOf(String header, String topic) {
        String folded = DraftVocabulary.fold(TemplateDrafter.oneLine(header));
        for (String t : List.of("total", "totals", "totaux", "total general", "ensemble")) {
            if (folded.equals(t)) {
                return true;
            }
            if (!folded.startsWith(t + " ")) {
                continue;
            }
            String rest = folded.substring(t.length() + 1);
            for (String[] w : TopicWords.WORDS) {
                if (rest.equals(w[0]) && w[1].equals(topic)) {
                    return true;
                }
            }
            CodeList sexes = CodeLists.forDrafting().require("sex");
            Set<String> said = new java.util.HashSet<>();
            for (String word : rest.split(" ")) {
                String sex = sexes.code(word);
                if (sex == null) {
                    return false;
                }
                said.add(sex);
            }
            return said.size() == 2; // "Total B G", "Total M F": both sexes named
        }
        return false;
    }

    /** The dimensions some column of the mapping gives by row. */
    static Set<String> of(List<ColumnMapping> columns) {
        Set<String> dims = new java.util.TreeSet<>();
        for (ColumnMapping c : columns) {
            CanonicalField.parse(c.field()).map(CanonicalField::rowDimensions).ifPresent(dims::addAll);
        }
        return dims;
    }

    /**
     * True when the sample rows of a sheet with row dimensions have a row whose key is blank while its
     * row dimension is given, below a row with a key: the code is written on the first row of each block.
     */
    static boolean continuesKey(SheetMapping m, List<List<Cell>> rows) {
        ColumnMapping key = m.keyColumn();
        if (key == null || rows == null) {
            return false;
        }
        List<Integer> dimCols = m.columns().stream().filter(c -> c.field() != null && c.field().startsWith("row."))
                .map(ColumnMapping::col).toList();
        if (dimCols.isEmpty()) {
            return false;
        }
        return ContinuedKeys.rows(rows, m.lastRow() + 1, key.col(), dimCols::contains) > 0;
    }

    /** True when the header says the row's grade, sex or age ({@code Class}, {@code Sexe}, {@code Age}…). */
    static boolean saysDimension(String header, String dim) {
        return HEADERS.get(dim).contains(DraftVocabulary.fold(TemplateDrafter.oneLine(header)));
    }

    /** True when most values of the column below the header are codes of the dimension's list. */
    static boolean valuesAre(List<List<Cell>> rows, int lastHeaderRow, int col, String dim) {
        return valuesAre(rows, lastHeaderRow, col, dim, CodeLists.builtIn().require("grade"));
    }

    /** As above, grades read through {@code grades}. */
    private static boolean valuesAre(List<List<Cell>> rows, int lastHeaderRow, int col, String dim, CodeList grades) {
        // The grades as the drafter reads them, the sexes in the workbook's language (Dapodik's L/P), the ages built in.
        CodeList list = dim.equals("grade") || dim.equals("sex") && grades.name().equals("sex") ? grades
                : CodeLists.builtIn().require(dim);
        int given = 0;
        int codes = 0;
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell cell : rows.get(r)) {
                if (cell.col() != col || cell.isBlank()) {
                    continue;
                }
                String text = cell.text().strip();
                if (cell.kind() == CellKind.TEXT && isTotal(text)) {
                    continue;
                }
                given++;
                codes += list.code(text) != null ? 1 : 0;
            }
        }
        return given >= 2 && codes >= SHARE * given;
    }

    /**
     * Why a column whose header says the rows' {@code dim} ({@code Class}) is not read so: the values below it that
     * are not in the dimension's list, the first three named. Empty when the column holds fewer than two values.
     */
    private static java.util.Optional<org.emisworkbench.model.Message> notCodes(List<List<Cell>> rows,
            int lastHeaderRow, ColumnMapping c, String dim, String sheet) {
        CodeList list = CodeLists.builtIn().require(dim);
        int given = 0;
        Set<String> unknown = new java.util.LinkedHashSet<>();
        int unknownCount = 0;
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell cell : rows.get(r)) {
                if (cell.col() != c.col() || cell.isBlank()
                        || cell.kind() == CellKind.TEXT && isTotal(cell.text().strip())) {
                    continue;
                }
                given++;
                if (list.code(cell.text().strip()) == null) {
                    unknownCount++;
                    unknown.add(cell.text().strip());
                }
            }
        }
        if (given < 2) {
            return java.util.Optional.empty();
        }
        String named = unknown.stream().limit(3).map(t -> "\"" + t + "\"").collect(java.util.stream.Collectors
                .joining(", ")) + (unknown.size() > 3 ? ", …" : "");
        return java.util.Optional.of(org.emisworkbench.model.Message.of("draft.rowDimensionNotCodes", sheet,
                org.emisworkbench.model.CellRef.columnLetters(c.col()), TemplateDrafter.oneLine(c.header()), dim,
                unknownCount, given, named));
    }

    /** The first three distinct values of a column below the header, quoted, for a note. */
    private static String values(List<List<Cell>> rows, int lastHeaderRow, int col) {
        Set<String> seen = new java.util.LinkedHashSet<>();
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell cell : rows.get(r)) {
                if (cell.col() == col && !cell.isBlank()) {
                    seen.add(cell.text().strip());
                }
            }
        }
        return seen.stream().limit(3).map(t -> "\"" + t + "\"").collect(java.util.stream.Collectors.joining(", "))
                + (seen.size() > 3 ? ", …" : "");
    }

    private static boolean isTotal(String text) {
        String n = HeaderText.normalizeLabel(text);
        String f = HeaderText.fold(text);
        return HeaderText.isTotalWord(text) || f.equals("sub total") || f.equals("subtotal")
                || f.equals("sous total") || BOTH_SEXES.contains(n);
    }

    /** Folded texts of a sex cell saying both sexes ({@code T}, {@code HM}, {@code Ensemble}), beside "Total". */
    private static final Set<String> BOTH_SEXES = HeaderText.BOTH_SEXES_WORDS;

    /**
     * On a sheet whose row gives the sex, rows of one sex beside rows saying both sexes ({@code Boys} then
     * {@code Total}, {@code H} then {@code HM}) and never the other sex: the other sex is drafted as the rows of both
     * sexes less those of the one given ({@code {"field": "row.sex", "sex": "F", "differenceOf": ["Total", "Boys"]}},
     * decision 0055). Beside {@code HM} (homens e mulheres) a lone {@code M} is mulheres, as in a header; other
     * letters are read through {@code sexes}, the workbook's language's list ({@code G} beside {@code T} is garçons
     * on a French sheet, {@link #sexesOf}).
     */
    static void sexRows(List<ColumnMapping> columns, List<List<Cell>> rows, int lastHeaderRow, List<SumMapping> sums,
                        CodeList sexes) {
        ColumnMapping sex = columns.stream().filter(c -> "row.sex".equals(c.field())).findFirst().orElse(null);
        if (sex == null || rows == null) {
            return;
        }
        String both = null;
        java.util.Map<String, String> given = new java.util.LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell cell : rows.get(r)) {
                if (cell.col() == sex.col() && !cell.isBlank() && cell.kind() == CellKind.TEXT) {
                    texts.add(cell.text().strip());
                }
            }
        }
        for (String text : texts) {
            if (BOTH_SEXES.contains(HeaderText.normalizeLabel(text))) {
                both = both == null ? text : both;
            }
        }
        if (both == null) {
            return;
        }
        boolean hm = HeaderText.normalizeLabel(both).equals("hm");
        for (String text : texts) {
            String n = HeaderText.normalizeLabel(text);
            String code = hm && n.equals("m") ? "F" : hm && n.equals("h") ? "M" : sexes.code(text);
            if (code != null && !BOTH_SEXES.contains(n)) {
                given.putIfAbsent(code, text);
            }
        }
        if (given.size() != 1) {
            return; // both sexes given: a total row is a check; neither: nothing to take away
        }
        String one = given.keySet().iterator().next();
        sums.add(SumMapping.difference("row.sex", "F".equals(one) ? "M" : "F", null, both, given.get(one)));
    }

    /**
     * The built-in sex list with the lone letters of the sheet's own language ({@link DraftLetters}): French
     * {@code Redoublants G} or a row's {@code G} is garçons; for a sheet drafted apart from its workbook.
     */
    static CodeList sexesOf(List<List<Cell>> rows) {
        return DraftVocabulary.sexes(DraftLetters.of(List.of(rows)).matcherLanguage());
    }

    /**
     * A column headed by a sex, a topic, or a topic then a sex, read as that topic's count when the row
     * gives what the header leaves open; null otherwise.
     */
    private static ColumnMapping count(ColumnMapping c, String sheetTopic, Set<String> dims, boolean cpIsSecond,
                                       CodeList sexes) {
        // "{year} Boys" (DraftYearRows): the sex after the census year's place.
        String folded = DraftVocabulary.fold(TemplateDrafter.oneLine(DraftYearColumns.withoutYear(c.header())));
        String topic = null;
        String sex = sexes.code(folded);
        if (sex != null) {
            topic = sheetTopic;
        } else {
            for (String[] w : TopicWords.WORDS) {
                if (folded.equals(w[0])) {
                    topic = w[1];
                    break;
                }
                if (folded.startsWith(w[0] + " ") && sexes.code(folded.substring(w[0].length() + 1)) != null) {
                    topic = w[1];
                    sex = sexes.code(folded.substring(w[0].length() + 1));
                    break;
                }
            }
        }
        if (topic == null && dims.contains("grade") && dims.contains("sex") && HeaderText.isTotalWord(folded)) {
            // "Tingkat | Jenis Kelamin | Jumlah" (Dapodik, review 34): with the grade and the sex both in the row, the
            // row's one total is its figure, not a total of other columns.
            topic = sheetTopic;
        }
        String grade = null;
        if (topic == null && !dims.contains("grade") && dims.contains("sex")) {
            // "Sexe | CP1 | CP2": the grades across, the sex in the row.
            grade = CodeLists.builtIn().require("grade").code(cpIsSecond ? InitiationGrades.cpAsSecondYear(folded)
                    : folded);
            topic = grade == null ? null : sheetTopic;
        }
        if (topic == null || !dims.contains("grade") && grade == null || sex == null && !dims.contains("sex")) {
            return null;
        }
        return new ColumnMapping(c.col(), c.header(), topic, false, false, sex, grade, null, null, CONFIDENCE);
    }
}
