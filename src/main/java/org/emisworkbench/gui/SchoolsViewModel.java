package org.emisworkbench.gui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.service.SchoolDetails;
import org.emisworkbench.service.ValidationService;
import org.emisworkbench.service.IndicatorService;
import org.emisworkbench.service.Workbench;

/**
 * Schools: the list of current returns, and one school's figures, findings and sources. Loading,
 * filtering and sorting all run on a worker; the JavaFX thread only swaps the finished list in.
 */
public final class SchoolsViewModel {
    private final Session session;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<SchoolListing> schools = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final javafx.beans.property.BooleanProperty busy = new javafx.beans.property.SimpleBooleanProperty();
    private final ObjectProperty<SchoolTableQuery> query = new SimpleObjectProperty<>(SchoolTableQuery.ALL);
    private final ObjectProperty<Map<SchoolColumn, Map<String, Integer>>> choices = new SimpleObjectProperty<>(
            Map.of());
    private List<SchoolListing> loaded = List.of();
    // Answers can come back out of order: only the newest load, and the newest list, are shown.
    private long loads;
    private boolean loading;
    private long views;
    private final ObjectProperty<SchoolListing> selected = new SimpleObjectProperty<>();
    private final ObservableList<SchoolDetails.FigureRow> figures = FXCollections.observableArrayList();
    private final ObservableList<StoredFinding> findings = FXCollections.observableArrayList();
    private final StringProperty source = new SimpleStringProperty("");
    private final ObservableList<IndicatorService.Row> indicators = FXCollections.observableArrayList();
    private final ObjectProperty<IndicatorService.Row> indicator = new SimpleObjectProperty<>();
    private final IndicatorRowText indicatorText;
    /** What the last withdrawal (or its undoing) did, in words; the withdrawal that can be undone, or null. */
    private final StringProperty withdrawal = new SimpleStringProperty("");
    private final ObjectProperty<org.emisworkbench.model.ReturnWithdrawal> undoable = new SimpleObjectProperty<>();
    /** A school asked for from another screen (the map): selected once the list holding it is shown. */
    private Wanted wanted;

    private record Wanted(int year, String code) {
    }

    public SchoolsViewModel(Session session) {
        this.session = session;
        this.indicatorText = new IndicatorRowText(session);
        year.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, b) -> loadDetail(b));
        query.addListener((o, a, b) -> reapply());
        session.workbenchProperty().addListener((o, a, b) -> refresh());
        session.changesProperty().addListener((o, a, b) -> {
            refresh();
            loadDetail(selected.get()); // a finding marked elsewhere shows its new status here
        });
    }

    public ObservableList<Integer> years() {
        return years;
    }

    /** The year shown, or null for every year. */
    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** The schools shown: the loaded ones, filtered and sorted. */
    public ObservableList<SchoolListing> schools() {
        return schools;
    }

    /** How many schools were loaded, before filters. */
    public IntegerProperty totalProperty() {
        return total;
    }

    /** True while schools are being read, filtered or sorted. */
    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The filters, search and sort applied to the loaded schools. */
    ObjectProperty<SchoolTableQuery> queryProperty() {
        return query;
    }

    /** Per filterable column, its values among the loaded schools and how many schools have each. */
    public ObjectProperty<Map<SchoolColumn, Map<String, Integer>>> choicesProperty() {
        return choices;
    }

    /** Keeps only the schools whose {@code column} is one of {@code values} (null: every value). */
    public void filter(SchoolColumn column, Set<String> values) {
        query.set(query.get().withFilter(column, values));
    }

    /** Keeps only the schools whose code or name contains {@code text}. */
    public void search(String text) {
        if (!query.get().search().equals(text == null ? "" : text.strip())) {
            query.set(query.get().withSearch(text));
        }
    }

    /** Sorts by a column (null: the order loaded); asking for the order already shown does nothing. */
    public void sort(SchoolColumn column, boolean ascending) {
        SchoolTableQuery q = query.get();
        if (q.sortBy() != column || (column != null && q.ascending() != ascending)) {
            query.set(q.withSort(column, ascending));
        }
    }

    /**
     * Shows one school's return of {@code year} chosen elsewhere (a school clicked on the map): the list of
     * that year searched for its code, and the school selected once that list is loaded, so its figures and
     * findings show. Other filters are cleared: they could hide it.
     */
    public void open(int year, String code) {
        wanted = new Wanted(year, code);
        this.year.set(year);
        SchoolTableQuery q = query.get();
        query.set(new SchoolTableQuery(Map.of(), code, q.sortBy(), q.ascending()));
        if (!busy.get()) {
            selectWanted();
        }
    }

    /** Selects the school asked for by {@link #open} if the list shown holds it; asked once, it is then let go. */
    private void selectWanted() {
        Wanted w = wanted;
        if (w == null) {
            return;
        }
        wanted = null;
        schools.stream().filter(s -> s.code().equals(w.code()) && s.year() == w.year()).findFirst()
                .ifPresent(selected::set);
    }

    public void clearFilters() {
        SchoolTableQuery q = query.get();
        query.set(new SchoolTableQuery(Map.of(), "", q.sortBy(), q.ascending()));
    }

    public ObjectProperty<SchoolListing> selectedProperty() {
        return selected;
    }

    public ObservableList<SchoolDetails.FigureRow> figures() {
        return figures;
    }

    public ObservableList<StoredFinding> findings() {
        return findings;
    }

    /**
     * The chosen school's indicators (pupil-teacher ratio, repetition, girls' and boys' figures…), computed
     * in the background with the same workings as the Indicators screen's.
     */
    public ObservableList<IndicatorService.Row> indicators() {
        return indicators;
    }

    /** The school's indicator whose workings are shown. */
    public ObjectProperty<IndicatorService.Row> indicatorProperty() {
        return indicator;
    }

    /** An indicator's value as the Indicators screen and the PDF print it. */
    public String indicatorValue(IndicatorService.Row r) {
        return indicatorText.valueText(r);
    }

    /** The note beside an indicator: its caveat, or why it is not available. */
    public String indicatorNote(IndicatorService.Row r) {
        return indicatorText.noteText(r);
    }

    /** An indicator's workings: formula, numerator, denominator, by sex. */
    public String indicatorDetail(IndicatorService.Row r) {
        return indicatorText.detail(r);
    }

    /** Where the chosen figure came from: file, sheet and cell. */
    public StringProperty sourceProperty() {
        return source;
    }

    /** Reloads the years and the schools of the chosen year. */
    public void refresh() {
        Workbench wb = session.workbench();
        long ticket = ++loads;
        if (wb == null) {
            views++;
            loaded = List.of();
            schools.clear();
            total.set(0);
            choices.set(Map.of());
            years.clear();
            loading = false;
            busy.set(false);
            return;
        }
        loading = true;
        busy.set(true);
        Integer y = year.get();
        SchoolTableQuery q = query.get();
        java.util.Locale locale = session.messages().locale();
        record Loaded(List<Integer> years, List<SchoolListing> all, Map<SchoolColumn, Map<String, Integer>> choices,
                      List<SchoolListing> shown) {
        }
        session.runner().fetch((p, c) -> {
            List<SchoolListing> all = List.copyOf(wb.schools(y, null));
            return new Loaded(wb.schoolDetails().years(), all, SchoolTableQuery.choices(all), q.apply(all, locale));
        }, l -> {
            if (!l.years().equals(years)) {
                ListUpdate.to(years, l.years());
            }
            if (ticket != loads) {
                return;
            }
            loading = false;
            busy.set(false);
            loaded = l.all();
            total.set(l.all().size());
            choices.set(l.choices());
            if (q.equals(query.get())) {
                views++;
                if (!schools.equals(l.shown())) { // the same list kept: the officer's selection stays
                    schools.setAll(l.shown());
                }
                selectWanted();
            } else {
                reapply();
            }
        }, e -> {
            loading = false;
            busy.set(false);
            session.fail(session.t("schools.failed"), e);
        });
    }

    /** Filters and sorts the loaded schools again, off the JavaFX thread. */
    private void reapply() {
        long ticket = ++views;
        List<SchoolListing> all = loaded;
        SchoolTableQuery q = query.get();
        java.util.Locale locale = session.messages().locale();
        busy.set(true);
        session.runner().fetch((p, c) -> q.apply(all, locale), shown -> {
            if (ticket == views) {
                schools.setAll(shown);
                busy.set(loading);
                if (!loading) {
                    selectWanted();
                }
            }
        }, e -> {
            busy.set(loading);
            session.fail(session.t("schools.failed"), e);
        });
    }

    private void loadDetail(SchoolListing s) {
        figures.clear();
        findings.clear();
        indicators.clear();
        indicator.set(null);
        source.set("");
        Workbench wb = session.workbench();
        if (s == null || wb == null) {
            return;
        }
        record Detail(List<SchoolDetails.FigureRow> figures, List<StoredFinding> findings,
                      List<IndicatorService.Row> indicators) {
        }
        java.util.Locale locale = session.messages().locale();
        session.runner().fetch((p, c) -> new Detail(wb.schoolDetails().figures(s.code(), s.year(), s.district()),
                wb.validation().findings(new FindingFilter(s.year(), null, s.code(), null, null, null)),
                wb.indicators().schoolRows(s.year(), s.code(), locale)), d -> {
                    if (s.equals(selected.get())) {
                        figures.setAll(d.figures());
                        findings.setAll(d.findings());
                        indicators.setAll(d.indicators());
                    }
                }, e -> session.fail(session.t("schools.failed"), e));
    }

    /** What the last withdrawal of a return did, for the line under the list. */
    public StringProperty withdrawalProperty() {
        return withdrawal;
    }

    /** The withdrawal the Undo button undoes, or null. */
    public ObjectProperty<org.emisworkbench.model.ReturnWithdrawal> undoableProperty() {
        return undoable;
    }

    /** The question the confirmation asks before the chosen school's return is withdrawn (decision 0069). */
    public String withdrawQuestion() {
        SchoolListing s = selected.get();
        return s == null ? "" : session.t("schools.withdrawConfirm", String.valueOf(s.year()), s.code() + (s.name() == null
                || s.name().isBlank() ? "" : " (" + s.name() + ")"), s.file());
    }

    /**
     * Withdraws the chosen school's return of its year, on a worker: it stops counting everywhere, its findings of
     * the year close, and it is kept as history; the screens reload, and Undo brings it back.
     */
    public void withdrawSelected(String reason) {
        SchoolListing s = selected.get();
        Workbench wb = session.workbench();
        if (s == null || wb == null) {
            return;
        }
        session.runner().fetch((p, c) -> wb.withdrawReturn(s.code(), s.year(), reason), w -> {
            undoable.set(w);
            withdrawal.set(session.t("schools.withdrawn", String.valueOf(w.year()), w.school(), String.join(", ", w.files()),
                    w.figures(), w.findingsClosed()));
            selected.set(null);
            session.changed();
        }, e -> session.fail(session.t("schools.withdrawFailed"), e));
    }

    /** Undoes the last withdrawal made here, on a worker. */
    public void undoWithdrawal() {
        org.emisworkbench.model.ReturnWithdrawal w = undoable.get();
        Workbench wb = session.workbench();
        if (w == null || wb == null) {
            return;
        }
        session.runner().fetch((p, c) -> wb.restoreReturn(w.schoolCode(), w.year()), r -> {
            undoable.set(null);
            withdrawal.set(session.t("schools.restored", String.valueOf(r.year()), r.school(), r.figures()));
            session.changed();
        }, e -> session.fail(session.t("schools.withdrawFailed"), e));
    }

    /** Looks up where a figure came from (sex null: the topic is not counted by sex, or both). */
    public void showSource(SchoolDetails.FigureRow row, Sex sex) {
        SchoolListing s = selected.get();
        Workbench wb = session.workbench();
        if (s == null || wb == null || row == null) {
            return;
        }
        Sex which = row.topic().bySex() ? (sex == null ? Sex.F : sex) : null;
        session.runner().fetch((p, c) -> wb.schoolDetails().sources(s.code(), s.year(), row.topic(),
                row.slot(), which), list -> {
                    String head = session.t("schools.sourceOf", session.t("topic." + row.topic().code()), row.label(),
                            which == null ? "" : session.t("sex." + which.name()));
                    if (list.isEmpty()) {
                        source.set(head + "\n" + session.t("schools.noSource"));
                    } else {
                        // A 0 read from a nil mark says so: the cell held "-", not the figure 0.
                        source.set(head + "\n" + list.stream().map(f -> session.t("schools.sourceLine",
                                f.source().file(), f.source().sheet(), f.source().cell(),
                                f.value() == null ? "-" : f.value()) + f.nilMarks().stream()
                                .map(m -> "; " + session.t("schools.sourceNilMark", m.sheetCell(), m.mark()))
                                .collect(Collectors.joining())).collect(Collectors.joining("\n")));
                    }
                }, e -> session.fail(session.t("schools.failed"), e));
    }
}
