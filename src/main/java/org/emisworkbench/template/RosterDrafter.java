package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.model.Message;

/**
 * Drafts a roster template: a pupils or staff list (one row per person) whose columns are guessed from
 * their headers in English or French ("Sexe", "Date de naissance", "Classe", "Diplôme"…), with the
 * school-code column as the key of a list holding several schools; beside it, the sheets of labels
 * ({@link FormMapping}) give the school code of a list of one school.
 */
public final class RosterDrafter {
    /** Fields of both lists, written as the pupil field; a staff list reads them as its own. */
    private static final Map<String, String> STAFF_TWIN = Map.of("pupil.sex", "staff.sex",
            "pupil.birth_date", "staff.birth_date");
    private static final List<ColumnSpec> COLUMNS = List.of(
            column("pupil.sex", "Sex", "Gender", "M/F", "F/M", "Sexe", "Genre", "Sexo", "Género", "H/F", "H/M"),
            column("pupil.birth_date", "Date of birth", "Birth date", "Birthdate", "DOB", "Born", "Date de naissance",
                    "Né le", "Née le", "Né(e) le", "Date naissance", "Data de nascimento", "Data nascimento",
                    "Data de nasc", "Nascido em"),
            column("pupil.age", "Age", "Age in years", "Âge", "Age (ans)", "Idade"),
            column("pupil.grade", "Grade", "Class", "Standard", "Year group", "Year level",
                    "Classe", "Niveau", "Cours", "Niveau d'études", "Ano", "Ano de escolaridade", "Classe frequentada"),
            column("pupil.status", "Status", "From", "Pupil status", "New/Repeater", "Statut", "Provenance",
                    "Situation", "Nouveau/Redoublant", "Statut de l'élève", "Situação", "Novo/Repetente"),
            column("pupil.disability", "Disability", "Disability type", "Handicap", "Type de handicap",
                    "Deficiência", "Necessidades educativas especiais"),
            column("staff.qualification", "Qualification", "Highest qualification", "Academic qualification",
                    "Diplôme", "Diplôme le plus élevé", "Qualification la plus élevée", "Diplôme académique",
                    "Habilitações", "Habilitações literárias", "Habilitação",
                    // A Philippines/Bangladesh staff list (review 26, F8).
                    "Highest Educational Attainment", "Educational attainment", "Highest educational qualification",
                    "Highest level of education", "Highest education", "Niveau de diplôme", "Nível académico"),
            column("staff.certified", "Certified", "Teaching certificate", "Trained", "Certifié", "Certifiée",
                    "Certification", "Diplôme professionnel", "Formação pedagógica",
                    "Trained (Yes/No)", "Trained (Y/N)", "Trained?", "Professionally trained", "Teacher training",
                    "Formé", "Formé(e)", "Formé (oui/non)", "Formado", "Formado (sim/não)"),
            column("staff.type", "Staff type", "Type", "Function", "Role", "Position", "Fonction", "Poste",
                    "Type de personnel", "Função", "Cargo"),
            column("staff.employment", "Employment", "Employment status", "Contract", "Full/part time",
                    "Statut d'emploi", "Contrat", "Temps de travail", "Vínculo", "Regime"));
    private static final HeaderMatcher KEYED = matcher(true);
    /** The field of a key column naming the schools instead of coding them. */
    static final String NAME_KEY = "school.name";
    private static final HeaderMatcher ONE_SCHOOL = matcher(false);

    private RosterDrafter() {
    }

    private static ColumnSpec column(String field, String... headers) {
        return new ColumnSpec(DraftVocabulary.withFolded(List.of(headers)), List.of(), field, null, null, null, null,
                null);
    }

    private static HeaderMatcher matcher(boolean keyed) {
        List<String> key = keyed ? DraftVocabulary.withFolded(DraftVocabulary.KEY) : List.of();
        return HeaderMatcher.compile(new SheetSpec(List.of("*"), false, null, key, "pupils", COLUMNS, null, null, null),
                CodeLists.builtIn(), new ArrayList<>(), "roster vocabulary");
    }

    /**
     * Guesses a sheet as a pupils or staff list.
     *
     * @param headerRow 1-based header row chosen by the officer, or null to find it
     * @return the mapping (a staff list when a staff column or the sheet's name says so), or null when the
     *         header names no sex and one other person column (with {@code headerRow} given: that row's
     *         columns, whatever they name)
     */
    public static SheetMapping guessSheet(String sheet, List<List<Cell>> rows, Integer headerRow) {
        HeaderLayout h = HeaderLocator.locate(rows, KEYED, headerRow);
        HeaderLayout loose = HeaderLocator.locate(rows, ONE_SCHOOL, headerRow);
        if (h == null || loose != null && loose.matched() > h.matched() + 1) {
            h = loose;
        }
        int first;
        if (h != null) {
            first = h.firstRow();
        } else if (headerRow != null && headerRow - 1 < rows.size()) {
            first = headerRow - 1;
        } else {
            return null;
        }
        int last = h == null ? first : h.lastRow();
        String[] texts = HeaderLocator.columnTexts(rows, first, last);
        int nameKey = h == null || h.keyColumn() >= 0 ? -1 : schoolNameColumn(texts, h);
        boolean keyed = h != null && h.keyColumn() >= 0 || nameKey >= 0;
        List<ColumnMapping> columns = new ArrayList<>();
        Set<String> fields = new HashSet<>();
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] == null || texts[c].isBlank()) {
                continue;
            }
            HeaderMatcher.Match m = h == null || c >= h.byColumn().length ? null : h.byColumn()[c];
            if (c == nameKey) {
                // No school code anywhere: the schools' names are the key, matched against the master list.
                columns.add(new ColumnMapping(c, texts[c], NAME_KEY, true, false, null, null, null, null, 0.8));
                continue;
            }
            if (m != null && m.column() == HeaderMatcher.KEY) {
                columns.add(new ColumnMapping(c, texts[c], null, true, false, null, null, null, null, 0.9));
                continue;
            }
            String field = m == null ? null : COLUMNS.get(m.column()).field();
            if (field == null && keyed) {
                // A list of several schools carries each school's own columns (name, district…).
                DraftVocabulary.Guess g = DraftVocabulary.guess(texts[c], "enrolment");
                CanonicalField f = g == null || g.key() ? null : CanonicalField.parse(g.field()).orElse(null);
                // With the names as key, another "name" column (Nom, Name) is the person's, never the school's.
                field = f != null && f.kind() == CanonicalField.Kind.SCHOOL
                        && !(NAME_KEY.equals(f.name()) && (nameKey >= 0 || !saysSchool(texts[c]))) ? f.name() : null;
            }
            if (field == null && m == null && RosterLeftOut.leftOut(texts[c], rows, last, c)) {
                columns.add(ColumnMapping.leftOut(c, texts[c], 0.7));
            } else if (field == null || !fields.add(field)) {
                columns.add(ColumnMapping.unread(c, texts[c]));
            } else {
                columns.add(new ColumnMapping(c, texts[c], field, false, false, null, null, null, null, 0.9));
            }
        }
        boolean staff = fields.stream().anyMatch(f -> f.startsWith("staff."))
                || DraftVocabulary.fold(sheet).matches(".*(staff|personnel|enseignant|teacher|maitre|agent).*");
        List<ColumnMapping> out = new ArrayList<>();
        CodeList grades = CodeLists.builtIn().require("grade");
        for (ColumnMapping c : columns) {
            if (c.key()) {
                out.add(c);
                continue;
            }
            String f = c.field();
            String grade = staff && f == null && !c.key() && !c.leftOut() ? grades.code(c.header()) : null;
            if (grade != null) {
                // A staff list's grade columns mark the grades each person teaches ("x" under G1…).
                out.add(new ColumnMapping(c.col(), c.header(), "staff.grade_taught", false, false, null, grade, null,
                        null, 0.8));
                continue;
            }
            if (f != null && staff && f.startsWith("pupil.")) {
                f = STAFF_TWIN.get(f);
            } else if (f != null && !staff && f.startsWith("staff.")) {
                f = null;
            }
            out.add(f == null && c.field() != null ? ColumnMapping.unread(c.col(), c.header())
                    : f == null ? c : new ColumnMapping(c.col(), c.header(), f, false, false, null, null, null, null,
                    c.confidence()));
        }
        boolean sex = out.stream().anyMatch(c -> c.field() != null && c.field().endsWith(".sex"));
        long person = out.stream().filter(c -> c.field() != null && !c.field().startsWith("school.")).count();
        if (headerRow == null && (!sex || person < 2)) {
            return null;
        }
        if (headerRow == null && !staff && countsBeside(out, rows, last)) {
            return null;
        }
        return new SheetMapping(sheet, first, last, headerRow != null, out, Map.of(), List.of());
    }

    /**
     * True when a column the list leaves unread holds counts ({@code Enrolment}: 38, 41, 27 …) beside its grade and sex
     * columns, and no column gives a pupil's date of birth or age: one row per school, grade and sex with its number
     * of pupils (a long export), never one row per pupil. Read as a register, each row would be stored as one pupil
     * and the figures left unread (review 30, A1). A column numbering the rows (No 1, 2, 3 …) is no count.
     */
    private static boolean countsBeside(List<ColumnMapping> columns, List<List<Cell>> rows, int header) {
        if (columns.stream().anyMatch(c -> "pupil.birth_date".equals(c.field()) || "pupil.age".equals(c.field()))) {
            return false;
        }
        return columns.stream().anyMatch(c -> !c.key() && c.field() == null && c.header() != null
                && !(DraftVocabulary.serial(c.header()) && SerialColumn.numbersRows(c.header(), rows, header, c.col()))
                && !identifiers(rows, header, c.col()) && LongExportDrafter.countColumn(rows, header, c.col()));
    }

    /**
     * True when every value below the header is a whole number of one length of 4 digits or more ({@code 406521},
     * a pupil's UPI, a school's code): numbers that name, not counts.
     */
    private static boolean identifiers(List<List<Cell>> rows, int header, int col) {
        Set<Integer> lengths = new HashSet<>();
        int n = 0;
        for (int r = header + 1; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.col() == col && !c.isBlank()) {
                    String v = c.shown().strip();
                    if (!v.matches("\\d{4,}")) {
                        return false;
                    }
                    lengths.add(v.length());
                    n++;
                }
            }
        }
        return n > 0 && lengths.size() == 1;
    }

    /**
     * The column naming each row's school ({@code School name}, {@code Nom de l'école}, {@code Escola}) of a
     * list with no school-code column, or -1. Only a header that says school: a bare {@code Name} or
     * {@code Nom} is the pupil's.
     */
    private static int schoolNameColumn(String[] texts, HeaderLayout h) {
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] == null || texts[c].isBlank() || c < h.byColumn().length && h.byColumn()[c] != null) {
                continue;
            }
            DraftVocabulary.Guess g = DraftVocabulary.guess(texts[c], "enrolment");
            if (g != null && !g.key() && NAME_KEY.equals(g.field()) && saysSchool(texts[c])) {
                return c;
            }
        }
        return -1;
    }

    /** True when a header names the school ({@code School}, {@code École}, {@code Escola}…), not just a name. */
    static boolean saysSchool(String header) {
        return DraftVocabulary.fold(header).matches(".*\\b(school|ecole|escola|etablissement)\\b.*");
    }

    /** True when the list's key column names the schools rather than coding them ({@code "schoolKey": "name"}). */
    public static boolean keyedByName(SheetMapping table) {
        ColumnMapping key = table.keyColumn();
        return key != null && NAME_KEY.equals(key.field());
    }

    /**
     * The sheets of labels of a roster workbook, as drafted: the sheets that are not lists and read something,
     * and on a list's own sheet the labels above its header ("School code: VU-0417" over the class list).
     */
    public static List<FormMapping> labelsBeside(List<FormMapping> forms, Map<String, SheetMapping> lists) {
        List<FormMapping> out = new ArrayList<>();
        for (FormMapping f : forms) {
            SheetMapping list = lists.get(f.sheet());
            if (list == null) {
                if (f.readsAnything()) {
                    out.add(f);
                }
                continue;
            }
            List<LabelMapping> above = f.labels().stream().filter(l -> l.reads() && l.row() < list.firstRow())
                    .toList();
            if (!above.isEmpty()) {
                out.add(new FormMapping(f.sheet(), above, List.of(), f.yearLabel(), Map.of(), List.of(), null,
                        f.yearCalendar()));
            }
        }
        return out;
    }

    /**
     * The graded figures the pupils lists count themselves: enrolment, repeaters and new entrants with a status
     * column, disabled pupils with a disability column. A table of them on the label sheet would read them twice.
     */
    private static Set<String> countedByPupils(List<SheetMapping> tables) {
        Set<String> out = new HashSet<>();
        for (SheetMapping t : tables) {
            if (!kindOf(t).equals("pupils")) {
                continue;
            }
            out.add("enrolment");
            for (ColumnMapping c : t.columns()) {
                if ("pupil.status".equals(c.field())) {
                    out.add("repeaters");
                    out.add("new_entrants");
                } else if ("pupil.disability".equals(c.field())) {
                    out.add("disabled");
                }
            }
        }
        return out;
    }

    /** {@code staff} when a column is read as a staff field, else {@code pupils}. */
    public static String kindOf(SheetMapping table) {
        return table.columns().stream().anyMatch(c -> c.field() != null && c.field().startsWith("staff."))
                ? "staff" : "pupils";
    }

    /**
     * Writes a roster template: each list with its columns header by header (the key column of a list of
     * several schools as its {@code key}), and the sheets of labels. Columns that cannot be written (a
     * field of the other list, a figure read twice, two columns under one header) are left out and named.
     */
    public static TemplateDrafter.Draft build(String id, int version, String title, List<SheetMapping> tables,
                                             List<FormMapping> labelSheets) throws TemplateException {
        return build(id, version, title, tables, labelSheets, Map.of());
    }

    /**
     * As above; a sex column writing numbers explained by a legend on its sheet ({@link SexLegend}, read from
     * {@code samples}) gives the template's own {@code sex} list.
     */
    public static TemplateDrafter.Draft build(String id, int version, String title, List<SheetMapping> tables,
                                             List<FormMapping> labelSheets, Map<String, List<List<Cell>>> samples)
            throws TemplateException {
        List<Message> notes = new ArrayList<>();
        List<Object> sheets = new ArrayList<>();
        boolean keyed = tables.stream().anyMatch(t -> t.keyColumn() != null);
        String yearLabel = null;
        Set<String> listSheets = new HashSet<>(tables.stream().map(SheetMapping::sheet).toList());
        Map<String, Map<String, Object>> labelsOnLists = new LinkedHashMap<>();
        Set<String> counted = countedByPupils(tables);
        for (FormMapping f : labelSheets) {
            Map<String, Object> sheet = FormDrafter.labelSheet(f, keyed, notes);
            if (!keyed && !listSheets.contains(f.sheet())) {
                // A return's table of counts beside its staff list (decision 0083), never a figure a pupils list counts.
                FormDrafter.putGrids(f, sheet, g -> !counted.contains(g.field()), notes);
            }
            if (sheet.containsKey("labels")) {
                if (keyed) {
                    sheet.remove("required");
                }
                if (listSheets.contains(f.sheet())) {
                    // Labels above a list are read from the list's own sheet: one sheet, both read.
                    labelsOnLists.put(f.sheet(), sheet);
                } else {
                    sheets.add(sheet);
                }
            }
            yearLabel = yearLabel != null ? yearLabel : f.yearLabel();
        }
        for (SheetMapping t : tables) {
            String kind = kindOf(t);
            Map<String, Object> sheet = new LinkedHashMap<>();
            sheet.put("names", List.of(t.sheet()));
            Map<String, Object> labels = labelsOnLists.getOrDefault(t.sheet(), Map.of());
            labels.forEach((k, v) -> {
                // "required" of a list names its columns; a missing code label is refused all the same (no code).
                if (!k.equals("names") && !k.equals("required")) {
                    sheet.put(k, v);
                }
            });
            sheet.put("kind", kind);
            if (t.headerRowSet()) {
                sheet.put("headerRow", t.firstRow() + 1);
            }
            ColumnMapping key = t.keyColumn();
            Set<String> headers = new HashSet<>();
            if (key != null) {
                sheet.put("key", List.of(TemplateDrafter.oneLine(key.header())));
                headers.add(HeaderText.normalizeLabel(TemplateDrafter.oneLine(key.header())));
                if (keyedByName(t)) {
                    sheet.put("schoolKey", SheetSpec.BY_NAME);
                    notes.add(Message.of("draft.schoolsByName", t.sheet(), key.letters(),
                            TemplateDrafter.oneLine(key.header())));
                }
            }
            List<Object> columns = new ArrayList<>();
            Set<String> meanings = new HashSet<>();
            for (ColumnMapping c : t.columns()) {
                if (c.field() == null || c.key()) {
                    continue;
                }
                CanonicalField f = CanonicalField.parse(c.field()).orElse(null);
                boolean gradeTaught = "staff.grade_taught".equals(c.field());
                String why = null;
                if (f == null || !(f.kind() == (kind.equals("staff") ? CanonicalField.Kind.STAFF
                        : CanonicalField.Kind.PUPIL) || f.kind() == CanonicalField.Kind.SCHOOL && key != null)) {
                    why = "draft.unknownField";
                } else if (gradeTaught && c.grade() == null) {
                    why = "draft.needsGrade";
                } else if (!meanings.add(f.name() + (gradeTaught ? c.grade() : ""))) {
                    why = "draft.twice";
                } else if (!headers.add(HeaderText.normalizeLabel(TemplateDrafter.oneLine(c.header())))) {
                    why = "draft.sameHeader";
                }
                if (why != null) {
                    notes.add(Message.of(why, t.sheet(), c.letters(), TemplateDrafter.oneLine(c.header()), c.field()));
                    continue;
                }
                Map<String, Object> col = new LinkedHashMap<>();
                col.put("headers", List.of(TemplateDrafter.oneLine(c.header())));
                col.put("field", f.name());
                if (gradeTaught) {
                    col.put("grade", c.grade());
                }
                if (c.codeList() != null) {
                    col.put("codeList", c.codeList());
                }
                columns.add(col);
            }
            sheet.put("columns", columns);
            List<String> ignore = t.columns().stream().filter(c -> c.leftOut() && !c.reads())
                    .map(c -> TemplateDrafter.oneLine(c.header())).filter(h -> !h.isEmpty()).distinct().toList();
            if (!ignore.isEmpty()) {
                sheet.put("ignore", ignore);
            }
            for (SumMapping sum : t.sums()) {
                // A list counts people: a sum of its columns means nothing to the roster reader.
                notes.add(Message.of("draft.noSumsInLists", t.sheet(), sum.field(), String.join(" + ", sum.headers())));
            }
            if (!t.constants().isEmpty()) {
                sheet.put("constants", t.constants());
            }
            if (continuesKey(t, samples.get(t.sheet()))) {
                sheet.put("keyContinues", true);
            }
            sheets.add(sheet);
        }
        Map<String, Object> lists = new LinkedHashMap<>(legend(tables, samples));
        if (qualificationsToSort(tables, samples, notes)) {
            // Left empty: the built-in spellings stay, and each value the draft met is the officer's to sort.
            Map<String, Object> sort = new LinkedHashMap<>();
            sort.put("yes", List.of());
            sort.put("no", List.of());
            lists.put("qualification", sort);
        }
        return FormDrafter.write(id, version, title, "roster", yearLabel, sheets, notes, lists);
    }

    /**
     * True when the sample of a list of several schools has rows without a school code but with a person's values
     * below a row with one: each school's code written on its first row only (decision 0107), as
     * {@link RowDimensionDrafter#continuesKey} finds it on a wide sheet.
     */
    static boolean continuesKey(SheetMapping t, List<List<Cell>> rows) {
        ColumnMapping key = t.keyColumn();
        if (key == null || rows == null) {
            return false;
        }
        java.util.Set<Integer> read = new HashSet<>();
        t.columns().stream().filter(c -> c.field() != null && !c.key()).forEach(c -> read.add(c.col()));
        return ContinuedKeys.rows(rows, t.lastRow() + 1, key.col(), read::contains) > 0;
    }

    /**
     * The values of staff lists' qualification columns (read through the built-in list) that the
     * {@code qualification} list does not know ({@code PTC}, {@code CAP}, {@code BEPC}): each column's are named
     * in a note with the JSON that sorts them, never guessed qualified or not. True when there were any.
     */
    private static boolean qualificationsToSort(List<SheetMapping> tables, Map<String, List<List<Cell>>> samples,
                                                List<Message> notes) {
        CodeList known = CodeLists.builtIn().require("qualification");
        boolean any = false;
        for (SheetMapping t : tables) {
            List<List<Cell>> rows = samples == null ? null : samples.get(t.sheet());
            for (ColumnMapping c : t.columns()) {
                if (rows == null || !"staff.qualification".equals(c.field()) || c.codeList() != null) {
                    continue;
                }
                java.util.Set<String> unknown = new java.util.LinkedHashSet<>();
                for (int r = t.lastRow() + 1; r < rows.size(); r++) {
                    for (Cell cell : rows.get(r)) {
                        if (cell.col() == c.col() && !cell.isBlank() && known.code(cell.text().strip()) == null) {
                            unknown.add(cell.text().strip());
                        }
                    }
                }
                if (unknown.isEmpty()) {
                    continue;
                }
                any = true;
                String quoted = String.join(", ", unknown.stream().map(v -> "\"" + v.replace("\"", "\\\"") + "\"")
                        .toList());
                notes.add(Message.of("draft.qualificationsToSort", t.sheet(), c.letters(),
                        TemplateDrafter.oneLine(c.header()), String.join(", ", unknown),
                        "\"codeLists\": {\"qualification\": {\"yes\": [ ... ], \"no\": [ ... ]}}", quoted));
            }
        }
        return any;
    }

    /** The {@code sex} list the sex columns' legends give, when they agree; else none. */
    private static Map<String, Object> legend(List<SheetMapping> tables, Map<String, List<List<Cell>>> samples) {
        Map<String, List<String>> found = Map.of();
        for (SheetMapping t : tables) {
            List<List<Cell>> rows = samples == null ? null : samples.get(t.sheet());
            for (ColumnMapping c : t.columns()) {
                if (rows == null || c.field() == null || !c.field().endsWith(".sex") || c.codeList() != null) {
                    continue;
                }
                Map<String, List<String>> l = SexLegend.find(rows, t.lastRow(), c.col());
                if (!l.isEmpty() && !found.isEmpty() && !found.equals(l)) {
                    return Map.of();
                }
                found = l.isEmpty() ? found : l;
            }
        }
        return found.isEmpty() ? Map.of() : Map.of("sex", found);
    }
}
