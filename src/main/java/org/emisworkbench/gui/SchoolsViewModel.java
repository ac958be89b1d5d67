package org.emisworkbench.gui;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.service.FindingQuery;
import org.emisworkbench.service.SchoolDetails;
import org.emisworkbench.service.ValidationService;
import org.emisworkbench.service.Workbench;

/** Schools: the list of current returns, and one school's figures, findings and sources. */
public final class SchoolsViewModel {
    private final Session session;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<SchoolListing> schools = FXCollections.observableArrayList();
    private final ObjectProperty<SchoolListing> selected = new SimpleObjectProperty<>();
    private final ObservableList<SchoolDetails.FigureRow> figures = FXCollections.observableArrayList();
    private final ObservableList<StoredFinding> findings = FXCollections.observableArrayList();
    private final StringProperty source = new SimpleStringProperty("");

    public SchoolsViewModel(Session session) {
        this.session = session;
        year.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, b) -> loadDetail(b));
        session.workbenchProperty().addListener((o, a, b) -> refresh());
    }

    public ObservableList<Integer> years() {
        return years;
    }

    /** The year shown, or null for every year. */
    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<SchoolListing> schools() {
        return schools;
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

    /** Where the chosen figure came from: file, sheet and cell. */
    public StringProperty sourceProperty() {
        return source;
    }

    /** Reloads the years and the schools of the chosen year. */
    public void refresh() {
        Workbench wb = session.workbench();
        if (wb == null) {
            schools.clear();
            years.clear();
            return;
        }
        Integer y = year.get();
        record Loaded(List<Integer> years, List<SchoolListing> schools) {
        }
        session.runner().fetch((p, c) -> new Loaded(new SchoolDetails(wb).years(), wb.schools(y, null)), l -> {
            if (!l.years().equals(years)) {
                years.setAll(l.years());
            }
            schools.setAll(l.schools());
        }, e -> session.fail(session.t("schools.failed"), e));
    }

    private void loadDetail(SchoolListing s) {
        figures.clear();
        findings.clear();
        source.set("");
        Workbench wb = session.workbench();
        if (s == null || wb == null) {
            return;
        }
        record Detail(List<SchoolDetails.FigureRow> figures, List<StoredFinding> findings) {
        }
        session.runner().fetch((p, c) -> new Detail(new SchoolDetails(wb).figures(s.code(), s.year(), s.district()),
                new FindingQuery(s.year(), null, s.code(), null, null, null).list(new ValidationService(wb))), d -> {
                    if (s.equals(selected.get())) {
                        figures.setAll(d.figures());
                        findings.setAll(d.findings());
                    }
                }, e -> session.fail(session.t("schools.failed"), e));
    }

    /** Looks up where a figure came from (sex null: the topic is not counted by sex, or both). */
    public void showSource(SchoolDetails.FigureRow row, Sex sex) {
        SchoolListing s = selected.get();
        Workbench wb = session.workbench();
        if (s == null || wb == null || row == null) {
            return;
        }
        Sex which = row.topic().bySex() ? (sex == null ? Sex.F : sex) : null;
        session.runner().fetch((p, c) -> new SchoolDetails(wb).sources(s.code(), s.year(), s.district(), row.topic(),
                row.slot(), which), list -> {
                    String head = session.t("schools.sourceOf", session.t("topic." + row.topic().code()), row.label(),
                            which == null ? "" : session.t("sex." + which.name()));
                    if (list.isEmpty()) {
                        source.set(head + "\n" + session.t("schools.noSource"));
                    } else {
                        source.set(head + "\n" + list.stream().map(f -> session.t("schools.sourceLine",
                                f.source().file(), f.source().sheet(), f.source().cell(),
                                f.value() == null ? "-" : f.value())).collect(Collectors.joining("\n")));
                    }
                }, e -> session.fail(session.t("schools.failed"), e));
    }
}
