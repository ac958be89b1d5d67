package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.FigureText;
import org.emisworkbench.template.FormMapping;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.template.LabelMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.SheetMapping;
import org.emisworkbench.template.WorkbookMapping;

/**
 * The mapping screen: a workbook no template fits, its layout (recognised, and changed by the officer),
 * its sheets, and for each what is read: the columns of a list (one row per school, or per pupil or staff
 * member) or the labelled cells and tables of a form, guessed or set by hand, with a live preview of what
 * an import with the template so far would read. Saving writes the template into the workspace's
 * templates folder and hands the file to the import.
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
    private final BooleanProperty formShown = new SimpleBooleanProperty();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty();
    private final ObjectProperty<TemplateWorkshop.SheetPreview> grid = new SimpleObjectProperty<>();
    private final IntegerProperty headerRow = new SimpleIntegerProperty();
    private final BooleanProperty included = new SimpleBooleanProperty();
    private final StringProperty constantsText = new SimpleStringProperty("");
    private final StringProperty sumsText = new SimpleStringProperty("");
    private final StringProperty extrasProblem = new SimpleStringProperty("");
    private final StringProperty templateId = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty nilMarksText = new SimpleStringProperty("");
    private final StringProperty thousands = new SimpleStringProperty(",");
    /** The nil marks and thousands separator the officer set; null while they are those the workbook shows. */
    private FigureText.Settings figures;
    /** The nil marks and thousands separator of the last template written while {@link #figures} is null. */
    private FigureText.Settings drafted = new FigureText.Settings(List.of(), ",");
    private final LayoutMappings layouts = new LayoutMappings();
    private final ObjectProperty<Layout> layout = layouts.layout();
    private final FormMappingViewModel form = layouts.form();
    private final MappingPreview preview;
    private final MappingWords words;

    private TemplateWorkshop.DraftWorkbook workbook;
    private boolean quiet;

    /**
     * @param importWith imports a file with a template id once the template is saved
     */
    public MappingViewModel(Session session, TemplateWorkshop workshop, BiConsumer<Path, String> importWith) {
        this.session = session;
        this.workshop = workshop;
        this.importWith = importWith;
        this.preview = new MappingPreview(session, workshop);
        this.words = new MappingWords(session);
        sheet.addListener((o, a, b) -> showSheet());
    }

    /** Reads the workbook's first rows and guesses its layout and mappings, in the background. */
    public void open(Path workbookFile) {
        file.set(workbookFile);
        loading.set(true);
        templateId.set(TemplateWorkshop.idFor(workbookFile));
        title.set(session.t("mapping.defaultTitle", workbookFile.getFileName().toString()));
        figures = null;
        drafted = new FigureText.Settings(List.of(), ",");
        session.runner().fetch((p, c) -> workshop.open(workbookFile), wb -> {
            loading.set(false);
            workbook = wb;
            quiet = true;
            layouts.load(wb);
            quiet = false;
            sheets.setAll(wb.previews().stream().map(TemplateWorkshop.SheetPreview::sheet).toList());
            String first = layouts.firstUsed(sheets);
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

    private void showSheet() {
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
            constantsText.set(MappingExtras.constantsToText(m != null ? m.constants() : f != null ? f.constants()
                    : Map.of()));
            sumsText.set(MappingExtras.sumsToText(m != null ? m.sums() : f != null ? f.sums() : List.of()));
            extrasProblem.set("");
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
        table().put(m);
        showSheet();
        refresh();
    }

    /** Takes the current sheet into the template, or leaves it out. */
    public void setIncluded(boolean use) {
        String name = sheet.get();
        if (quiet || name == null) {
            return;
        }
        boolean done = layouts.setUsed(name, use);
        if (!done && use && !showsForm(name)) {
            setHeaderRow(1);
            return;
        }
        included.set(done ? use : false);
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
        SheetMapping m = table().mapping(sheet.get());
        if (m == null || index < 0 || index >= m.columns().size()) {
            return;
        }
        ColumnMapping c = m.columns().get(index);
        ColumnMapping changed = field == null || IGNORE.equals(field) ? c.withField(null, null, null, null)
                : KEY.equals(field) ? c.asKey() : total ? c.asTotal(field, blankToNull(sex))
                : c.withField(field, blankToNull(sex), blankToNull(grade), blankToNull(age));
        table().put(m.with(index, changed));
        included.set(true);
        refresh();
    }

    /** Sets what labelled cell {@code index} of the current sheet is read as ({@link #IGNORE}: not read). */
    public void setLabel(int index, String field, String sex) {
        if (form.setLabel(sheet.get(), index, field, sex)) {
            included.set(true);
            refresh();
        }
    }

    /** Sets the topic of table {@code index} of the current sheet ({@link #IGNORE}: not read). */
    public void setGrid(int index, String topic) {
        if (form.setGrid(sheet.get(), index, topic)) {
            included.set(true);
            refresh();
        }
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
        table().put(m.with(index, ColumnMapping.leftOut(c.col(), c.header(), 1)));
        included.set(true);
        refresh();
    }

    /**
     * Sets the current sheet's constants ({@code field = value} per line) and sums
     * ({@code field [F|M] = Header + Header} per line; on a form, label + label); a line that cannot be read
     * is named, nothing applied.
     */
    public boolean setExtras(String constants, String sums) {
        String name = sheet.get();
        SheetMapping m = showsForm(name) ? null : table().mapping(name);
        FormMapping f = showsForm(name) ? form.mapping(name) : null;
        if (m == null && f == null) {
            return false;
        }
        MappingExtras extras = MappingExtras.parse(constants, sums);
        if (extras.problem() != null) {
            extrasProblem.set(session.t(extras.problem(), extras.badLine()));
            return false;
        }
        extrasProblem.set("");
        if (m != null) {
            table().put(m.withExtras(extras.constants(), extras.sums()));
        } else {
            form.put(f.withExtras(extras.constants(), extras.sums()));
        }
        constantsText.set(MappingExtras.constantsToText(extras.constants()));
        sumsText.set(MappingExtras.sumsToText(extras.sums()));
        refresh();
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || IGNORE.equals(s) ? null : s.strip();
    }

    /** Works the preview out again in the background (a newer change cancels an older preview). */
    public void refresh() {
        if (workbook == null) {
            return;
        }
        String id = templateId.get().isBlank() ? "draft" : templateId.get().strip();
        preview.refresh(workbook, id, title.get(), layouts.mapping(sheets).withFigures(figures), draft -> {
            List<String> n = new ArrayList<>(layout.get() == Layout.WIDE
                    ? workbook.notes().stream().map(session::t).toList() : List.of());
            if (draft != null) {
                n.addAll(draft.notes().stream().map(session::t).toList());
                if (figures == null) {
                    // What the workbook's count cells show, until the officer says otherwise.
                    drafted = new FigureText.Settings(draft.template().nilMarks(),
                            draft.template().thousands() == null ? "," : draft.template().thousands());
                    nilMarksText.set(String.join(" ", drafted.nilMarks()));
                    thousands.set(drafted.thousands());
                }
            }
            notes.set(String.join("\n", n));
        });
    }

    /**
     * Sets how the workbook writes counts as text: {@code marks} the texts that mean nil (read as 0 and reported,
     * separated by spaces; blank: none) and {@code separator} the thousands separator ({@code ,} or {@code .}).
     * The template saved carries them and the preview is worked out again with them.
     */
    public void setFigures(String marks, String separator) {
        List<String> list = marks == null ? List.of() : List.of(marks.strip().split("\\s+")).stream()
                .filter(m -> !m.isEmpty()).toList();
        String sep = separator == null || separator.isBlank() ? "," : separator.strip();
        FigureText.Settings next = new FigureText.Settings(list, sep);
        // The same as shown: nothing changed (also when a control echoes the values the workbook shows).
        if (next.equals(figures != null ? figures : drafted)) {
            return;
        }
        figures = next;
        nilMarksText.set(String.join(" ", list));
        thousands.set(sep);
        refresh();
    }

    /** The texts read as nil, separated by spaces: as the workbook shows them, or as the officer set them. */
    public StringProperty nilMarksTextProperty() {
        return nilMarksText;
    }

    /** The thousands separator of counts written as text: {@code ,} or {@code .}. */
    public StringProperty thousandsProperty() {
        return thousands;
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
        WorkbookMapping chosen = layouts.mapping(sheets).withFigures(figures);
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

    /** The current form sheet's labelled cells with what each is read as. */
    public ObservableList<LabelMapping> labels() {
        return form.labels();
    }

    /** The current form sheet's tables by age, grade and sex with their topic. */
    public ObservableList<GridMapping> grids() {
        return form.grids();
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
        return preview.summary();
    }

    public ObservableList<String> previewSchools() {
        return preview.schools();
    }

    public ObservableList<String> previewProblems() {
        return preview.problems();
    }

    /** Columns the template would not read; those with numbers below say so. */
    public ObservableList<String> previewUnread() {
        return preview.unread();
    }

    /** Sheets, columns and labels left out, and why. */
    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty checkingProperty() {
        return preview.checking();
    }

    /** Counts finished previews (tests wait on it). */
    public IntegerProperty checksProperty() {
        return preview.checks();
    }

    /** Field choices of a list's column: {@link #IGNORE}, {@link #KEY}, then every field the layout's lists hold. */
    public ObservableList<String> fields() {
        return table().fields();
    }

    ObservableList<String> fields(Layout of) {
        return layouts.table(of).fields();
    }

    /** Field choices of a label: {@link #IGNORE}, {@link #KEY}, school attributes and fixed counts. */
    public ObservableList<String> labelFields() {
        return form.labelFields();
    }

    /** Topic choices of a table: {@link #IGNORE} and the graded topics. */
    public ObservableList<String> gridFields() {
        return form.gridFields();
    }

    /** The first values below a column's header in the last preview ("" before one, or for a sheet left out). */
    public String examples(ColumnMapping c) {
        return preview.examples(sheet.get(), c.letters());
    }

    /** What a column is read as, in words. */
    public String describe(ColumnMapping c) {
        return words.describe(c);
    }

    /** What a label is read as, in words. */
    public String describe(LabelMapping l) {
        return words.describe(l);
    }

    /** What a table is read as, in words. */
    public String describe(GridMapping g) {
        return words.describe(g);
    }

    /** A field choice in words ({@link #IGNORE} and {@link #KEY} named). */
    public String fieldName(String choice) {
        return words.fieldName(choice);
    }
}
