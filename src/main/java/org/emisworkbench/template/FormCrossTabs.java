package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Finds the small tables of a form that have a row per category and a column per sex:
 * <pre>
 *   TEACHERS BY QUALIFICATION
 *   Qualification | Female | Male | Total
 *   Qualified     |      4 |    5 |     9
 *   Unqualified   |      2 |    1 |     3
 *   Total         |      6 |    6 |    12
 * </pre>
 * Each cell of a row whose words name a count by sex ({@code Qualified} + {@code Female}) becomes a label
 * read in its column (JSON label {@code column}). In a table about teachers whose rows split them (their
 * sum is the table's {@code Total} row, or the rows are a category and its opposite such as
 * {@code Qualified} / {@code Unqualified}) the teachers of each sex are the sum of the rows.
 */
final class FormCrossTabs {
    private static final int TITLE_ROWS = 3;
    private static final List<String> TEACHER_WORDS = List.of("teacher", "enseignant", "maitre", "professor",
            "docente", "teaching staff", "personnel enseignant", "educator", "instituteur");
    private static final List<String> OPPOSITE_PREFIXES = List.of("un", "non ", "non-", "not ", "sans ", "nao ",
            "in", "no ");

    /** Labels read in a column, sums of rows, and the cells they cover (labels and values). */
    record Found(List<LabelMapping> labels, List<SumMapping> sums, Set<Long> cells) {
    }

    private FormCrossTabs() {
    }

    static Found find(String sheet, List<List<Cell>> rows, List<FormGrids.Found> tables) {
        return find(sheet, rows, tables, null);
    }

    /**
     * As {@link #find(String, List, List)}, a header row's lone sex letters read in the sheet's {@code language} where
     * the row says that reading ({@code H | M | HM} in Portuguese: M mulheres, review 31 C3; {@link #sexesOf}).
     */
    static Found find(String sheet, List<List<Cell>> rows, List<FormGrids.Found> tables, String language) {
        CodeList drafting = CodeLists.forDrafting().require("sex");
        List<LabelMapping> labels = new ArrayList<>();
        List<SumMapping> sums = new ArrayList<>();
        Set<Long> cells = new HashSet<>();
        Set<String> meanings = new HashSet<>();
        for (int h = 0; h < rows.size(); h++) {
            int header = h;
            if (tables.stream().anyMatch(t -> header >= t.firstRow() && header <= t.lastRow())) {
                continue;
            }
            List<Cell> sexCells = new ArrayList<>();
            Cell totalCell = null;
            CodeList sexes = sexesOf(rows.get(h), language, drafting);
            for (Cell c : rows.get(h)) {
                if (c.kind() == CellKind.TEXT && sexes.code(c.text()) != null) {
                    sexCells.add(c);
                } else if (c.kind() == CellKind.TEXT && isTotal(c.text())) {
                    totalCell = c;
                }
            }
            if (sexCells.stream().map(c -> sexes.code(c.text())).distinct().count() < 2) {
                continue;
            }
            int firstValueCol = sexCells.get(0).col();
            List<Integer> dataRows = new ArrayList<>();
            for (int r = h + 1; r < rows.size() && !rows.get(r).isEmpty(); r++) {
                Cell first = rowLabel(rows.get(r), firstValueCol);
                if (first == null || first.kind() != CellKind.TEXT || !hasNumber(rows.get(r), sexCells)) {
                    break;
                }
                dataRows.add(r);
            }
            if (dataRows.isEmpty()) {
                continue;
            }
            rows.get(h).forEach(c -> cells.add(at(c)));
            // Bands over the sexes (Qualified | Unqualified | Total merged over Male | Female): each sex column read
            // under its band (label band, decision 0091), never the first Male as all the teachers (review 28 F5).
            java.util.Map<Integer, String> bandOf = bands(rows, h, firstValueCol, sexCells);
            if (!bandOf.isEmpty()) {
                rows.get(h - 1).forEach(c -> cells.add(at(c)));
            }
            String context = DraftVocabulary.fold(context(rows, h, firstValueCol));
            // About teachers: the title or header says so, or every row does ("Qualified teachers", "Professores
            // qualificados" under "Femmes | Hommes").
            boolean teachers = TEACHER_WORDS.stream().anyMatch(context::contains) || dataRows.stream()
                    .map(r -> DraftVocabulary.fold(rowLabel(rows.get(r), firstValueCol).text()))
                    .allMatch(t -> isTotal(t) || TEACHER_WORDS.stream().anyMatch(t::contains));
            List<String> categories = new ArrayList<>();
            int totalRow = -1;
            boolean totalElsewhere = false;
            // Rows of teachers by status (Titulaires, Contractuels…): none is read alone as all the teachers.
            boolean byStatus = StatusAcross.byStatus(dataRows.stream()
                    .map(r -> rowLabel(rows.get(r), firstValueCol).text()).toList());
            for (int r : dataRows) {
                Cell first = rowLabel(rows.get(r), firstValueCol);
                String label = TemplateDrafter.oneLine(first.text()).strip();
                cells.add(at(first));
                if (isTotal(label)) {
                    totalRow = r;
                    // A Total row whose word stands higher on the sheet too (the Total row of the age x cours table
                    // above, issue #11) cannot be found by its label: the import would read the first one, a
                    // figure of another table. The statuses are added up instead, their own cells cited.
                    totalElsewhere = !first.equals(FormCells.findLabel(rows, List.of(label)));
                    if (byStatus && !totalElsewhere) {
                        // The teachers of each sex as typed: read, and the statuses left unread (decision 0032).
                        for (Cell sexCell : sexCells) {
                            Cell value = cellAt(rows.get(r), sexCell.col());
                            String sex = sexes.code(sexCell.text());
                            if (meanings.add("teachers.total|" + sex)) {
                                labels.add(new LabelMapping(sheet, first.row(), first.col(), label,
                                        value == null ? "" : value.shown(), "teachers.total", sex, null, false, 0.8,
                                        sexCell.text().strip()));
                            }
                        }
                    }
                    continue;
                }
                categories.add(label);
                for (Cell sexCell : sexCells) {
                    String sex = sexes.code(sexCell.text());
                    Cell value = cellAt(rows.get(r), sexCell.col());
                    // A sex word only some languages read (Hombres, Perempuan: CodeLists.forDrafting) is guessed as
                    // the English word for its sex, the vocabulary knowing the built-in spellings alone.
                    // So is a letter the language reads otherwise than English (a Portuguese M, mulheres).
                    // So is a word of a one-language form (إناث, Gel), held apart from the list's spellings.
                    CodeList builtInSexes = CodeLists.builtIn().require("sex");
                    String sexWord = sex.equals(builtInSexes.code(sexCell.text()))
                            && builtInSexes.byAliasContains(sexCell.text())
                            ? sexCell.text().strip() : "F".equals(sex) ? "Female" : "Male";
                    DraftVocabulary.Guess g = DraftVocabulary.guess(label + " " + sexWord, "enrolment");
                    CanonicalField f = g == null || g.key() || g.total() ? null
                            : CanonicalField.parse(g.field()).orElse(null);
                    boolean fits = !byStatus && bandOf.isEmpty() && f != null && f.kind() == CanonicalField.Kind.FIXED && f.topic().bySex()
                            && sex.equals(g.sex()) && meanings.add(f.name() + "|" + sex);
                    labels.add(new LabelMapping(sheet, first.row(), first.col(), label,
                            value == null ? "" : value.shown(), fits ? f.name() : null, fits ? sex : null, null, false,
                            fits ? g.confidence() : 0, sexCell.text().strip()));
                    if (value != null) {
                        cells.add(at(value));
                    }
                }
            }
            if (totalCell != null) {
                for (int r : dataRows) {
                    Cell total = cellAt(rows.get(r), totalCell.col());
                    if (total != null) {
                        cells.add(at(total));
                    }
                }
            }
            if (!bandOf.isEmpty()) {
                if (teachers && !byStatus && categories.size() >= 2 && !meanings.contains("teachers.total|F")
                        && splitsTeachers(rows, dataRows, totalRow, sexCells, categories)) {
                    bandSums(categories, sexCells, bandOf, sexes, sums, meanings);
                }
                h = dataRows.get(dataRows.size() - 1);
                continue;
            }
            if ((byStatus && (totalRow < 0 || totalElsewhere) || teachers && !byStatus) && categories.size() >= 2
                    && !meanings.contains("teachers.total|F")
                    && (byStatus || splitsTeachers(rows, dataRows, totalRow, sexCells, categories))) {
                for (Cell sexCell : sexCells) {
                    String sex = sexes.code(sexCell.text());
                    if (meanings.add("teachers.total|" + sex)) {
                        sums.add(new SumMapping("teachers.total", sex, categories, sexCell.text().strip()));
                    }
                }
                if (!byStatus) {
                    levelsSums(categories, sexCells, sexes, sums, meanings);
                }
            }
            h = dataRows.get(dataRows.size() - 1);
        }
        StatusAcross.find(sheet, rows, tables, labels, sums, cells, meanings);
        RowUnderHeads.find(sheet, rows, tables, labels, cells, meanings);
        return new Found(labels, sums, cells);
    }

    /**
     * The sex list header row {@code header} is read with: the drafting one, or the sheet's language's when the row's
     * letters say the language's reading as {@link DraftLetters} tells a workbook's ({@code H | M | HM}: the sign M
     * beside H or HM, no F beside it). A Portuguese {@code F | M} keeps M masculino.
     */
    private static CodeList sexesOf(List<Cell> header, String language, CodeList drafting) {
        SexLetters.Table t = SexLetters.table(language);
        if (t == null) {
            return drafting;
        }
        Set<String> letters = new HashSet<>();
        header.stream().filter(c -> c.kind() == CellKind.TEXT).forEach(c -> letters.add(
                HeaderText.normalizeLabel(c.text())));
        boolean told = letters.contains(t.sign()) && t.english().stream().noneMatch(letters::contains)
                && (t.confirming().isEmpty() || t.confirming().stream().anyMatch(letters::contains));
        return told ? CodeLists.merge(java.util.Map.of(), new ArrayList<>(), "codeLists", language).require("sex")
                : drafting;
    }

    /**
     * The band over each sex column of header row {@code h}, read as the import reads a label's {@code band}: the
     * nearest filled text at or left of the column on the row above, right of the rows' labels. Empty when the row
     * above names fewer than two bands or leaves a sex column without one: a table without bands.
     */
    private static java.util.Map<Integer, String> bands(List<List<Cell>> rows, int h, int firstValueCol,
                                                         List<Cell> sexCells) {
        java.util.Map<Integer, String> out = new java.util.LinkedHashMap<>();
        if (h == 0) {
            return out;
        }
        for (Cell sexCell : sexCells) {
            Cell band = null;
            for (Cell c : rows.get(h - 1)) {
                if (c.col() >= firstValueCol && c.col() <= sexCell.col() && !c.isBlank()) {
                    band = c;
                }
            }
            if (band == null || band.kind() != CellKind.TEXT) {
                return java.util.Map.of();
            }
            out.put(sexCell.col(), TemplateDrafter.oneLine(band.text()).strip());
        }
        return new HashSet<>(out.values()).size() < 2 ? java.util.Map.of() : out;
    }

    /**
     * The teachers of a table whose sexes stand under bands: {@code teachers.total} of each sex the rows' sum under
     * the {@code Total} band, or, without one, under a category and its opposite ({@code Qualified} + {@code
     * Unqualified}) added up; {@code teachers.qualified} the rows' sum under the band naming it ({@code Qualified}).
     */
    private static void bandSums(List<String> categories, List<Cell> sexCells, java.util.Map<Integer, String> bandOf,
                                 CodeList sexes, List<SumMapping> sums, Set<String> meanings) {
        List<String> bands = new ArrayList<>(new java.util.LinkedHashSet<>(bandOf.values()));
        List<String> parts = bands.stream().filter(b -> !isTotal(b)).toList();
        List<String> total = bands.stream().filter(FormCrossTabs::isTotal).toList();
        if (total.size() != 1) {
            total = parts.size() == 2 && opposite(parts.get(0), parts.get(1)) ? parts : List.of();
        }
        for (Cell sexCell : sexCells) {
            String sex = sexes.code(sexCell.text());
            String band = bandOf.get(sexCell.col());
            if (total.contains(band) && total.indexOf(band) == 0 && meanings.add("teachers.total|" + sex)) {
                sums.add(SumMapping.inBands("teachers.total", sex, categories, sexCell.text().strip(), total));
            }
            DraftVocabulary.Guess g = isTotal(band) ? null
                    : DraftVocabulary.guess(band + " " + sexCell.text().strip(), "enrolment");
            if (g != null && "teachers.qualified".equals(g.field()) && sex.equals(g.sex())
                    && meanings.add("teachers.qualified|" + sex)) {
                sums.add(SumMapping.inBands("teachers.qualified", sex, categories, sexCell.text().strip(),
                        List.of(band)));
            }
        }
    }

    /**
     * The label of a row of the table: its last filled cell left of the first column of figures, or null when there
     * is none or it is no text. Beside a form's column of labels ({@code School code | | KW-0101 | | Teachers | 4 | 9},
     * review 26 F2) the row's first cell is the form's own label, not the small table's.
     */
    private static Cell rowLabel(List<Cell> row, int firstValueCol) {
        Cell label = null;
        for (Cell c : row) {
            if (c.col() >= firstValueCol) {
                break;
            }
            if (!c.isBlank()) {
                label = c;
            }
        }
        return label == null || label.kind() != CellKind.TEXT ? null : label;
    }

    /**
     * True when the rows split the teachers: they add up to the table's Total row in every sex column, or
     * (no Total row) they are a category and its opposite ({@code Qualified} / {@code Unqualified}), or every row
     * is a level of qualification ({@code Grade A} / {@code Diploma} / {@code Degree}, {@link TeacherSumDrafter#isLevel}).
     */
    static boolean splitsTeachers(List<List<Cell>> rows, List<Integer> dataRows, int totalRow,
                                          List<Cell> sexCells, List<String> categories) {
        if (totalRow >= 0) {
            for (Cell sexCell : sexCells) {
                Cell total = cellAt(rows.get(totalRow), sexCell.col());
                if (total == null || total.kind() != CellKind.NUMBER) {
                    return false;
                }
                double sum = 0;
                for (int r : dataRows) {
                    Cell v = r == totalRow ? null : cellAt(rows.get(r), sexCell.col());
                    sum += v != null && v.kind() == CellKind.NUMBER ? v.number() : 0;
                }
                if (Math.abs(sum - total.number()) > 1e-6) {
                    return false;
                }
            }
            return true;
        }
        return categories.size() == 2 && opposite(categories.get(0), categories.get(1))
                || categories.stream().allMatch(TeacherSumDrafter::isLevel);
    }

    /**
     * Levels of qualification beside one row of the teachers without one ({@code Certificate}, {@code Diploma},
     * {@code Degree}, {@code Untrained}): the levels of each sex are also the trained teachers (the qualified ones
     * beside {@code Unqualified} or {@code Uncertified}), as on a wide sheet ({@link TeacherSumDrafter}).
     */
    private static void levelsSums(List<String> categories, List<Cell> sexCells, CodeList sexes, List<SumMapping> sums,
                                   Set<String> meanings) {
        List<String> without = categories.stream().filter(c -> TeacherSumDrafter.withoutLevel(c) != null).toList();
        List<String> levels = categories.stream().filter(c -> TeacherSumDrafter.withoutLevel(c) == null).toList();
        if (without.size() != 1 || levels.isEmpty() || !categories.stream().allMatch(TeacherSumDrafter::isLevel)) {
            return;
        }
        String field = TeacherSumDrafter.withoutLevel(without.get(0));
        for (Cell sexCell : sexCells) {
            String sex = sexes.code(sexCell.text());
            if (meanings.add(field + "|" + sex)) {
                sums.add(new SumMapping(field, sex, levels, sexCell.text().strip()));
            }
        }
    }

    /** Words saying "not" inside a category: {@code Enseignants non qualifiés}, {@code Professores não qualificados}. */
    private static final Set<String> NEGATIONS = Set.of("non", "not", "nao", "sans", "no", "sem");

    /**
     * True when two categories are one and its opposite: {@code Qualified} / {@code Unqualified}, {@code Trained
     * teachers} / {@code Untrained teachers}, and with the "not" inside, {@code Enseignants qualifiés} / {@code
     * Enseignants non qualifiés}, {@code Professores qualificados} / {@code Professores não qualificados}.
     */
    static boolean opposite(String first, String second) {
        String a = DraftVocabulary.fold(first).strip();
        String b = DraftVocabulary.fold(second).strip();
        if (OPPOSITE_PREFIXES.stream().anyMatch(p -> b.equals(p + a) || a.equals(p + b))) {
            return true;
        }
        return withoutNegation(a).equals(b) || withoutNegation(b).equals(a);
    }

    /** The words with one negation taken out ("non", "não", "un-" before a word), or the text as it was. */
    private static String withoutNegation(String folded) {
        List<String> words = new ArrayList<>(List.of(folded.replace('-', ' ').split("\\s+")));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (NEGATIONS.contains(w) && i + 1 < words.size()) {
                words.remove(i);
                return String.join(" ", words);
            }
            for (String p : List.of("un", "in")) {
                if (w.startsWith(p) && w.length() > p.length() + 3 && (w.substring(p.length()).startsWith("qualif")
                        || w.substring(p.length()).startsWith("train") || w.substring(p.length()).startsWith("form"))) {
                    words.set(i, w.substring(p.length()));
                    return String.join(" ", words);
                }
            }
        }
        return folded;
    }

    /** The title above the header and the header's own first words (left of the sex columns). */
    static String context(List<List<Cell>> rows, int header, int firstValueCol) {
        StringBuilder text = new StringBuilder();
        for (Cell c : rows.get(header)) {
            if (c.col() < firstValueCol && c.kind() == CellKind.TEXT) {
                text.append(c.text()).append(' ');
            }
        }
        for (int r = header - 1; r >= Math.max(0, header - TITLE_ROWS); r--) {
            for (Cell c : rows.get(r)) {
                if (c.kind() == CellKind.TEXT) {
                    text.append(c.text()).append(' ');
                }
            }
        }
        return text.toString();
    }

    /** True when a table's title or heading ({@link #context}) says it is about teachers. */
    static boolean aboutTeachers(String context) {
        String folded = DraftVocabulary.fold(context);
        return TEACHER_WORDS.stream().anyMatch(folded::contains);
    }

    private static boolean hasNumber(List<Cell> row, List<Cell> sexCells) {
        for (Cell s : sexCells) {
            Cell v = cellAt(row, s.col());
            if (v != null && (v.kind() == CellKind.NUMBER
                    || !CellValues.isProblem(CellValues.count(v.kind(), v.text(), v.number())))) {
                return true;
            }
        }
        return false;
    }

    static Cell cellAt(List<Cell> row, int col) {
        for (Cell c : row) {
            if (c.col() == col) {
                return c.isBlank() ? null : c;
            }
        }
        return null;
    }

    static boolean isTotal(String text) {
        return HeaderText.isTotalWord(text);
    }

    static long at(Cell c) {
        return ((long) c.row() << 20) | c.col();
    }
}
