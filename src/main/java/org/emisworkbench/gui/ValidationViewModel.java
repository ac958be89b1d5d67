package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.service.FindingCells;
import org.emisworkbench.service.ValidationService;
import org.emisworkbench.service.Workbench;
import org.emisworkbench.service.validation.FindingGroups;

/** Validation: run the rule pack, findings grouped by rule, filters, and the officer's follow-up. */
public final class ValidationViewModel {
    private final Session session;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    private final ObjectProperty<FindingStatus> status = new SimpleObjectProperty<>();
    private final StringProperty district = new SimpleStringProperty("");
    private final StringProperty school = new SimpleStringProperty("");
    private final ObservableList<FindingGroups.Group> groups = FXCollections.observableArrayList();
    private final ObjectProperty<StoredFinding> selected = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty commentProblem = new SimpleStringProperty("");
    private final StringProperty detail = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty showConsequences =
            new javafx.beans.property.SimpleBooleanProperty(false);
    /** Every finding of the last listing, consequences included, so a cause's detail can list its own. */
    private List<StoredFinding> all = List.of();

    public ValidationViewModel(Session session) {
        this.session = session;
        year.addListener((o, a, b) -> refresh());
        severity.addListener((o, a, b) -> refresh());
        status.addListener((o, a, b) -> refresh());
        showConsequences.addListener((o, a, b) -> refresh());
        session.workbenchProperty().addListener((o, a, b) -> loadYears());
        session.changesProperty().addListener((o, a, b) -> loadYears());
        selected.addListener((o, a, b) -> commentProblem.set(""));
        selected.addListener((o, a, b) -> loadDetail(b));
    }

    /**
     * The chosen finding in plain words with every cell behind it ({@link #detail(StoredFinding)} at
     * once, the cells added when they have been looked up off the JavaFX thread).
     */
    public StringProperty detailProperty() {
        return detail;
    }

    private void loadDetail(StoredFinding f) {
        detail.set(detail(f));
        Workbench wb = session.workbench();
        if (f == null || wb == null || f.finding().schoolCode() == null) {
            return;
        }
        session.runner().fetch((p, c) -> wb.findingCells().of(f.finding()), cells -> {
            if (f.equals(selected.get())) {
                detail.set(detail(f, cells));
            }
        }, e -> session.fail(session.t("validation.failed"), e));
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public ObjectProperty<FindingStatus> statusProperty() {
        return status;
    }

    /** District code filter; blank for all (applied with {@link #refresh}). */
    public StringProperty districtProperty() {
        return district;
    }

    /** School code filter; blank for all (applied with {@link #refresh}). */
    public StringProperty schoolProperty() {
        return school;
    }

    /**
     * Whether the findings that follow from another (folded under it, not counted) are listed too; off by
     * default: a cause's detail lists its consequences whichever way.
     */
    public javafx.beans.property.BooleanProperty showConsequencesProperty() {
        return showConsequences;
    }

    public ObservableList<FindingGroups.Group> groups() {
        return groups;
    }

    public ObjectProperty<StoredFinding> selectedProperty() {
        return selected;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /**
     * What keeps the chosen mark from being saved ("confirming needs a comment"), shown beside the
     * comment box rather than in a notice that could cover the box and the Confirm button; empty
     * when nothing does.
     */
    public StringProperty commentProblemProperty() {
        return commentProblem;
    }

    /** Reloads the census years; the latest becomes the chosen year. */
    public void loadYears() {
        Workbench wb = session.workbench();
        groups.clear();
        if (wb == null) {
            years.clear();
            return;
        }
        session.runner().fetch((p, c) -> wb.schoolDetails().years(), list -> {
            ListUpdate.to(years, list);
            if (!list.isEmpty() && (year.get() == null || !list.contains(year.get()))) {
                year.set(list.get(list.size() - 1));
            } else {
                refresh();
            }
        }, e -> session.fail(session.t("validation.failed"), e));
    }

    /** Runs the rule pack over the chosen year, with progress; findings already marked keep their marks. */
    public void run() {
        if (session.needsWorkspace()) {
            return;
        }
        Integer y = year.get();
        if (y == null) {
            session.notifier().info(session.t("validation.noYear"));
            return;
        }
        Workbench wb = session.workbench();
        String pack = session.settings().rulePack();
        session.run(session.t("job.validate", y), (p, c) -> wb.validation()
                .validate(pack == null ? null : Path.of(pack), y, null, p, c), r -> {
                    session.notifier().info(session.t("validation.done", r.raised(), r.added(), r.resolved(),
                            r.openErrors()));
                    if (!r.notCollected().isEmpty()) {
                        session.notifier().info(session.t("validation.notCollected",
                                r.notCollectedText()));
                    }
                    session.changed(); // this screen and the others reload
                }, session.t("validation.failed"));
    }

    /** The rule pack's thresholds for this workspace, for Validation ▸ Rule thresholds…. */
    public ThresholdsViewModel thresholds() {
        return new ThresholdsViewModel(session);
    }

    /** Shows the findings matching the filters, grouped by rule. */
    public void refresh() {
        Workbench wb = session.workbench();
        if (wb == null || year.get() == null) {
            groups.clear();
            return;
        }
        FindingFilter q = new FindingFilter(year.get(), blankToNull(district.get()), blankToNull(school.get()), null,
                severity.get(), status.get());
        StoredFinding keep = selected.get();
        java.util.Locale language = session.messages().locale();
        String pack = session.settings().rulePack();
        boolean consequences = showConsequences.get();
        int shownYear = year.get();
        session.runner().fetch((p, c) -> new Listed(wb.validation().titled(wb.validation().grouped(q), pack == null
                ? null : Path.of(pack), language), wb.validation().parametersUsed(shownYear)), listed -> {
            List<FindingGroups.Group> found = listed.groups();
            all = found.stream().flatMap(g -> g.findings().stream()).toList();
            List<FindingGroups.Group> list = consequences ? found : withoutConsequences(found);
            groups.setAll(list);
            int total = list.stream().mapToInt(FindingGroups.Group::count).sum();
            int open = list.stream().mapToInt(FindingGroups.Group::open).sum();
            // Findings listed are those of the pack last run over the year: say which.
            String packId = list.stream().flatMap(g -> g.findings().stream()).map(StoredFinding::packId)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            summary.set(packId == null ? session.t("validation.summary", total, list.size(), open)
                    : session.t("validation.summaryPack", total, list.size(), open,
                    ValidationService.DEFAULT_PACK_ID.equals(packId)
                            ? session.t("settings.defaultPack") : packId));
            long folded = all.stream().filter(StoredFinding::folded).count();
            if (folded > 0) {
                // Consequences are not counted above, but the officer is told how many there are (exercise 2).
                summary.set(summary.get() + " · " + session.t("validation.summaryFolded", folded));
            }
            if (!listed.thresholds().isEmpty()) {
                // The officer sees the thresholds the findings were raised with where the workspace changed them.
                summary.set(summary.get() + " — " + session.t("validation.thresholds", listed.thresholds().stream()
                        .map(u -> session.t("validation.threshold", u.name(), ValidationService.ParameterLine.plain(
                                u.value()), ValidationService.ParameterLine.plain(u.packValue())))
                        .collect(java.util.stream.Collectors.joining("; "))));
            }
            if (keep != null) {
                selected.set(list.stream().flatMap(g -> g.findings().stream()).filter(f -> f.id() == keep.id())
                        .findFirst().orElse(null));
            }
        }, e -> session.fail(session.t("validation.failed"), e));
    }

    /** Findings grouped by rule, and the pack's parameters they were raised with where not the pack's values. */
    private record Listed(List<FindingGroups.Group> groups,
                          List<org.emisworkbench.model.ParameterChange> thresholds) {
    }

    /** The groups with their consequences left out; a rule with consequences only is left out. */
    static List<FindingGroups.Group> withoutConsequences(List<FindingGroups.Group> groups) {
        List<FindingGroups.Group> out = new java.util.ArrayList<>();
        for (FindingGroups.Group g : groups) {
            List<StoredFinding> own = g.findings().stream().filter(f -> !f.folded()).toList();
            if (!own.isEmpty()) {
                out.add(new FindingGroups.Group(g.ruleId(), g.title(), g.severity(), g.count(), g.open(), g.firstCell(),
                        g.lastCell(), own));
            }
        }
        return out;
    }

    /** Marks the chosen finding: confirmed correct needs a comment; queried and open may have one. */
    public void mark(StoredFinding f, FindingStatus to, String comment) {
        Workbench wb = session.workbench();
        if (f == null || wb == null) {
            return;
        }
        if (to == FindingStatus.CONFIRMED && (comment == null || comment.isBlank())) {
            commentProblem.set(session.t("validation.needComment"));
            return;
        }
        commentProblem.set("");
        session.runner().fetch((p, c) -> {
            wb.validation().mark(f, to, comment);
            return to;
        }, s -> {
            session.notifier().info(session.t("validation.marked", session.t("status." + s.name())));
            session.changed();
        }, e -> {
            session.fail(session.t("validation.markFailed"), e);
            // Marked by someone else meanwhile (or gone): the list shows the finding as it now is.
            session.changed();
        });
    }

    /**
     * Writes a query workbook per school with open findings, for the district filter (blank: every
     * district of the year), into {@code dir}.
     */
    public void exportQueries(Path dir) {
        Workbench wb = session.workbench();
        Integer y = year.get();
        if (wb == null || y == null) {
            session.notifier().info(session.t("validation.noYear"));
            return;
        }
        String only = blankToNull(district.get());
        java.util.Locale locale = session.messages().locale();
        session.run(session.t("job.queries"), (p, c) -> wb.queries().forDistricts(y, only, locale, dir, p, c),
                w -> session.notifier().info(session.t("validation.queriesDone", w.files().size(), dir)
                        + (w.leftOut() == null ? "" : " " + session.t(w.leftOut()))),
                session.t("validation.queriesFailed"));
    }

    /** A finding in plain words: message, values, the cell to look at, and the officer's comment. */
    public String detail(StoredFinding f) {
        return detail(f, List.of());
    }

    /**
     * The finding's message, values and cell, then every cell behind it (one line per figure and sheet,
     * and a line for each figure no cell holds: left out of the return or of its template), then the
     * officer's comment.
     */
    public String detail(StoredFinding f, List<FindingCells.Cell> cells) {
        return new FindingDetailText(session, List.copyOf(groups), all).of(f, cells);
    }

    /** All findings now shown, flat. */
    public List<StoredFinding> shownFindings() {
        return groups.stream().flatMap(g -> g.findings().stream()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
