package org.emisworkbench.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.model.Message;

/**
 * Drafts a grid template from a form workbook (one school per workbook): every text cell whose words
 * name the school code, a school attribute or a teacher, classroom or facility count ("School code:",
 * "Nom de l'école", "Female teachers", "Électricité") and that has a value to its right or below becomes
 * a label; the tables by age, grade and sex under a title become grids, their topic guessed from the
 * title ({@link FormGrids}). Labels whose words name nothing are listed unread, for the mapping screen.
 */
public final class FormDrafter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final List<String> YEAR_LABELS = List.of("census year", "school year", "year", "annee scolaire",
            "annee", "annee du recensement", "exercice", "ano lectivo", "ano letivo", "ano escolar", "ano",
            "ano do censo", "ano do recenseamento", "curso escolar",
            // South Asia, East Africa (Academic Year / የትምህርት ዘመን, review 30 C2), Indonesia (Tahun ajaran).
            "academic year", "academic session", "annee academique", "ano academico", "tahun ajaran",
            "tahun pelajaran",
            // Afghanistan (Dari سال تعلیمی) and Iran (Persian سال تحصیلی), whose years are solar hijri (decision 0101).
            "سال تعلیمی", "سال تحصیلی",
            // Arabic (Morocco's الموسم الدراسي, review 32 B1; the Mashreq's السنة الدراسية), folded: no hamza.
            "الموسم الدراسي", "السنة الدراسية", "العام الدراسي",
            // Nepal (शैक्षिक सत्र, academic session; शैक्षिक वर्ष), whose years are Bikram Sambat (decision 0108).
            "शैक्षिक सत्र", "शैक्षिक वर्ष",
            // Khmer (Cambodia's ឆ្នាំសិក្សា, "school year", review 32).
            "ឆ្នាំសិក្សា",
            // Vietnamese năm học, Lao ສົກຮຽນ, Bengali শিক্ষাবর্ষ (school year, review 33).
            "năm học", "ສົກຮຽນ", "শিক্ষাবর্ষ")
            // Folded as the labels are compared: Devanagari and Khmer lose their vowel signs.
            .stream().map(HeaderText::fold).toList();

    private FormDrafter() {
    }

    /**
     * The guessed form of a workbook, as a grid template.
     *
     * @param forms the sheets with a label or table read, as guessed
     * @param draft the template, loaded back by {@link TemplateLoader}
     */
    public record FormDraft(List<FormMapping> forms, TemplateDrafter.Draft draft) {
        public FormDraft {
            forms = List.copyOf(forms);
        }

        /** The labels read, in reading order. */
        public List<LabelMapping> labels() {
            return forms.stream().flatMap(f -> f.labels().stream()).filter(LabelMapping::reads).toList();
        }
    }

    /**
     * Guesses every visible sheet as a form. Sheets whose school-code labels read the same ("Code
     * établissement" on {@code EPP Kara 1}, {@code EPP Kara 2}…) are each one school's form ({@link
     * SchoolsPer#SHEET}); a sheet repeating its school-code label down its rows holds one school per block
     * ({@link SchoolsPer#BLOCK}, see {@link #guessSheet}). Otherwise the workbook is one school's: one school
     * code for the workbook (the first label naming it; a later one is listed, not read).
     */
    public static List<FormMapping> guess(Map<String, List<List<Cell>>> samples) {
        return guess(samples, SecondaryYears.NOT_GIVEN, null);
    }

    /**
     * As {@link #guess(Map)}, the tables' {@code Form 1}… read as the grades after {@code secondary}'s years of
     * primary when given ({@link SecondaryYears#grades}).
     */
    public static List<FormMapping> guess(Map<String, List<List<Cell>>> samples, SecondaryYears secondary) {
        return guess(samples, secondary, null);
    }

    /**
     * As {@link #guess(Map, SecondaryYears)}; when no form labels its code and no sheet is named like one, a workbook
     * of one form with a table by grade, age or sex whose file's name gives one word that can be a code ({@code
     * UG-31045_2024.xlsx}) reads its code from the file's name ({@code "position": "fileName"}), the draft saying so.
     * {@code fileName} null: not looked at.
     */
    public static List<FormMapping> guess(Map<String, List<List<Cell>>> samples, SecondaryYears secondary,
                                          String fileName) {
        List<FormMapping> out = guessByLabels(samples, secondary);
        if (fileName == null || out.stream().anyMatch(FormMapping::hasKey)
                || FileNameLabels.candidates(fileName).size() != 1) {
            return out;
        }
        // One school's form only: a table of figures on exactly one sheet (several would be several schools' or
        // a list, which the officer describes by hand).
        List<FormMapping> tables = out.stream().filter(f -> f.grids().stream().anyMatch(GridMapping::reads)).toList();
        if (tables.size() != 1 || CodesAcross.holdsCodes(samples.getOrDefault(tables.get(0).sheet(), List.of()))) {
            // A sheet holding several schools' codes in a row is no one school's form: its code is not the file's.
            return out;
        }
        return out.stream().map(f -> f != tables.get(0) ? f
                : f.withCodeFirst(LabelMapping.codeFromFileName(f.sheet(), fileName))).toList();
    }

    private static List<FormMapping> guessByLabels(Map<String, List<List<Cell>>> samples, SecondaryYears secondary) {
        List<FormMapping> sheets = new ArrayList<>();
        Map<String, Integer> keyLabels = new LinkedHashMap<>();
        for (Map.Entry<String, List<List<Cell>>> e : samples.entrySet()) {
            FormMapping f = guessSheet(e.getKey(), e.getValue(), secondary);
            if (f.hasKey() && f.schools() == null) {
                keyLabels.merge(HeaderText.normalizeLabel(f.keyLabel().label()), 1, Integer::sum);
            }
            sheets.add(f);
        }
        String shared = keyLabels.entrySet().stream().filter(k -> k.getValue() >= 2).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        List<FormMapping> out = new ArrayList<>();
        boolean keyFound = false;
        for (FormMapping f : sheets) {
            if (shared != null && f.hasKey() && f.schools() == null
                    && HeaderText.normalizeLabel(f.keyLabel().label()).equals(shared)) {
                out.add(f.withSchools(SchoolsPer.SHEET));
                continue;
            }
            if (keyFound && f.hasKey()) {
                for (int i = 0; i < f.labels().size(); i++) {
                    if (f.labels().get(i).key()) {
                        f = f.withLabel(i, f.labels().get(i).withField(null, null));
                    }
                }
            }
            keyFound |= f.hasKey();
            out.add(f);
        }
        // No form labels its code: sheets named like codes may each be a school's form named by its code.
        return SheetNamedForms.apply(out);
    }

    /**
     * Guesses one sheet as a form ({@link #guessRows}). When the school-code label found is written again
     * lower down the sheet, the sheet holds schools stacked in blocks: the mapping is then the first
     * block's, up to the next block ({@link FormCells#blockStart}), marked {@link SchoolsPer#BLOCK}.
     */
    public static FormMapping guessSheet(String sheet, List<List<Cell>> rows) {
        return guessSheet(sheet, rows, SecondaryYears.NOT_GIVEN);
    }

    /** As {@link #guessSheet(String, List)}, {@code Form 1}… read as the grades after {@code secondary}'s primary. */
    public static FormMapping guessSheet(String sheet, List<List<Cell>> rows, SecondaryYears secondary) {
        FormMapping f = guessRows(sheet, rows, secondary);
        LabelMapping key = f.keyLabel();
        if (key == null) {
            // No label beside its value names the code: a form may open with "School: NAME (CODE)" instead.
            return InsideOpenings.guessSheet(sheet, rows, f, secondary);
        }
        // "Code : 12345" read inside its cell is found again lower down as a label inside its cell (review 27, C).
        List<Integer> codeRows = key.inside() ? InsideLabels.rows(rows, List.of(key.label()))
                : FormCells.labelRows(rows, List.of(key.label()));
        if (codeRows.size() < 2) {
            return f;
        }
        // From the first code label, not the one found: a banner above the first block taken for its table's title
        // hid that block's code label in the table's rows, and the second block's was found instead (review 27, B).
        int first = codeRows.get(0);
        int end = FormCells.blockStart(rows, codeRows.get(1), first);
        return guessRows(sheet, rows.subList(0, end), secondary, FormCells.blockStart(rows, first, -1))
                .withSchools(SchoolsPer.BLOCK);
    }

    /**
     * Table {@code whole} of a sheet's form split by hand into the topics standing side by side under its banners
     * (one table per banner over its sexes, each read as the topic its banner names), from the sheet's first rows;
     * empty when no two banners stand over its sexes. For banners whose words the drafter does not tell apart
     * ({@code Inscrits | Doublants}), which it leaves as one table.
     */
    public static List<GridMapping> splitByBands(List<List<Cell>> rows, GridMapping whole,
                                                 SecondaryYears secondary) {
        return whole.band().isEmpty() && "grade".equals(whole.rows()) ? FormGrids.split(rows, whole, secondary)
                : List.of();
    }

    /**
     * Guesses one sheet as a form: its tables by age, grade and sex ({@link FormGrids}), then outside them
     * every text cell with a value to its right or below that either names a field, ends with a colon or
     * has a number for its value. Labels whose words name nothing are listed unread, for the officer.
     */
    static FormMapping guessRows(String sheet, List<List<Cell>> rows, SecondaryYears secondary) {
        return guessRows(sheet, rows, secondary, 0);
    }

    /**
     * As {@link #guessRows(String, List, SecondaryYears)}, the tables looked for from row {@code top} (0-based) down,
     * their titles too: the first block of a sheet of stacked forms begins there, and a banner above it (the
     * district's title over every block) titles no block's table, as the import reads each block alone.
     */
    static FormMapping guessRows(String sheet, List<List<Cell>> rows, SecondaryYears secondary, int top) {
        String language = HeaderLanguage.guess(rows.stream().flatMap(List::stream)
                .filter(c -> c.kind() == CellKind.TEXT).map(Cell::text).toList());
        List<FormGrids.Found> tables = FormGrids.find(rows, sheet, language, secondary.grades(rows), top);
        FormCrossTabs.Found smallTables = FormCrossTabs.find(sheet, rows, tables, language);
        List<LabelMapping> labels = new ArrayList<>(smallTables.labels());
        Set<String> meanings = new HashSet<>();
        smallTables.labels().stream().filter(LabelMapping::reads).forEach(l -> meanings.add(l.field() + "|" + l.sex()));
        Set<Long> values = new HashSet<>(smallTables.cells());
        // Professores | 6 | 2 under | HM | M: the women read in their column, the men the total less them.
        Set<String> drafted = new HashSet<>(meanings);
        smallTables.sums().forEach(s -> drafted.add(s.field() + "|" + s.sex()));
        RowDifferenceLabels.Found rowDifferences = RowDifferenceLabels.find(sheet, rows, tables, language, values,
                drafted);
        labels.addAll(rowDifferences.labels());
        rowDifferences.labels().forEach(l -> meanings.add(l.field() + "|" + l.sex()));
        rowDifferences.sums().forEach(s -> meanings.add(s.field() + "|" + s.sex()));
        values.addAll(rowDifferences.cells());
        String yearLabel = null;
        String yearCalendar = null;
        boolean keyHere = false;
        Boolean keyNamed = null; // whether a label on the sheet names the school code, found when first needed
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() != CellKind.TEXT || c.isBlank() || values.contains(at(c))
                        // A table's title rows may hold the school's line (Reg. No: PS0401023): read, not titled.
                        || inTable(rows, tables, c.row()) && InsideOpenings.schoolValueInside(c) == null) {
                    continue;
                }
                String text = stripColon(TemplateDrafter.oneLine(c.text()));
                if (text.isEmpty()) {
                    continue;
                }
                if (SexPairs.draft(sheet, rows, c, text, language, labels, values, meanings)) {
                    continue;
                }
                // "Teachers: Male 4 Female 3": the label and its counts by sex in one cell, a label per sex inside it.
                if (InsideSexCounts.draft(sheet, c, labels, values, meanings)) {
                    continue;
                }
                // "Titulaires H : 2": the label and its count in one cell, the value inside the label's cell.
                String[] inside = InsideLabels.labelAndCount(c.text());
                // "Reg. No: PS0401023", "School: Mwenge Primary": the school's value inside the cell.
                String[] school = inside == null ? InsideOpenings.schoolValueInside(c) : null;
                boolean below = inside == null && school == null
                        && (nextIsLabel(rows, c) || besideLabelWithNumberBelow(rows, c));
                Cell value = inside != null ? new Cell(c.row(), c.col(), CellKind.NUMBER, inside[1],
                        Double.parseDouble(inside[1])) : school != null ? new Cell(c.row(), c.col(), CellKind.TEXT,
                        school[1], 0) : valueOf(rows, c, below);
                inside = inside != null ? inside : school;
                text = inside == null ? text : inside[0];
                if (value == null) {
                    continue;
                }
                // "سال تعلیمی / Academic year | ۱۴۰۳", "शैक्षिक सत्र | २०८१": a year label holding a year no census year
                // of ours can be (1300 to 1450; 2000 to 2150 but over ten years ahead) is another calendar's
                // (decisions 0101, 0108); the draft says which.
                java.util.Optional<YearCalendar> calendar = inside == null && yearLabel == null && namesYear(text)
                        ? YearCalendar.proposedFor(value.text(), java.time.Year.now().getValue())
                        : java.util.Optional.empty();
                if (calendar.isPresent()) {
                    yearLabel = text;
                    yearCalendar = calendar.get().id();
                    values.add(at(value));
                    continue;
                }
                if (inside == null && yearLabel == null && namesYear(text) && YearParser.parse(value.text()).isPresent()) {
                    yearLabel = text;
                    values.add(at(value));
                    continue;
                }
                DraftVocabulary.Guess g = DraftVocabulary.guess(OfWhichLabels.words(rows, c, text), "enrolment");
                if (g == null && !keyHere && inside == null && !below && value.row() == c.row()
                        && numberLabel(text) && FormCells.codeLike(value.shown().strip())) {
                    // "N° : BF-1234": on a form, a bare number label with a code beside it is the school's number,
                    // when no label names the code otherwise (review 28). A table's serial N° column is no such
                    // label: a heading beside it is no code, and its numbers stand below it.
                    keyNamed = keyNamed != null ? keyNamed : keyLabelOn(rows);
                    g = keyNamed ? null : new DraftVocabulary.Guess("school.code", true, false, null, null, null, 0.6);
                }
                String field = g == null ? null : g.key() ? "school.code" : g.field();
                CanonicalField f = field == null ? null : CanonicalField.parse(field).orElse(null);
                // "Number of teachers: 14" with no sex: the teachers of both sexes together, sex not reported
                // (decision 0058), unless the form gives the teachers by sex too (then it is left unread below).
                boolean together = f != null && g.sex() == null && g.grade() == null && g.age() == null
                        && f.kind() == CanonicalField.Kind.FIXED && f.topic().sexMayBeUnreported()
                        && value.kind() == CellKind.NUMBER;
                String sex = together ? org.emisworkbench.model.Sex.BOTH_TOGETHER : g == null ? null : g.sex();
                if (f == null || g.total() && !together || !(f.kind() == CanonicalField.Kind.SCHOOL
                        || f.kind() == CanonicalField.Kind.FIXED)
                        || f.topic() != null && f.topic().bySex() && sex == null
                        || keyHere && field.equals("school.code")
                        || !meanings.add(field + "|" + sex)) {
                    if (!FormCells.labelsValue(rows, c, value)) {
                        // Text beside text that names nothing is not taken for a label ("Région | Nord" is), unless
                        // the two stand alone on their row ("State | Koror"): listed unread, never dropped in silence.
                        continue;
                    }
                    f = null;
                }
                values.add(at(value));
                String codeList = f != null && f.name().startsWith("facilities.")
                        && !f.name().startsWith("facilities.toilets") && value.kind() == CellKind.TEXT
                        && CodeLists.builtIn().require("yesno").code(value.text()) != null ? "yesno" : null;
                if (f != null && f.kind() == CanonicalField.Kind.FIXED && codeList == null
                        && value.kind() == CellKind.TEXT && textRightOf(rows, value)
                        && CellValues.isProblem(CellValues.count(value.kind(), value.text(), value.number()))) {
                    // "CLASSROOMS" over "Condition | Number": a title over a header row is no count; left unread.
                    meanings.remove(field + "|" + sex);
                    f = null;
                }
                String attributeList = f == null || f.attribute() == null ? null
                        : TemplateValue.attributeList(f.attribute());
                if (attributeList != null && value.kind() == CellKind.TEXT && wordOfTwoMeanings(text)
                        && CodeLists.builtIn().require(attributeList).code(value.text()) == null) {
                    // "Zone | East Shewa": an administrative zone, not urban/rural (review 30 C2). As a wide sheet's
                    // column whose values are no codes of the list (WideColumnGuesses.codesFit): left unread, listed
                    // for the officer to see, never read as a code every validation would call unknown. Only for a
                    // label of two meanings: "Milieu | Semi-urbain" is a locality the officer adds to the list.
                    meanings.remove(field + "|" + sex);
                    f = null;
                }
                LabelMapping read = new LabelMapping(sheet, c.row(), c.col(), text, value.shown(),
                        f == null ? null : f.name(), f == null || f.topic() == null || !f.topic().bySex() ? null : sex,
                        codeList, below, f == null ? 0 : g.confidence(), null, inside != null);
                // "Drinking water | | X" under "Question | Yes | No": the X answers no, which the value right of the
                // label cannot say (x is a yes of the yesno list): the label reads which column is marked (review 28).
                Map<String, String> ticks = codeList == null || inside != null ? Map.of()
                        : TickColumns.of(rows, c, value);
                labels.add(ticks.isEmpty() ? read : read.withTicks(ticks));
                keyHere |= f != null && f.name().equals("school.code");
            }
        }
        if (yearLabel == null) {
            // No "Année scolaire | 2024" pair: a title above the form stating the year after its words
            // ("QUESTIONNAIRE DE RENTRÉE - Année scolaire 2024-2025") names the year's label.
            int firstLabel = labels.stream().filter(l -> l.field() != null).mapToInt(LabelMapping::row).min()
                    .orElse(rows.size());
            yearLabel = DraftYearTitle.label(rows.subList(0, Math.min(firstLabel, rows.size())),
                    SchoolYears.of(null, null, null)).orElse(null);
        }
        if (yearLabel == null) {
            // Among the labels ("Ano lectivo 2024" under Província | Distrito, review 31 C3): a cell whose words
            // before the year are a year label of the list the pairs are told by (YEAR_LABELS), not any title.
            yearLabel = DraftYearTitle.label(rows, SchoolYears.of(null, null, null), FormDrafter::namesYear)
                    .orElse(null);
        }
        labels = departementAsRegion(labels);
        List<SumMapping> sums = new ArrayList<>(smallTables.sums());
        sums.addAll(rowDifferences.sums());
        labels = StatusLabels.apply(labels, sums);
        labels = bothTogetherBesideSexes(labels, sums);
        sumOfOpposites(labels, sums);
        // Stacked blocks under one heading (Classe over each school's rows) are found once each, but grids written
        // alike read the same table (GridSpec#occurrence): one such grid only, or each figure would be read again.
        java.util.Set<List<Object>> written = new java.util.HashSet<>();
        List<GridMapping> grids = tables.stream().map(FormGrids.Found::grid).filter(g -> written.add(List.of(
                String.valueOf(g.title()), String.valueOf(g.field()), String.valueOf(g.rows()),
                String.valueOf(g.sexLayout()), String.valueOf(g.grade()), g.band(), String.valueOf(g.sex()))))
                .toList();
        return new FormMapping(sheet, labels, grids, yearLabel, Map.of(), sums, null, yearCalendar);
    }

    /**
     * A {@code Département} label drafted as the district beside a label of an area below it ({@code Commune},
     * {@code Arrondissement}, {@code District scolaire}, {@code Zone}: {@link GroupRows#departementField}) is the
     * region, the level above the district in Haiti, France, Benin (review 32 B3); the lower area left unread is then
     * the district ({@link GroupRows#departementAsRegion}). Without a lower area the département stays the district.
     */
    private static List<LabelMapping> departementAsRegion(List<LabelMapping> labels) {
        return GroupRows.departementAsRegion(labels, l -> l.column() == null ? l.label() : null,
                l -> l.column() == null ? l.field() : null, l -> l.column() == null && l.field() == null
                        && !l.value().isBlank(), (l, field) -> new LabelMapping(l.sheet(), l.row(), l.col(), l.label(),
                        l.value(), field, null, null, l.below(), 0.8, null, l.inside()));
    }

    /**
     * True when a label's words name the census year ({@code Année scolaire}), or one side of a bilingual label does
     * ({@code السنة الدراسية / Année scolaire}, review 27): the template keeps the label as the form writes it.
     */
    static boolean namesYear(String text) {
        String n = HeaderText.normalizeLabel(text);
        if (YEAR_LABELS.contains(DraftVocabulary.fold(n))) {
            return true;
        }
        return HeaderText.bilingualSides(n).stream().anyMatch(side -> YEAR_LABELS.contains(DraftVocabulary.fold(side)));
    }

    /**
     * A label of teachers of both sexes together ({@code "sex": "both"}) is read only where the form gives that
     * field for neither sex, by a label or a sum: beside {@code Female teachers | Male teachers} it is their
     * total, left unread (and reported by the import) rather than stored a second time.
     */
    private static List<LabelMapping> bothTogetherBesideSexes(List<LabelMapping> labels, List<SumMapping> sums) {
        List<LabelMapping> out = new ArrayList<>(labels.size());
        for (LabelMapping l : labels) {
            boolean bySexToo = org.emisworkbench.model.Sex.BOTH_TOGETHER.equals(l.sex())
                    && (labels.stream().anyMatch(o -> l.field().equals(o.field()) && o.sex() != null
                            && !o.sex().equals(l.sex()))
                    || sums.stream().anyMatch(o -> l.field().equals(o.field()) && o.sex() != null
                            && !o.sex().equals(l.sex())));
            if (bySexToo) {
                otherSexOf(l, labels, sums);
            }
            out.add(!bySexToo ? l : new LabelMapping(l.sheet(), l.row(), l.col(), l.label(), l.value(), null, null,
                    null, l.below(), 0, null, l.inside()));
        }
        return out;
    }

    /**
     * A label of both sexes together ({@code Number of teachers : 12}) beside a label of ONE sex of its field only
     * ({@code Female teachers : 5}), both read the same way (right of or below their label, or inside it): the other
     * sex is that total less the one sex, added to {@code sums} as a difference ({@code differenceOf}, decision 0044,
     * as {@link SexDifferenceDrafter} drafts a wide sheet's columns). Beside both sexes, or a sum of either, nothing:
     * the total is then left unread, as before.
     */
    private static void otherSexOf(LabelMapping total, List<LabelMapping> labels, List<SumMapping> sums) {
        if (total.column() != null || sums.stream().anyMatch(s -> total.field().equals(s.field()) && s.sex() != null)) {
            return;
        }
        List<LabelMapping> sexed = labels.stream().filter(o -> total.field().equals(o.field())
                && ("F".equals(o.sex()) || "M".equals(o.sex()))).toList();
        if (sexed.size() != 1) {
            return;
        }
        LabelMapping one = sexed.get(0);
        if (one.column() != null || one.inside() != total.inside() || one.below() != total.below()) {
            return;
        }
        sums.add(SumMapping.difference(total.field(), "F".equals(one.sex()) ? "M" : "F", null, total.label(),
                one.label()));
    }

    /**
     * {@code Qualified teachers : 4} and {@code Unqualified teachers : 1}, both sexes together: where the form gives
     * no total of teachers, the teachers are the sum of the two ({@code "sex": "both"}, decision 0058), as they are
     * of each sex in a small table by sex ({@link FormCrossTabs}).
     */
    private static void sumOfOpposites(List<LabelMapping> labels, List<SumMapping> sums) {
        String both = org.emisworkbench.model.Sex.BOTH_TOGETHER;
        if (labels.stream().anyMatch(l -> "teachers.total".equals(l.field()))
                || sums.stream().anyMatch(s -> "teachers.total".equals(s.field()))) {
            return;
        }
        for (LabelMapping part : labels) {
            if (!both.equals(part.sex()) || part.column() != null
                    || !("teachers.qualified".equals(part.field()) || "teachers.trained".equals(part.field()))) {
                continue;
            }
            for (LabelMapping other : labels) {
                if (other.field() == null && other.column() == null && !other.value().isBlank()
                        && FormCrossTabs.opposite(part.label(), other.label())) {
                    sums.add(new SumMapping("teachers.total", both, List.of(part.label(), other.label())));
                    return;
                }
            }
        }
    }

    /** True when the next filled cell right of {@code cell} on its row is a text (a row of headers). */
    private static boolean textRightOf(List<List<Cell>> rows, Cell cell) {
        for (Cell c : rows.get(cell.row())) {
            if (c.col() > cell.col() && !c.isBlank()) {
                return c.kind() == CellKind.TEXT;
            }
        }
        return false;
    }

    private static long at(Cell c) {
        return FormCrossTabs.at(c);
    }

    /**
     * True for a row of a table, title to last row; not for the label lines between its title and its header
     * ({@code Código modular: | 0456789} under {@code MATRÍCULA INICIAL}, review 28 F6): those are the form's labels.
     */
    private static boolean inTable(List<List<Cell>> rows, List<FormGrids.Found> tables, int row) {
        return tables.stream().anyMatch(t -> row >= t.firstRow() && row <= t.lastRow()
                && !(row > t.firstRow() && row <= FormCells.lastLabelLine(rows, t.firstRow())));
    }

    /**
     * Drafts a grid template from the sheets' first rows, or returns null when no label names the school
     * code (then the workbook is not a form this drafter can read).
     */
    public static FormDraft draft(String id, int version, String title, Map<String, List<List<Cell>>> samples)
            throws TemplateException {
        return draft(id, version, title, samples, SecondaryYears.NOT_GIVEN, null);
    }

    /**
     * As above, the tables' {@code Form 1}… read as the grades after {@code secondary}'s years of primary and written
     * in the template's grade list ({@link SecondaryYears#apply}); when not given, a table left out for naming such
     * years is said in a note with the option that reads it ({@link SecondaryYears#formNote}). A form labelling no
     * code reads it from {@code fileName} when that gives one ({@link #guess(Map, SecondaryYears, String)}).
     */
    public static FormDraft draft(String id, int version, String title, Map<String, List<List<Cell>>> samples,
                                  SecondaryYears secondary, String fileName) throws TemplateException {
        List<FormMapping> forms = guess(samples, secondary, fileName).stream().filter(FormMapping::readsAnything)
                .toList();
        if (forms.stream().noneMatch(FormMapping::hasKey)) {
            return null;
        }
        TemplateDrafter.Draft d = secondary.apply(InitiationGrades.apply(TemplateDrafter.withWorkbookText(
                build(id, version, title, forms), samples, TemplateDrafter.countColumns(samples), null), samples),
                samples);
        List<Message> notes = new ArrayList<>(d.notes());
        for (FormMapping f : forms) {
            Message years = secondary.formNote(f, samples.get(f.sheet()));
            if (years != null) {
                notes.add(years);
            }
            if (samples.get(f.sheet()) != null) {
                for (Cell c : FormGrids.unknownFirstRows(samples.get(f.sheet()), secondary.grades(samples.get(f.sheet())))) {
                    notes.add(Message.of("draft.unknownFirstGrade", f.sheet(),
                            org.emisworkbench.model.CellRef.a1(c.row(), c.col()),
                            TemplateDrafter.oneLine(c.text())));
                }
                for (FormGrids.UnknownGrades u : FormGrids.unknownGrades(samples.get(f.sheet()),
                        secondary.grades(samples.get(f.sheet())))) {
                    Cell first = u.labels().get(0);
                    Cell last = u.labels().get(u.labels().size() - 1);
                    notes.add(Message.of("draft.gradesUnknown", f.sheet(),
                            org.emisworkbench.model.CellRef.a1(first.row(), first.col()),
                            org.emisworkbench.model.CellRef.a1(last.row(), last.col()),
                            TemplateDrafter.oneLine(first.text()), u.labels().size(),
                            "\"codeLists\": {\"grade\": " + u.codeListJson() + "}"));
                }
            }
        }
        return new FormDraft(forms, withListsOnForms(new TemplateDrafter.Draft(d.template(), d.json(), notes), forms,
                samples, id, version, title));
    }

    /**
     * Writes form mappings as a grid template and loads it back. Labels that cannot be written (a count
     * without its sex, a table's topic as a label, a figure read twice) are left out and named in the notes.
     */
    public static TemplateDrafter.Draft build(String id, int version, String title, List<FormMapping> forms)
            throws TemplateException {
        List<Message> notes = new ArrayList<>();
        List<Object> sheets = new ArrayList<>();
        String yearLabel = null;
        String yearCalendar = null;
        boolean grids = false;
        SchoolsPer per = schoolsPer(forms);
        List<FormMapping> read = forms;
        if (per == SchoolsPer.SHEET) {
            // Every sheet is one school's form of the same shape: the first one, read on every sheet ("*").
            List<FormMapping> same = forms.stream().filter(f -> f.schools() == SchoolsPer.SHEET && f.hasKey()).toList();
            read = new ArrayList<>(List.of(same.get(0)));
            // The first sheet's labels and tables, read or left out (by hand too), stand for every sheet; another
            // sheet adds only those written otherwise (a teachers line where the first has a table).
            Set<String> firstLabels = new HashSet<>();
            same.get(0).labels().forEach(l -> firstLabels.add(writtenAs(l)));
            Set<String> firstTables = new HashSet<>();
            same.get(0).grids().forEach(g -> firstTables.add(HeaderText.normalizeLabel(String.valueOf(g.title()))));
            for (FormMapping other : same.subList(1, same.size())) {
                FormMapping o = other.withoutLabels(l -> firstLabels.contains(writtenAs(l)));
                for (int i = o.grids().size() - 1; i >= 0; i--) {
                    if (firstTables.contains(HeaderText.normalizeLabel(String.valueOf(o.grids().get(i).title())))) {
                        o = o.withGrids(i, 1, List.of());
                    }
                }
                read.add(o);
            }
            String sheetNames = String.join(", ", same.stream().map(FormMapping::sheet).limit(6).toList())
                    + (same.size() > 6 ? ", …" : "");
            LabelMapping key = same.get(0).keyLabel();
            notes.add(key.fromSheetName() ? Message.of("draft.schoolsPerSheetName", same.size(), sheetNames)
                    : Message.of("draft.schoolsPerSheet", same.size(), sheetNames, key.label()));
        } else if (per == SchoolsPer.BLOCK) {
            read = forms.stream().filter(f -> f.schools() == SchoolsPer.BLOCK && f.hasKey()).toList();
            read.forEach(f -> notes.add(Message.of("draft.schoolsPerBlock", f.sheet(), f.keyLabel().label())));
        }
        forms.stream().filter(FormMapping::hasKey).map(FormMapping::keyLabel).filter(LabelMapping::fromFileName)
                .findFirst().ifPresent(k -> notes.add(Message.of("draft.codeFromFileName", k.value())));
        Map<String, Map<String, Object>> levelSheets = new LinkedHashMap<>();
        for (FormMapping f : read) {
            Map<String, Object> sheet = labelSheet(f, false, notes);
            if (per == SchoolsPer.SHEET) {
                sheet.put("names", List.of("*"));
            }
            grids |= putGrids(f, sheet, g -> true, notes);
            if (sheet.containsKey("labels") || sheet.containsKey("grids")) {
                if (per == SchoolsPer.WORKBOOK && !f.hasKey() && levelSheet(f.sheet())) {
                    levelSheets.put(f.sheet(), sheet);
                }
                sheets.add(sheet);
            }
            if (yearLabel == null && f.yearLabel() != null) {
                yearLabel = f.yearLabel();
                yearCalendar = f.yearCalendar();
            }
        }
        if (levelSheets.size() >= 2) {
            // A combined school's sheet per level (Primary, Lower Secondary): a school of one level has no sheet of
            // the other, and must not be refused for it (review 25, F10.3). A form with one level sheet keeps it
            // required: a file without it would bring none of the figures the template is for.
            levelSheets.values().forEach(sheet -> sheet.put("optional", true));
            notes.add(Message.of("draft.levelSheetsOptional", String.join(", ", levelSheets.keySet())));
        }
        if (!grids) {
            notes.add(Message.of("draft.noGrids"));
        }
        if (per == SchoolsPer.SHEET) {
            // The sheets are not all written alike (a teachers table here, a teachers line there): the sheet read on
            // every sheet ("*") holds the labels, sums and tables of them all, each "label not found" on the others.
            sheets = SheetUnion.merge(sheets);
        }
        return write(id, version, title, "grid", per, yearLabel, yearCalendar, sheets, notes, Map.of());
    }

    /**
     * Writes the tables of {@code f} that it reads and {@code kept} keeps as the sheet's {@code grids}, and the texts
     * of those left out by hand as its {@code ignore}: a grid form's sheet, or the label sheet of a roster of one
     * school (decision 0083). Says whether a grid was written.
     */
    static boolean putGrids(FormMapping f, Map<String, Object> sheet, java.util.function.Predicate<GridMapping> kept,
                            List<Message> notes) {
        List<Object> tables = new ArrayList<>();
        Set<GridMapping> adding = addingGrids(f, kept, notes);
        for (GridMapping g : f.grids()) {
            if (!g.reads() || !kept.test(g)) {
                continue;
            }
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("field", g.field());
            t.put("titles", List.of(g.title()));
            t.put("rows", g.rows());
            t.put("sexLayout", g.sexLayout());
            if (g.grade() != null) {
                t.put("grade", g.grade());
            }
            if (!g.band().isEmpty()) {
                t.put("band", g.band());
            }
            if (g.sex() != null) {
                t.put("sex", g.sex());
            }
            if (adding.contains(g)) {
                t.put("adds", true);
            }
            if (g.stream() != null) {
                t.put("stream", List.of(g.stream()));
            }
            tables.add(t);
        }
        if (!tables.isEmpty()) {
            sheet.put("grids", tables);
        }
        List<String> ignore = leftOutByHand(f.grids());
        if (!ignore.isEmpty()) {
            sheet.put("ignore", ignore);
        }
        return !tables.isEmpty();
    }

    /**
     * The tables of {@code f} read and kept that add up (grid {@code adds}, decision 0090): those set so by hand, and
     * tables of one field written alike (one field, the same rows and columns) under titles of their own, unless set
     * otherwise by hand: blocks of one figure by sub-group (General, SC, ST, OBC); as grids of their own each figure
     * would be given four times, which refuses the file (review 28, F1). Each group found so is named in {@code notes}.
     */
    static Set<GridMapping> addingGrids(FormMapping f, java.util.function.Predicate<GridMapping> kept,
                                        List<Message> notes) {
        Map<List<Object>, List<GridMapping>> alike = new LinkedHashMap<>();
        Set<GridMapping> adding = new HashSet<>();
        for (GridMapping g : f.grids()) {
            if (g.reads() && kept.test(g)) {
                alike.computeIfAbsent(List.of(g.field(), String.valueOf(g.rows()), String.valueOf(g.sexLayout()),
                        String.valueOf(g.grade()), g.band(), String.valueOf(g.sex())), k -> new ArrayList<>()).add(g);
                if (Boolean.TRUE.equals(g.adds())) {
                    adding.add(g);
                }
            }
        }
        for (List<GridMapping> same : alike.values()) {
            // A table set by hand not to add takes no part; one set to add counts with those left to the rule.
            List<GridMapping> left = same.stream().filter(g -> !Boolean.FALSE.equals(g.adds())).toList();
            if (left.size() >= 2 && left.stream().map(g -> HeaderText.normalizeLabel(String.valueOf(g.title())))
                    .distinct().count() == left.size()) {
                adding.addAll(left);
                notes.add(Message.of("draft.gridsAdd", f.sheet(), left.size(), left.get(0).field(), String.join(", ",
                        left.stream().map(g -> g.cell() + " \"" + g.title() + "\"").toList())));
            }
        }
        return adding;
    }

    /** Whether table {@code index} of {@code f} is written as adding up ({@link #addingGrids}), for the screen. */
    public static boolean addsUp(FormMapping f, int index) {
        return index >= 0 && index < f.grids().size()
                && addingGrids(f, g -> true, new ArrayList<>()).contains(f.grids().get(index));
    }

    /**
     * A sheet named for a school level alone ({@code Primary}, {@code Lower Secondary}, as the built-in level list
     * spells them): the figures of that level, which a school of another level does not have.
     */
    static boolean levelSheet(String sheet) {
        return CodeLists.builtIn().require("level").code(sheet) != null;
    }

    /** How a label is written on its sheet: its text, inside its cell or not, the column it is read in. */
    private static String writtenAs(LabelMapping l) {
        return HeaderText.normalizeLabel(l.label()) + "|" + l.inside() + "|" + l.column();
    }

    /**
     * The texts of the tables and bands the officer set to not read (never those the program only guessed so),
     * for the sheet's {@code ignore}: their figures are then left out on purpose, and the next import does not
     * warn about them again. A band is left out by its own text; a table by its title, unless a table read
     * shares that title or band (bands side by side under one title).
     */
    static List<String> leftOutByHand(List<GridMapping> grids) {
        java.util.Set<String> read = new java.util.HashSet<>();
        for (GridMapping g : grids) {
            if (g.reads()) {
                read.add(HeaderText.normalizeLabel(g.title()));
                g.band().forEach(b -> read.add(HeaderText.normalizeLabel(b)));
            }
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (GridMapping g : grids) {
            if (g.reads() || !g.setByHand()) {
                continue;
            }
            for (String text : g.band().isEmpty() ? List.of(g.title()) : g.band()) {
                if (text != null && !text.isBlank() && !read.contains(HeaderText.normalizeLabel(text))) {
                    out.add(text);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * How many schools the mapped forms hold: per block when a sheet repeats its school-code label, per sheet
     * when several sheets are forms with the same school-code label and still read it, else per workbook.
     */
    public static SchoolsPer schoolsPer(List<FormMapping> forms) {
        if (forms.stream().anyMatch(f -> f.schools() == SchoolsPer.BLOCK && f.hasKey())) {
            return SchoolsPer.BLOCK;
        }
        return forms.stream().filter(f -> f.schools() == SchoolsPer.SHEET && f.hasKey()).count() >= 2
                ? SchoolsPer.SHEET : SchoolsPer.WORKBOOK;
    }

    /**
     * The draft of one school's form with the lists of people standing on its sheets ({@link PeopleLists}: the
     * teachers under a survey form's tables, issue #11) read too: a roster ({@code layout: roster}) whose entry of
     * labels and tables stays as drafted and is followed by a {@code staff} (or {@code pupils}) entry naming the same
     * sheet, its columns drafted as a list's sheet's are ({@link RosterDrafter}); the import reads that list from its
     * own header row down to its first blank row (decision 0119). A form of several schools, or a list whose columns
     * say no sex and one other person's field, is left as drafted: the import then says the list not read.
     */
    private static TemplateDrafter.Draft withListsOnForms(TemplateDrafter.Draft d, List<FormMapping> forms,
                                                          Map<String, List<List<Cell>>> samples, String id,
                                                          int version, String title) {
        if (d.template().layout() != Layout.GRID || d.template().schoolsPer() != SchoolsPer.WORKBOOK) {
            return d;
        }
        List<Message> notes = new ArrayList<>(d.notes());
        List<Object> entries = new ArrayList<>();
        Map<String, Object> lists = new LinkedHashMap<>();
        for (FormMapping f : forms) {
            List<List<Cell>> rows = samples.get(f.sheet());
            Set<String> kinds = new HashSet<>();
            for (PeopleLists.PeopleList list : rows == null ? List.<PeopleLists.PeopleList>of()
                    : PeopleLists.find(rows, 0)) {
                // The list's rows alone: the form's tables below it are no person's values.
                List<List<Cell>> own = rows.subList(0, list.lastRow() + 1);
                SheetMapping m = RosterDrafter.guessSheet(f.sheet(), own, list.headerRow() + 1);
                if (m == null || !kinds.add(RosterDrafter.kindOf(m))) {
                    continue;
                }
                try {
                    TemplateDrafter.Draft one = RosterDrafter.build(id, version, title, List.of(m), List.of(),
                            Map.of(f.sheet(), own));
                    Map<String, Object> root = readJson(one.json());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> entry = (Map<String, Object>) ((List<Object>) root.get("sheets")).get(0);
                    // The list is found under its own header wherever the form's tables above it end.
                    entry.remove("headerRow");
                    entries.add(entry);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> listsOfOne = (Map<String, Object>) root.getOrDefault("codeLists", Map.of());
                    listsOfOne.forEach(lists::putIfAbsent);
                    notes.addAll(one.notes());
                    notes.add(Message.of("draft.listOnForm", f.sheet(), list.range(), RosterDrafter.kindOf(m),
                            list.headerText()));
                } catch (TemplateException e) {
                    // Its columns make no list entry: the import says the list not read, naming its rows.
                }
            }
        }
        if (entries.isEmpty()) {
            return d;
        }
        Map<String, Object> root = readJson(d.json());
        root.put("layout", "roster");
        @SuppressWarnings("unchecked")
        List<Object> sheets = new ArrayList<>((List<Object>) root.get("sheets"));
        sheets.addAll(entries);
        root.put("sheets", sheets);
        if (!lists.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> codeLists = new LinkedHashMap<>((Map<String, Object>) root.getOrDefault("codeLists",
                    Map.of()));
            lists.forEach(codeLists::putIfAbsent);
            root.put("codeLists", codeLists);
        }
        try {
            String json = JSON.writeValueAsString(root) + "\n";
            return new TemplateDrafter.Draft(TemplateLoader.parse(json, id + ".json", null), json, notes);
        } catch (JsonProcessingException | TemplateException e) {
            return d; // the draft as it was: the list is then said not read by the check and the import
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readJson(String json) {
        try {
            return JSON.readValue(json, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a drafted template", e);
        }
    }

    /** Writes a template of the given layout from its sheets, and loads it back. */
    static TemplateDrafter.Draft write(String id, int version, String title, String layout, String yearLabel,
                                       List<Object> sheets, List<Message> notes) throws TemplateException {
        return write(id, version, title, layout, SchoolsPer.WORKBOOK, yearLabel, null, sheets, notes, Map.of());
    }

    /** As above, with the template's own code lists ({@code codeLists}; none when empty). */
    static TemplateDrafter.Draft write(String id, int version, String title, String layout, String yearLabel,
                                       List<Object> sheets, List<Message> notes, Map<String, Object> codeLists)
            throws TemplateException {
        return write(id, version, title, layout, SchoolsPer.WORKBOOK, yearLabel, null, sheets, notes, codeLists);
    }

    private static TemplateDrafter.Draft write(String id, int version, String title, String layout, SchoolsPer per,
                                               String yearLabel, String yearCalendar, List<Object> sheets,
                                               List<Message> notes,
                                               Map<String, Object> codeLists)
            throws TemplateException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", id);
        root.put("version", version);
        root.put("title", title);
        root.put("layout", layout);
        if (!codeLists.isEmpty()) {
            root.put("codeLists", codeLists);
        }
        if (per != SchoolsPer.WORKBOOK) {
            root.put("schools", per.json());
        }
        Map<String, Object> year = new LinkedHashMap<>();
        if (yearLabel != null) {
            year.put("labels", List.of(yearLabel));
        }
        year.put("fromFileName", true);
        if (yearCalendar != null) {
            year.put("calendar", yearCalendar);
        }
        root.put("year", year);
        root.put("sheets", sheets);
        String json;
        try {
            json = JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot write a template", ex);
        }
        Template t = TemplateLoader.parse(json, id + ".json", null);
        return new TemplateDrafter.Draft(t, json, notes);
    }

    /**
     * A sheet entry with the form's labels read, its sums and constants ({@code labels} absent when none
     * is read). In a roster of several schools ({@code keyedRoster}) only school attributes other than
     * the code can be labels: the others are left out with a note.
     */
    static Map<String, Object> labelSheet(FormMapping f, boolean keyedRoster, List<Message> notes) {
        Map<String, Object> sheet = new LinkedHashMap<>();
        sheet.put("names", List.of(f.sheet()));
        List<Object> labels = new ArrayList<>();
        Set<String> meanings = new HashSet<>();
        boolean key = false;
        for (LabelMapping l : f.labels()) {
            if (!l.reads()) {
                continue;
            }
            CanonicalField cf = CanonicalField.parse(l.field()).orElse(null);
            String why = null;
            if (cf == null || !(cf.kind() == CanonicalField.Kind.SCHOOL || cf.kind() == CanonicalField.Kind.FIXED)) {
                why = "draft.unknownField";
            } else if (cf.topic() != null && cf.topic().bySex() && l.sex() == null) {
                why = "draft.needsSex";
            } else if (keyedRoster && (cf.kind() != CanonicalField.Kind.SCHOOL || l.key())) {
                why = "draft.notForSeveral";
            } else if (!meanings.add(cf.name() + "|" + l.sex())) {
                why = "draft.twice";
            }
            if (why != null) {
                notes.add(Message.of(why, f.sheet(), l.cell(), l.label(), l.field()));
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            if (l.fromSheetName() || l.fromFileName()) {
                // The sheet's or the file's name has no label text to look for.
                m.put("field", cf.name());
                m.put("position", l.fromFileName() ? FileNameLabels.FILE_NAME : SheetNameLabels.SHEET_NAME);
                labels.add(m);
                key |= l.key();
                continue;
            }
            m.put("labels", l.labels());
            m.put("field", cf.name());
            if (cf.name().equals("school.district") && l.value() != null && !l.value().isBlank()
                    && !FormCells.codeLike(l.value().strip())) {
                // A district by its name (Lusaka): still the district, as docs/templates.md section 11 says why; the
                // note answers the officer who would map it to school.district_name (review 25, F10.5).
                notes.add(Message.of("draft.districtByName", l.cell(), l.label(), l.value().strip()));
            }
            if (cf.topic() != null && cf.topic().bySex()) {
                m.put("sex", l.sex());
            }
            if (l.codeList() != null) {
                m.put("codeList", l.codeList());
            }
            if (!l.ticks().isEmpty()) {
                m.put("ticks", l.ticks());
            } else if (l.inside()) {
                m.put("position", InsideLabels.INSIDE);
            } else if (l.column() != null) {
                m.put("column", List.of(l.column()));
                if (!l.band().isEmpty()) {
                    m.put("band", l.band());
                }
            } else if (l.below()) {
                // A block of labels side by side ("Qualified F | Qualified M") holds its values on the row below.
                m.put("position", "below");
            }
            labels.add(m);
            key |= l.key();
        }
        for (SumMapping s : f.sums()) {
            if (keyedRoster && s.difference()) {
                // A count belongs to one school: its two labels are noted above as not for several schools.
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            if (s.label() != null) {
                // Professores | 6 | 2 under | HM | M: the row's label, the two columns' headings.
                m.put("labels", List.of(s.label()));
            } else if (!s.rows().isEmpty()) {
                // Professores | HM | M over category rows: each row's HM less its M, added up.
                m.put("sumOf", s.rows());
            }
            m.put(s.difference() ? "differenceOf" : "sumOf", s.headers());
            m.put("field", s.field());
            if (s.sex() != null) {
                m.put("sex", s.sex());
            }
            if (s.column() != null) {
                m.put("column", List.of(s.column()));
                if (!s.bands().isEmpty()) {
                    m.put("band", s.bands());
                }
            } else if (StatusLabels.inside(f.labels(), s)) {
                m.put("position", InsideLabels.INSIDE);
            } else if (s.difference() && belowLabels(f.labels(), s)) {
                // A block of labels side by side ("Teachers | Female teachers") holds its values on the row below.
                m.put("position", "below");
            }
            labels.add(m);
        }
        if (key) {
            sheet.put("required", List.of("school.code"));
        }
        if (!labels.isEmpty()) {
            sheet.put("labels", labels);
        }
        if (!f.constants().isEmpty()) {
            sheet.put("constants", f.constants());
        }
        return sheet;
    }

    /** True when every label {@code sum} names is a label of the form whose value is below it. */
    private static boolean belowLabels(List<LabelMapping> labels, SumMapping sum) {
        return !sum.headers().isEmpty() && sum.headers().stream().allMatch(h -> labels.stream()
                .anyMatch(l -> l.below() && l.label().equals(h)));
    }

    /** Labels that say "number" alone ({@code N°}, {@code No.}, {@code Numéro}), folded: on a form, the school's. */
    private static final java.util.Set<String> NUMBER_LABELS = java.util.Set.of("n", "no", "n o", "nr", "numero");

    private static boolean numberLabel(String text) {
        return NUMBER_LABELS.contains(DraftVocabulary.fold(text));
    }

    /** True when a text of the sheet is a label the draft knows for the school code ({@code Code de l'école}). */
    private static boolean keyLabelOn(List<List<Cell>> rows) {
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() == CellKind.TEXT && !c.isBlank()) {
                    String text = stripColon(TemplateDrafter.oneLine(c.text()));
                    DraftVocabulary.Guess g = text.isEmpty() ? null : DraftVocabulary.guess(text, "enrolment");
                    if (g != null && g.key()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String stripColon(String text) {
        String t = text.strip();
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** True when the next filled cell right of a label is another label that names a field. */
    private static boolean nextIsLabel(List<List<Cell>> rows, Cell label) {
        for (Cell c : rows.get(label.row())) {
            if (c.col() > label.col() && !c.isBlank()) {
                return c.kind() == CellKind.TEXT && (FormCells.isLabelLike(c)
                        || DraftVocabulary.guess(stripColon(c.text()), "enrolment") != null);
            }
        }
        return false;
    }

    /**
     * True for a label without colon whose right-hand neighbour is text and whose cell below is a number:
     * a block of headers ("Enseignantes titulaires | Enseignants titulaires") with its figures below, even
     * when no header of the block names a known field.
     */
    private static boolean besideLabelWithNumberBelow(List<List<Cell>> rows, Cell label) {
        if (FormCells.isLabelLike(label) || label.row() + 1 >= rows.size()) {
            return false;
        }
        Cell right = null;
        for (Cell c : rows.get(label.row())) {
            if (c.col() > label.col() && !c.isBlank()) {
                right = c;
                break;
            }
        }
        if (right == null || right.kind() != CellKind.TEXT) {
            return false;
        }
        for (Cell c : rows.get(label.row() + 1)) {
            if (c.col() == label.col()) {
                return c.kind() == CellKind.NUMBER;
            }
        }
        return false;
    }

    /** The filled cell right of a label on its row (the first one), else (or when {@code below}) the cell below it. */
    private static Cell valueOf(List<List<Cell>> rows, Cell label, boolean below) {
        for (Cell c : rows.get(label.row())) {
            if (!below && c.col() > label.col() && !c.isBlank()) {
                return FormCells.isLabelLike(c) ? null : c;
            }
        }
        if (label.row() + 1 < rows.size()) {
            for (Cell c : rows.get(label.row() + 1)) {
                if (c.col() == label.col() && !c.isBlank() && !FormCells.isLabelLike(c)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Labels of a school attribute that also name other things: {@code Zone} is urban/rural, or a cluster, or an area. */
    private static boolean wordOfTwoMeanings(String label) {
        String folded = " " + DraftVocabulary.fold(label) + " ";
        return folded.contains(" zone ") || folded.contains(" zona ") || folded.contains(" location ");
    }
}
