package org.emisworkbench.gui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.SchoolStructure;
import org.emisworkbench.service.Workbench;

/**
 * Data ▸ School structure…: the years of primary and lower secondary and the entrance age of Grade 1, with the
 * grades of each level as they would be, worked out as the officer turns the spinners (a model value, no I/O);
 * OK changes the workspace through the same service as {@code emis structure}, off the JavaFX thread
 * (decision 0039).
 */
public final class StructureViewModel {
    private final Session session;
    private final IntegerProperty primary = new SimpleIntegerProperty(6);
    private final IntegerProperty lowerSecondary = new SimpleIntegerProperty(3);
    private final IntegerProperty entranceAge = new SimpleIntegerProperty(6);
    private final ObservableList<String> levels = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty lastChange = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private SchoolStructure loaded;

    public StructureViewModel(Session session) {
        this.session = session;
        primary.addListener((o, a, b) -> preview());
        lowerSecondary.addListener((o, a, b) -> preview());
        entranceAge.addListener((o, a, b) -> preview());
        preview();
    }

    public IntegerProperty primaryProperty() {
        return primary;
    }

    public IntegerProperty lowerSecondaryProperty() {
        return lowerSecondary;
    }

    public IntegerProperty entranceAgeProperty() {
        return entranceAge;
    }

    /** One line per level: its name, then its grades with their official ages. */
    public ObservableList<String> levels() {
        return levels;
    }

    /** Why the structure shown cannot be kept, or blank. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** When and by whom the structure was last changed in this workspace, or blank when it never was. */
    public StringProperty lastChangeProperty() {
        return lastChange;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public SchoolStructure typed() {
        // The dialog changes levels and the entrance age; the pre-primary years stay the workspace's (decision 0066).
        // ... and so does the number of grades (G12, or G13: decision 0072).
        return new SchoolStructure(primary.get(), lowerSecondary.get(), entranceAge.get(),
                loaded == null ? 1 : loaded.prePrimaryYears(), loaded == null ? SchoolStructure.GRADES : loaded.lastGrade());
    }

    /** Reads the workspace's structure into the spinners. */
    public void load() {
        Workbench wb = session.workbench();
        if (wb == null) {
            problem.set(session.t("error.noWorkspace"));
            return;
        }
        busy.set(true);
        session.runner().fetch((p, c) -> new Loaded(wb.structure().current(), wb.structure().lastChangeSaid()),
                (Loaded read) -> {
            busy.set(false);
            Optional<SchoolStructure> s = read.structure();
            lastChange.set(read.lastChange().map(session::t).orElse(""));
            loaded = s.orElse(null);
            SchoolStructure shown = s.orElse(SchoolStructure.standard());
            primary.set(shown.primaryYears());
            lowerSecondary.set(shown.lowerSecondaryYears());
            entranceAge.set(shown.entranceAge());
            problem.set(s.isPresent() ? "" : session.t("structure.other"));
            preview();
        }, e -> {
            busy.set(false);
            problem.set(session.plain(e));
        });
    }

    /**
     * Changes the workspace to the structure typed; {@code done} runs once it is kept (or was already so). On a
     * refusal nothing changes and the reason shows.
     */
    public void save(Runnable done) {
        Workbench wb = session.workbench();
        if (wb == null || busy.get()) {
            return;
        }
        SchoolStructure target = typed();
        if (target.equals(loaded)) {
            done.run();
            return;
        }
        busy.set(true);
        session.runner().fetch((p, c) -> wb.structure().change(target, null), (Message said) -> {
            busy.set(false);
            loaded = target;
            session.notifier().info(session.t(said));
            session.changed();
            done.run();
        }, e -> {
            busy.set(false);
            problem.set(session.plain(e));
        });
    }

    /** What {@link #load} reads off the JavaFX thread. */
    private record Loaded(Optional<SchoolStructure> structure, Optional<Message> lastChange) {
    }

    private void preview() {
        SchoolStructure s = typed();
        Optional<Message> why = s.problem(null);
        if (why.isPresent()) {
            problem.set(session.t(why.get()));
            levels.clear();
            return;
        }
        problem.set("");
        GradeSystem grades = s.grades();
        levels.setAll(grades.levels().stream().map(level -> line(level, grades.gradesOf(level))).toList());
    }

    private String line(String level, List<Grade> grades) {
        return session.t("level." + level) + ": " + String.join(", ", grades.stream()
                .map(g -> session.t("structure.grade", g.code(), g.officialAge())).toList());
    }
}
