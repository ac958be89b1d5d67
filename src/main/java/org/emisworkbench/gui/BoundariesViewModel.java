package org.emisworkbench.gui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.model.Localized;
import org.emisworkbench.service.BoundaryService;
import org.emisworkbench.service.Workbench;

/**
 * File ▸ Boundaries…: a GeoJSON file of the districts (and regions), the property of its features that
 * holds the area code (the properties the file has are offered, the one matching most codes chosen), the
 * import through the same service as {@code emis boundaries}, then what matched nothing on either side.
 * Reading and importing run off the JavaFX thread.
 */
public final class BoundariesViewModel {
    private final Session session;
    private final StringProperty file = new SimpleStringProperty("");
    private final ObservableList<String> properties = FXCollections.observableArrayList();
    private final ObjectProperty<String> property = new SimpleObjectProperty<>();
    private final StringProperty report = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Map<String, Integer> matches = Map.of();
    private int features;
    private long reads;

    public BoundariesViewModel(Session session) {
        this.session = session;
    }

    /** The file's path as typed or chosen. */
    public StringProperty fileProperty() {
        return file;
    }

    /** The properties of the file's features, in the file's order. */
    public ObservableList<String> properties() {
        return properties;
    }

    /** The property holding the district or region code. */
    public ObjectProperty<String> propertyProperty() {
        return property;
    }

    /** What the dialog says: what the file holds, what the import kept and what matched nothing. */
    public StringProperty reportProperty() {
        return report;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** A property as offered: its name and how many of the file's features it gives a known code. */
    public String propertyText(String p) {
        return p == null ? "" : session.t("boundaries.dialog.property", p, matches.getOrDefault(p, 0), features);
    }

    /** Reads the file's properties and chooses the one matching most area codes. */
    public void read() {
        Workbench wb = session.workbench();
        Path path = path();
        long ticket = ++reads;
        properties.clear();
        property.set(null);
        matches = Map.of();
        if (wb == null || path == null) {
            report.set(wb == null ? session.t("error.noWorkspace") : "");
            return;
        }
        busy.set(true);
        report.set(session.t("boundaries.dialog.reading", path.getFileName()));
        session.runner().fetch((p, c) -> wb.boundaries().properties(path), r -> {
            if (ticket != reads) {
                return;
            }
            busy.set(false);
            matches = r.matches();
            features = r.features();
            properties.setAll(r.matches().keySet());
            property.set(r.guess() != null ? r.guess() : properties.isEmpty() ? null : properties.get(0));
            report.set(session.t("boundaries.dialog.read", path.getFileName(), r.features(), r.matches().size())
                    + (r.guess() == null ? "\n" + session.t("boundaries.dialog.noGuess") : ""));
        }, e -> {
            if (ticket == reads) {
                busy.set(false);
                failed(e);
            }
        });
    }

    /** Imports the file's areas matched by the chosen property, as {@code emis boundaries} does. */
    public void importNow() {
        Workbench wb = session.workbench();
        Path path = path();
        String prop = property.get();
        if (wb == null || path == null || prop == null || busy.get()) {
            return;
        }
        busy.set(true);
        report.set(session.t("boundaries.dialog.importing", path.getFileName()));
        boolean started = session.runner().run(session.t("boundaries.dialog.job"),
                session.localized((p, c) -> wb.boundaries().importFile(path, prop)), r -> {
                    busy.set(false);
                    report.set(text(r));
                    session.changed(); // the map redraws with the new boundaries
                }, e -> {
                    busy.set(false);
                    failed(e);
                });
        if (!started) {
            busy.set(false);
            report.set(session.t("job.busy", session.runner().status().titleProperty().get()));
        }
    }

    /** The import's report: what was kept, then each kind of unmatched area with its count. */
    String text(BoundaryService.Imported r) {
        StringBuilder b = new StringBuilder(session.t("boundaries.dialog.kept", r.file().getFileName(),
                r.districts().size(), r.regions().size(), r.property()));
        if (r.replaced() > 0) {
            b.append('\n').append(session.t("boundaries.dialog.replaced", r.replaced()));
        }
        list(b, "boundaries.dialog.unmatchedFeatures", r.unmatchedFeatures());
        list(b, "boundaries.dialog.districtsWithout", r.districtsWithout());
        list(b, "boundaries.dialog.regionsWithout", r.regionsWithout());
        if (r.unmatchedFeatures().isEmpty() && r.districtsWithout().isEmpty() && r.regionsWithout().isEmpty()) {
            b.append('\n').append(session.t("boundaries.dialog.allMatched"));
        }
        return b.toString();
    }

    private void list(StringBuilder b, String key, List<String> items) {
        if (!items.isEmpty()) {
            b.append("\n\n").append(session.t(key, items.size())).append('\n').append(String.join(", ", items));
        }
    }

    /** A refusal (a bad file, no feature matching) is said in the dialog; anything else as every failure is. */
    private void failed(Throwable e) {
        if (Localized.reason(e) instanceof Localized l) {
            report.set(session.t(l.message()));
        } else {
            report.set("");
            session.fail(session.t("boundaries.dialog.failed"), e);
        }
    }

    private Path path() {
        String text = file.get() == null ? "" : file.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
