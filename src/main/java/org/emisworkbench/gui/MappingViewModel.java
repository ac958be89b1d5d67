package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.CanonicalField;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.SheetMapping;
import org.emisworkbench.template.SumMapping;

/**
 * The mapping screen: a workbook no template fits, its sheets, and for each column the field it is read
 * as (guessed from its header, or set by the officer), with a live preview of what an import with the
 * template so far would read. Saving writes the template into the workspace's templates folder and hands
 * the file to the import.
 */
public final class MappingViewModel {
    /** Field choice meaning "this column is not read". */
    public static final String IGNORE = "-";
    /** Field choice meaning "this column is the school code". */
    public static final String KEY = "school.code";

    private final Session session;
    private final TemplateWorkshop workshop;
    private final BiConsumer<Path, String> importWith;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty();
    private final ObjectProperty<TemplateWorkshop.SheetPreview> grid = new SimpleObjectProperty<>();
    private final IntegerProperty headerRow = new SimpleIntegerProperty();
    private final BooleanProperty included = new SimpleBooleanProperty();
    private final ObservableList<ColumnMapping> columns = FXCollections.observableArrayList();
    private final StringProperty constantsText = new SimpleStringProperty("");
    private final StringProperty sumsText = new SimpleStringProperty("");
    private final StringProperty extrasProblem = new SimpleStringProperty("");
    private final StringProperty templateId = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty previewSummary = new SimpleStringProperty("");
    private final ObservableList<String> previewSchools = FXCollections.observableArrayList();
    private final ObservableList<String> previewProblems = FXCollections.observableArrayList();
    private final ObservableList<String> previewUnread = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final IntegerProperty checks = new SimpleIntegerProperty();
    private final ObservableList<String> fields = FXCollections.observableArrayList();

    private TemplateWorkshop.DraftWorkbook workbook;
    /** First values below each header of the last preview, by "sheet|column letters". */
    private final Map<String, String> examples = new java.util.HashMap<>();
    private final Map<String, SheetMapping> mappings = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();
    private Cancellation checkCancel = new Cancellation();
    private boolean quiet;

    /**
     * @param importWith imports a file with a template id once the template is saved
     */
    public MappingViewModel(Session session, TemplateWorkshop workshop, BiConsumer<Path, String> importWith) {
        this.session = session;
        this.workshop = workshop;
        this.importWith = importWith;
        fields.add(IGNORE);
        fields.add(KEY);
        fields.addAll(CanonicalField.all().stream().filter(f -> !f.equals(KEY) && wideField(f)).toList());
        sheet.addListener((o, a, b) -> showSheet());
    }

    private static boolean wideField(String name) {
        CanonicalField f = CanonicalField.parse(name).orElse(null);
        return f != null && (f.kind() == CanonicalField.Kind.SCHOOL || f.kind() == CanonicalField.Kind.GRADED
                || f.kind() == CanonicalField.Kind.FIXED);
    }

    /** Reads the workbook's first rows and guesses its mappings, in the background. */
    public void open(Path workbookFile) {
        file.set(workbookFile);
        loading.set(true);
        templateId.set(TemplateWorkshop.idFor(workbookFile));
        title.set(session.t("mapping.defaultTitle", workbookFile.getFileName().toString()));
        session.runner().fetch((p, c) -> workshop.open(workbookFile), wb -> {
            loading.set(false);
            workbook = wb;
            mappings.clear();
            used.clear();
            for (SheetMapping m : wb.guessed()) {
                mappings.put(m.sheet(), m);
                used.add(m.sheet());
            }
            notes.set(String.join("\n", wb.notes().stream().map(session::t).toList()));
            sheets.setAll(wb.previews().stream().map(TemplateWorkshop.SheetPreview::sheet).toList());
            String first = wb.guessed().isEmpty() ? (sheets.isEmpty() ? null : sheets.get(0))
                    : wb.guessed().get(0).sheet();
            if (first != null && first.equals(sheet.get())) {
                showSheet();
            } else {
                sheet.set(first);
            }
            refresh();
        }, e -> {
            loading.set(false);
            session.fail(session.t("mapping.openFailed"), e);
        });
    }

    private void showSheet() {
        String name = sheet.get();
        quiet = true;
        try {
            grid.set(workbook == null || name == null ? null : workbook.previews().stream()
                    .filter(p -> p.sheet().equals(name)).findFirst().orElse(null));
            SheetMapping m = name == null ? null : mappings.get(name);
            columns.setAll(m == null ? List.of() : m.columns());
            headerRow.set(m == null ? 0 : m.firstRow() + 1);
            included.set(name != null && used.contains(name));
            constantsText.set(m == null ? "" : constantsToText(m.constants()));
            sumsText.set(m == null ? "" : sumsToText(m.sums()));
            extrasProblem.set("");
        } finally {
            quiet = false;
        }
    }

    /** Reads the sheet with its header on {@code row} (1-based), guessing its columns again. */
    public void setHeaderRow(int row) {
        if (workbook == null || sheet.get() == null || row < 1) {
            return;
        }
        // The guess works on the rows already read (at most a few dozen): no file is opened here.
        SheetMapping m = workshop.guessSheet(workbook, sheet.get(), row);
        if (m == null) {
            return;
        }
        mappings.put(sheet.get(), m);
        used.add(sheet.get());
        showSheet();
        refresh();
    }

    /** Takes the current sheet into the template, or leaves it out. */
    public void setIncluded(boolean use) {
        if (quiet || sheet.get() == null) {
            return;
        }
        if (use && !mappings.containsKey(sheet.get())) {
            setHeaderRow(1);
            return;
        }
        if (use) {
            used.add(sheet.get());
        } else {
            used.remove(sheet.get());
        }
        included.set(use);
        refresh();
    }

    /**
     * Sets what column {@code index} of the current sheet is read as.
     *
     * @param field {@link #IGNORE}, {@link #KEY} or a canonical field
     */
    public void setColumn(int index, String field, String sex, String grade, String age) {
        setColumn(index, field, sex, grade, age, false);
    }

    /**
     * Sets what column {@code index} of the current sheet is read as; {@code total} marks a total column of
     * the field (compared with the columns it adds up, never stored).
     */
    public void setColumn(int index, String field, String sex, String grade, String age, boolean total) {
        SheetMapping m = mappings.get(sheet.get());
        if (m == null || index < 0 || index >= m.columns().size()) {
            return;
        }
        ColumnMapping c = m.columns().get(index);
        ColumnMapping changed = field == null || IGNORE.equals(field) ? c.withField(null, null, null, null)
                : KEY.equals(field) ? c.asKey() : total ? c.asTotal(field, blankToNull(sex))
                : c.withField(field, blankToNull(sex), blankToNull(grade), blankToNull(age));
        SheetMapping next = m.with(index, changed);
        mappings.put(sheet.get(), next);
        used.add(sheet.get());
        columns.setAll(next.columns());
        included.set(true);
        refresh();
    }

    /**
     * Leaves column {@code index} of the current sheet out on purpose: not read, and written into the
     * template's {@code ignore} so that imports do not report it as a column nobody matched.
     */
    public void leaveOut(int index) {
        SheetMapping m = mappings.get(sheet.get());
        if (m == null || index < 0 || index >= m.columns().size()) {
            return;
        }
        ColumnMapping c = m.columns().get(index);
        SheetMapping next = m.with(index, ColumnMapping.leftOut(c.col(), c.header(), 1));
        mappings.put(sheet.get(), next);
        used.add(sheet.get());
        columns.setAll(next.columns());
        included.set(true);
        refresh();
    }

    /**
     * Sets the current sheet's constants ({@code field = value} per line) and sums
     * ({@code field [F|M] = Header + Header} per line); a line that cannot be read is named, nothing applied.
     */
    public boolean setExtras(String constants, String sums) {
        SheetMapping m = mappings.get(sheet.get());
        if (m == null) {
            return false;
        }
        Map<String, String> cons = new LinkedHashMap<>();
        List<SumMapping> sumList = new ArrayList<>();
        for (String line : lines(constants)) {
            int eq = line.indexOf('=');
            if (eq <= 0 || line.substring(eq + 1).isBlank()) {
                extrasProblem.set(session.t("mapping.badConstant", line));
                return false;
            }
            cons.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        for (String line : lines(sums)) {
            int eq = line.indexOf('=');
            String[] left = eq <= 0 ? new String[0] : line.substring(0, eq).strip().split("\\s+");
            List<String> parts = eq <= 0 ? List.of() : List.of(line.substring(eq + 1).split("\\+")).stream()
                    .map(String::strip).filter(x -> !x.isEmpty()).toList();
            if (left.length < 1 || left.length > 2 || parts.size() < 2) {
                extrasProblem.set(session.t("mapping.badSum", line));
                return false;
            }
            sumList.add(new SumMapping(left[0], left.length == 2 ? left[1].toUpperCase(java.util.Locale.ROOT) : null,
                    parts));
        }
        extrasProblem.set("");
        mappings.put(sheet.get(), m.withExtras(cons, sumList));
        constantsText.set(constantsToText(cons));
        sumsText.set(sumsToText(sumList));
        refresh();
        return true;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String constantsToText(Map<String, String> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n'));
        return sb.toString();
    }

    private static String sumsToText(List<SumMapping> sums) {
        StringBuilder sb = new StringBuilder();
        for (SumMapping s : sums) {
            sb.append(s.field()).append(s.sex() == null ? "" : " " + s.sex()).append(" = ")
                    .append(String.join(" + ", s.headers())).append('\n');
        }
        return sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || IGNORE.equals(s) ? null : s.strip();
    }

    /** The sheets taken into the template, in workbook order. */
    private List<SheetMapping> usedMappings() {
        List<SheetMapping> out = new ArrayList<>();
        for (String name : sheets) {
            if (used.contains(name) && mappings.containsKey(name)) {
                out.add(mappings.get(name));
            }
        }
        return out;
    }

    /**
     * Recomputes the preview in the background: the template as mapped, then a dry run of the import
     * on the file. A newer change cancels an older preview still running.
     */
    public void refresh() {
        if (workbook == null) {
            return;
        }
        checkCancel.cancel();
        Cancellation cancel = new Cancellation();
        checkCancel = cancel;
        List<SheetMapping> chosen = usedMappings();
        String id = templateId.get().isBlank() ? "draft" : templateId.get().strip();
        String t = title.get();
        TemplateWorkshop.DraftWorkbook wb = workbook;
        checking.set(true);
        session.runner().fetch((p, c) -> {
            var draft = workshop.build(wb, id, 1, t, chosen);
            return new Preview(draft, workshop.check(wb.file(), draft.template(), null, cancel));
        }, preview -> {
            if (cancel.isCancelled()) {
                return;
            }
            checking.set(false);
            show(preview);
        }, e -> {
            if (cancel.isCancelled()) {
                return;
            }
            checking.set(false);
            previewSchools.clear();
            previewProblems.clear();
            previewUnread.clear();
            previewSummary.set(session.t("mapping.notYet", cause(e)));
            checks.set(checks.get() + 1);
        });
    }

    private String cause(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && !(c instanceof org.emisworkbench.model.Localized)) {
            c = c.getCause();
        }
        return c instanceof org.emisworkbench.model.Localized l ? session.t(l.message()) : String.valueOf(c.getMessage());
    }

    private record Preview(org.emisworkbench.template.TemplateDrafter.Draft draft, TemplateWorkshop.CheckReport report) {
    }

    private void show(Preview p) {
        TemplateWorkshop.CheckReport r = p.report();
        previewSchools.setAll(r.preview().stream().map(s -> session.t("mapping.school", s.code(),
                s.name() == null ? "" : s.name(), s.values())).toList());
        previewProblems.setAll(r.problems().stream().map(x -> session.t("mapping.problem", x.sheetCell(),
                session.t(x.what()), x.raw() == null ? "" : x.raw())).toList());
        List<String> unread = new ArrayList<>();
        for (var s : r.sheets()) {
            for (var c : s.notRead()) {
                unread.add(session.t(c.onPurpose() ? "mapping.leftOut" : c.numbersBelow() ? "mapping.unreadNumbers"
                        : "mapping.unread", s.sheet(),
                        c.letters(), c.header(), String.join(", ", c.examples())));
            }
        }
        previewUnread.setAll(unread);
        examples.clear();
        for (var s : r.sheets()) {
            s.read().forEach(c -> examples.put(s.sheet() + "|" + c.letters(), String.join(", ", c.examples())));
            s.notRead().forEach(c -> examples.put(s.sheet() + "|" + c.letters(), String.join(", ", c.examples())));
        }
        String summary = r.refused() != null ? session.t("mapping.refused", session.t(r.refused()))
                : session.t("mapping.summary", r.schools(), r.values(), r.problems().size(), r.unreadNumberColumns());
        previewSummary.set(summary);
        List<String> n = new ArrayList<>(workbook.notes().stream().map(session::t).toList());
        n.addAll(p.draft().notes().stream().map(session::t).toList());
        notes.set(String.join("\n", n));
        checks.set(checks.get() + 1);
    }

    /**
     * Saves the template into the templates folder beside the workspace (version 1, or the next version of
     * the same id), then imports the file with it.
     */
    public void save() {
        if (workbook == null || session.needsWorkspace()) {
            return;
        }
        String id = templateId.get() == null ? "" : templateId.get().strip();
        if (!id.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            session.notifier().info(session.t("mapping.badId"));
            return;
        }
        Path folder = TemplateCatalog.workspaceFolder(session.workbench().databaseFile());
        List<SheetMapping> chosen = usedMappings();
        String t = title.get();
        TemplateWorkshop.DraftWorkbook wb = workbook;
        session.runner().fetch((p, c) -> workshop.save(wb, id, t, chosen, folder), saved -> {
            session.notifier().info(session.t("mapping.saved", saved.file().toString(), saved.template().version()));
            importWith.accept(wb.file(), saved.template().id());
        }, e -> session.fail(session.t("mapping.saveFailed"), e));
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    public StringProperty sheetProperty() {
        return sheet;
    }

    /** The current sheet's first rows, for the grid. */
    public ObjectProperty<TemplateWorkshop.SheetPreview> gridProperty() {
        return grid;
    }

    /** The current sheet's header row (1-based; 0 when none is set). */
    public IntegerProperty headerRowProperty() {
        return headerRow;
    }

    /** The current sheet's header rows, 0-based first and last, or null. */
    public int[] headerRows() {
        SheetMapping m = sheet.get() == null ? null : mappings.get(sheet.get());
        return m == null ? null : new int[] {m.firstRow(), m.lastRow()};
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    /** The current sheet's columns with what each is read as. */
    public ObservableList<ColumnMapping> columns() {
        return columns;
    }

    public StringProperty constantsTextProperty() {
        return constantsText;
    }

    public StringProperty sumsTextProperty() {
        return sumsText;
    }

    public StringProperty extrasProblemProperty() {
        return extrasProblem;
    }

    public StringProperty templateIdProperty() {
        return templateId;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty previewSummaryProperty() {
        return previewSummary;
    }

    public ObservableList<String> previewSchools() {
        return previewSchools;
    }

    public ObservableList<String> previewProblems() {
        return previewProblems;
    }

    /** Columns the template would not read; those with numbers below say so. */
    public ObservableList<String> previewUnread() {
        return previewUnread;
    }

    /** Sheets and columns left out, and why. */
    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty checkingProperty() {
        return checking;
    }

    /** Counts finished previews (tests wait on it). */
    public IntegerProperty checksProperty() {
        return checks;
    }

    /** Field choices: {@link #IGNORE}, {@link #KEY}, then every field a wide sheet can hold. */
    public ObservableList<String> fields() {
        return fields;
    }

    /** The first values below a column's header in the last preview ("" before one, or for a sheet left out). */
    public String examples(ColumnMapping c) {
        return examples.getOrDefault(sheet.get() + "|" + c.letters(), "");
    }

    /** What a column is read as, in words. */
    public String describe(ColumnMapping c) {
        if (c.key()) {
            return session.t("mapping.key");
        }
        if (c.field() == null) {
            return session.t(c.leftOut() ? "mapping.leftOutColumn" : "mapping.ignored");
        }
        StringBuilder sb = new StringBuilder(c.total() ? session.t("mapping.totalOf", c.field()) : c.field());
        if (c.grade() != null) {
            sb.append(' ').append(c.grade());
        }
        if (c.sex() != null) {
            sb.append(' ').append(c.sex());
        }
        if (c.age() != null) {
            sb.append(' ').append(session.t("mapping.ageOf", c.age()));
        }
        return sb.toString();
    }

    /** A field choice in words ({@link #IGNORE} and {@link #KEY} named). */
    public String fieldName(String choice) {
        if (choice == null || IGNORE.equals(choice)) {
            return session.t("mapping.ignored");
        }
        return KEY.equals(choice) ? session.t("mapping.key") : choice;
    }
}
