package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.List;
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
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.FormMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.SheetMapping;

/**
 * The mapping screen: a workbook no template fits, its layout (recognised, and changed by the officer), its sheets,
 * and for each what is read: the columns of a list (one row per school, or per pupil or staff member) or the labelled
 * cells and tables of a form, guessed or set by hand, with a live preview of what an import with the template so far
 * would read. Saving writes the template into the workspace's templates folder and hands the file to the import ({@link
 * TemplateSaving}); a row per school and class is set by hand in {@link RowClassesViewModel}. Its
 * parts: the sheet's constants and sums ({@link SheetExtrasViewModel}), the tables stacked on a wide sheet ({@link
 * StackedTablesViewModel}), how many schools a form workbook holds ({@link SchoolsPerViewModel}), how counts are
 * written as text ({@link MappingFigures}), the preview ({@link MappingPreview}) and the words ({@link MappingWords}).
 */
public final class MappingViewModel {
    /** Field choice meaning "this column is not read". */
    public static final String IGNORE = "-";
    /** Field choice meaning "this column is the school code". */
    public static final String KEY = "school.code";

    private final Session session;
    private final TemplateWorkshop workshop;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty formShown = new SimpleBooleanProperty();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty();
    private final ObjectProperty<TemplateWorkshop.SheetPreview> grid = new SimpleObjectProperty<>();
    private final IntegerProperty headerRow = new SimpleIntegerProperty();
    private final BooleanProperty included = new SimpleBooleanProperty();
    private final StringProperty templateId = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final MappingFigures figures = new MappingFigures(this::refresh);
    private final SheetExtrasViewModel extras;
    private final StackedTablesViewModel stacked;
    private final SheetShapeViewModel shape;
    private final GridSexViewModel gridSex = new GridSexViewModel(this);
    private final FormDetailsViewModel details;
    private final LayoutMappings layouts = new LayoutMappings();
    private final ObjectProperty<Layout> layout = layouts.layout();
    private final FormMappingViewModel form = layouts.form();
    private final MappingPreview preview;
    private final MappingWords words;
    private final MappingHistory<Step> history = new MappingHistory<>(() -> new Step(this.workbook,
            layouts.snapshot()));
    private final PrimaryYearsViewModel primary;
    private final FileNameCodeViewModel fileCode;
    private final RowClassesViewModel rowClasses;
    private final TemplateSaving saving;

    private TemplateWorkshop.DraftWorkbook workbook;
    private boolean quiet;

    /**
     * @param importWith imports a file with a template id once the template is saved
     */
    public MappingViewModel(Session session, TemplateWorkshop workshop, BiConsumer<Path, String> importWith) {
        this.session = session;
        this.workshop = workshop;
        this.preview = new MappingPreview(session, workshop);
        this.words = new MappingWords(session);
        this.extras = new SheetExtrasViewModel(session, this);
        this.details = new FormDetailsViewModel(session, workshop, this);
        this.stacked = new StackedTablesViewModel(session, workshop, this);
        this.shape = new SheetShapeViewModel(session, workshop, this);
        this.primary = new PrimaryYearsViewModel(session, workshop, () -> workbook, this::redrafted);
        this.fileCode = new FileNameCodeViewModel(session, this);
        this.rowClasses = new RowClassesViewModel(session, workshop, this);
        this.saving = new TemplateSaving(session, workshop, importWith);
        sheet.addListener((o, a, b) -> showSheet());
        layouts.schools().schools().addListener((o, a, b) -> setLayout(layout.get()));
    }

    /** Reads the workbook's first rows and guesses its layout and mappings, in the background. */
    public void open(Path workbookFile) {
        file.set(workbookFile);
        loading.set(true);
        templateId.set(TemplateWorkshop.idFor(workbookFile));
        title.set(session.t("mapping.defaultTitle", workbookFile.getFileName().toString()));
        figures.reset();
        session.runner().fetch((p, c) -> workshop.open(workbookFile), wb -> {
            loading.set(false);
            drafted(wb, false, null);
            history.clear();
            refresh();
        }, e -> {
            loading.set(false);
            session.fail(session.t("mapping.openFailed"), e);
        });
    }

    /**
     * Shows a draft of the workbook: its sheets as guessed, or as {@code kept} (put back on undo) when given. Drafted
     * {@code again} (other years of primary), the layout chosen and the sheet shown stay; else the first sheet taken.
     */
    private void drafted(TemplateWorkshop.DraftWorkbook wb, boolean again, LayoutMappings.Snapshot kept) {
        workbook = wb;
        quiet = true;
        Layout was = layout.get();
        layouts.load(wb);
        if (again) {
            layout.set(was);
        }
        if (kept != null) {
            layouts.restore(kept);
        }
        quiet = false;
        primary.shown(wb);
        String shown = sheet.get();
        sheets.setAll(wb.previews().stream().map(TemplateWorkshop.SheetPreview::sheet).toList());
        String first = again && sheets.contains(shown) ? shown : layouts.firstUsed(sheets);
        if (first != null && first.equals(sheet.get())) {
            showSheet();
        } else {
            sheet.set(first);
        }
    }

    /** The workbook drafted again (other years of primary): shown and previewed, one step Ctrl+Z undoes. */
    private void redrafted(TemplateWorkshop.DraftWorkbook wb) {
        history.change(() -> {
            drafted(wb, true, null);
            return true;
        });
        refresh();
    }

    /** Reads the workbook as another layout: the sheets and what they hold are shown as that layout guesses them. */
    public void setLayout(Layout next) {
        if (next == null || quiet) {
            return;
        }
        layout.set(next);
        showSheet();
        refresh();
    }

    private TableMappingViewModel table() {
        return layouts.table();
    }

    private boolean showsForm(String name) {
        return layouts.showsForm(name);
    }

    /** Shows the current sheet again, as now mapped (its header rows marked in the grid again). */
    void showSheet() {
        String name = sheet.get();
        quiet = true;
        try {
            grid.set(workbook == null || name == null ? null : workbook.previews().stream()
                    .filter(p -> p.sheet().equals(name)).findFirst().orElse(null));
            boolean asForm = showsForm(name);
            formShown.set(asForm);
            table().show(name);
            form.show(name);
            SheetMapping m = asForm ? null : table().mapping(name);
            FormMapping f = asForm ? form.mapping(name) : null;
            headerRow.set(m == null ? 0 : m.firstRow() + 1);
            included.set(name != null && layouts.uses(name));
            extras.show(m, f);
            fileCode.show(f, layout.get() == Layout.GRID
                    && schools().schools().get() == org.emisworkbench.template.SchoolsPer.WORKBOOK, file.get());
            shape.show();
            stacked.show();
        } finally {
            quiet = false;
        }
    }

    /** Reads the sheet as a list with its header on {@code row} (1-based), guessing its columns again. */
    public void setHeaderRow(int row) {
        if (workbook == null || sheet.get() == null || row < 1 || layout.get() == Layout.GRID) {
            return;
        }
        // The guess works on the rows already read (at most a few dozen): no file is opened here.
        SheetMapping m = workshop.guessSheet(workbook, sheet.get(), row, layout.get());
        if (m == null) {
            return;
        }
        history.change(() -> {
            table().put(m);
            return true;
        });
        showSheet();
        refresh();
    }

    /** Takes the current sheet into the template, or leaves it out. */
    public void setIncluded(boolean use) {
        String name = sheet.get();
        if (quiet || name == null) {
            return;
        }
        boolean done = history.change(() -> layouts.setUsed(name, use));
        if (!done && use && !showsForm(name)) {
            setHeaderRow(1);
            return;
        }
        included.set(done ? use : false);
        refresh();
    }

    /**
     * Sets what column {@code index} of the current sheet is read as ({@code field}: {@link #IGNORE}, {@link #KEY}
     * or a canonical field); {@code total} marks a total column of the field (compared with the columns it adds
     * up, never stored).
     */
    public void setColumn(int index, String field, String sex, String grade, String age, boolean total) {
        SheetMapping m = table().mapping(sheet.get());
        if (m == null || index < 0 || index >= m.columns().size() || bothRefused(field, sex)) {
            return;
        }
        ColumnMapping c = m.columns().get(index);
        ColumnMapping changed = field == null || IGNORE.equals(field) ? c.withField(null, null, null, null)
                : KEY.equals(field) ? c.asKey()
                : total && !SexChoices.BOTH.equals(sex) ? c.asTotal(field, blankToNull(sex))
                : c.withField(field, blankToNull(sex), blankToNull(grade), blankToNull(age));
        put(m.with(index, changed));
    }

    /** Sets what labelled cell {@code index} of the current sheet is read as ({@link #IGNORE}: not read). */
    public void setLabel(int index, String field, String sex) {
        if (!bothRefused(field, sex) && history.change(() -> form.setLabel(sheet.get(), index, field, sex))) {
            included.set(true);
            refresh();
        }
    }

    /**
     * As {@link #setLabel(int, String, String)}, with the value read inside the label's own cell after its colon
     * ({@code School: Akuna Primary (GH-1200)}) when {@code inside}; false, nothing changed, when the cell holds no
     * words, colon and value.
     */
    public boolean setLabel(int index, String field, String sex, boolean inside) {
        if (bothRefused(field, sex)) {
            return true; // the officer is told why, rather than that the value is not inside
        }
        TemplateWorkshop.DraftWorkbook wb = workbook;
        boolean done = wb != null && history.change(() -> form.setLabel(sheet.get(), index, field, sex,
                l -> workshop.placed(wb, l, inside)));
        if (done) {
            included.set(true);
            refresh();
        }
        return done;
    }

    /** Sets the topic of table {@code index} of the current sheet ({@link #IGNORE}: not read). */
    public void setGrid(int index, String topic) {
        if (history.change(() -> form.setGrid(sheet.get(), index, topic))) {
            included.set(true);
            refresh();
        }
    }

    /**
     * Splits table {@code index} of the current sheet into one table per banner over its sexes (topics side by side
     * the draft took for one), each then read as set in {@link #setGrid}; false when no two banners stand there.
     */
    public boolean splitBands(int index) {
        // From the rows already read (a few dozen): no file is opened here.
        String name = sheet.get();
        boolean done = workbook != null && history.change(() -> form.split(name, index,
                g -> workshop.splitByBands(workbook, name, g)));
        if (done) {
            included.set(true);
            refresh();
        }
        return done;
    }

    /**
     * Leaves column {@code index} of the current sheet out on purpose: not read, and written into the
     * template's {@code ignore} so that imports do not report it as a column nobody matched.
     */
    public void leaveOut(int index) {
        SheetMapping m = table().mapping(sheet.get());
        if (m == null || index < 0 || index >= m.columns().size()) {
            return;
        }
        ColumnMapping c = m.columns().get(index);
        put(m.with(index, ColumnMapping.leftOut(c.col(), c.header(), 1)));
    }

    /** The current sheet's list (wide or roster), or null when it is shown as a form or has none. */
    SheetMapping currentList() {
        return showsForm(sheet.get()) ? null : table().mapping(sheet.get());
    }

    /** The current sheet's form, or null when it is shown as a list or has none. */
    FormMapping currentForm() {
        return showsForm(sheet.get()) ? form.mapping(sheet.get()) : null;
    }

    /** Keeps the current sheet's list as changed by a part of the screen, takes the sheet, works the preview out. */
    void put(SheetMapping m) {
        history.change(() -> {
            table().put(m);
            return true;
        });
        // The tables the drafter finds follow the key column and header: listed again.
        stacked.show();
        included.set(true);
        refresh();
    }

    /** Keeps the current sheet's form as changed by a part of the screen, takes the sheet, works the preview out. */
    void put(FormMapping f) {
        history.change(() -> {
            form.put(f);
            return true;
        });
        included.set(true);
        refresh();
    }

    TemplateWorkshop.DraftWorkbook workbook() {
        return workbook;
    }

    /**
     * True, the officer told why, for both sexes together ({@code "sex": "both"}) asked of a field given for each
     * sex (only the teachers' counts may be given without their sex).
     */
    private boolean bothRefused(String field, String sex) {
        if (SexChoices.fits(field, sex)) {
            return false;
        }
        session.notifier().info(session.t("mapping.bothOnlyTeachers", words.fieldName(field)));
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || IGNORE.equals(s) ? null : s.strip();
    }

    /**
     * Undoes the last mapping change (Ctrl+Z): what every sheet was mapped as before it is put back, shown and
     * previewed again; false when there is nothing to undo.
     */
    public boolean undo() {
        Step before = history.undo();
        if (before == null) {
            return false;
        }
        if (before.workbook() != workbook && before.workbook() != null) {
            drafted(before.workbook(), true, before.mapped());
        } else {
            layouts.restore(before.mapped());
        }
        showSheet();
        refresh();
        return true;
    }

    /** A step of the undo: the draft of the workbook shown, and what every sheet was mapped as on it. */
    private record Step(TemplateWorkshop.DraftWorkbook workbook, LayoutMappings.Snapshot mapped) {
    }

    /** True when a mapping change can be undone. */
    public javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndo();
    }

    /** Works the preview out again in the background (a newer change cancels an older preview). */
    public void refresh() {
        if (workbook == null) {
            return;
        }
        String id = templateId.get().isBlank() ? "draft" : templateId.get().strip();
        preview.refresh(workbook, id, title.get(), layouts.mapping(sheets).withFigures(figures.chosen()),
                draft -> figures.drafted(draft.template()));
    }

    /**
     * Saves the template into the templates folder beside the workspace (version 1, or the next version of
     * the same id), then imports the file with it ({@link TemplateSaving}).
     */
    public void save() {
        saving.save(workbook, templateId.get(), title.get(),
                () -> layouts.mapping(sheets).withFigures(figures.chosen()));
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** The workbook's layout: recognised when it is opened, changed with {@link #setLayout}. */
    public ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    /** True when the current sheet is mapped as a form (labels and tables), false for a list of columns. */
    public BooleanProperty formShownProperty() {
        return formShown;
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

    /** The current list's header rows, 0-based first and last, or null. */
    public int[] headerRows() {
        SheetMapping m = showsForm(sheet.get()) ? null : table().mapping(sheet.get());
        return m == null ? null : new int[] {m.firstRow(), m.lastRow()};
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    /** The current list's columns with what each is read as (wide or roster). */
    public ObservableList<ColumnMapping> columns() {
        return table().columns();
    }

    /** The columns of the wide and of the roster lists, for the view to switch between. */
    ObservableList<ColumnMapping> columns(Layout of) {
        return layouts.columns(of);
    }

    /** The current form sheet's labels and tables with what each is read as, and their choices. */
    FormMappingViewModel form() {
        return form;
    }

    /** The current sheet's constants and sums. */
    SheetExtrasViewModel extras() {
        return extras;
    }

    /** How many schools a form workbook holds (per workbook, sheet or block); a change shows and reads it again. */
    SchoolsPerViewModel schools() {
        return layouts.schools();
    }

    /** The sex of the current form's tables (both, or one for a table given once per sex). */
    GridSexViewModel gridSex() {
        return gridSex;
    }

    /** The selected label's band and ticked columns, the selected table's stream column and adding up. */
    FormDetailsViewModel formDetails() {
        return details;
    }

    /** The years of primary before {@code Form 1}, {@code S1} or {@code JSS 1}; a change drafts the workbook again. */
    PrimaryYearsViewModel primaryYears() {
        return primary;
    }

    /** The school code of a one-school form read from the file's name. */
    FileNameCodeViewModel fileNameCode() {
        return fileCode;
    }

    /** A row per school and class set by hand: the column of the current wide sheet giving each row's grade. */
    RowClassesViewModel rowClasses() {
        return rowClasses;
    }

    /** The current wide sheet's header depth, rows heading groups of schools and direction. */
    SheetShapeViewModel sheetShape() {
        return shape;
    }

    /** The tables stacked under the first one of the current wide sheet. */
    StackedTablesViewModel stackedTables() {
        return stacked;
    }

    /** How the workbook writes counts as text (nil marks, thousands separator), for the whole template. */
    MappingFigures figures() {
        return figures;
    }

    public StringProperty templateIdProperty() {
        return templateId;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** What an import with the template so far would read. */
    MappingPreview preview() {
        return preview;
    }

    /** Field choices of a list's column: {@link #IGNORE}, {@link #KEY}, then every field the layout's lists hold. */
    public ObservableList<String> fields() {
        return table().fields();
    }

    ObservableList<String> fields(Layout of) {
        return layouts.table(of).fields();
    }

    /** The first values below a column's header in the last preview ("" before one, or for a sheet left out). */
    public String examples(ColumnMapping c) {
        return preview.examples(sheet.get(), c.letters());
    }

    /** Columns, labels, tables and field choices in the officer's words. */
    MappingWords words() {
        return words;
    }
}
