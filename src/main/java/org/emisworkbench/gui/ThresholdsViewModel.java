package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.service.ValidationService;
import org.emisworkbench.service.ValidationService.ParameterLine;
import org.emisworkbench.service.Workbench;

/**
 * Validation ▸ Rule thresholds…: the parameters of the rule pack in use (Settings' pack, else the default one)
 * with the value in force in this workspace, the pack's own and the range allowed; the officer types new values
 * and saves them, as {@code emis rules --set} does, through the same service and its one check (a value out of
 * range or of the wrong kind is refused with the pack's message and nothing is kept). Values are kept for the
 * next validation; a value typed back to the pack's is no longer kept. Reading and saving run off the JavaFX
 * thread.
 */
public final class ThresholdsViewModel {
    private final Session session;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty pack = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private long reads;

    /**
     * One parameter as the dialog shows it: the value in force in this workspace, and {@code typed}, what the
     * officer has typed (at first the value in force). Both change in place when values are saved, so the fields
     * bound to them stay (and keep the focus).
     */
    public record Row(String name, String description, String packValue, String range, StringProperty inForce,
                      StringProperty typed) {
        /** Whether the officer has typed something other than the value in force. */
        public boolean edited() {
            return !normalised(typed.get()).equals(inForce.get());
        }
    }

    public ThresholdsViewModel(Session session) {
        this.session = session;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The pack's id, version and title. */
    public StringProperty packProperty() {
        return pack;
    }

    /** Why the values typed were not kept (the pack's own words), or blank. */
    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Reads the pack's parameters and this workspace's values. */
    public void load() {
        Workbench wb = session.workbench();
        if (wb == null) {
            rows.clear();
            problem.set(session.t("error.noWorkspace"));
            return;
        }
        Path packFile = packFile();
        long ticket = ++reads;
        busy.set(true);
        session.runner().fetch((p, c) -> wb.validation().describe(packFile), listing -> {
            if (ticket == reads) {
                busy.set(false);
                show(listing);
                problem.set("");
            }
        }, e -> {
            if (ticket == reads) {
                busy.set(false);
                problem.set(session.plain(e));
            }
        });
    }

    /** Keeps the values typed (those equal to the pack's are dropped); on a refusal nothing is kept. */
    public void save() {
        Workbench wb = session.workbench();
        if (wb == null || busy.get()) {
            return;
        }
        Map<String, String> set = new LinkedHashMap<>();
        for (Row r : rows) {
            set.put(r.name(), normalised(r.typed().get()));
        }
        Path packFile = packFile();
        busy.set(true);
        long ticket = ++reads;
        session.runner().fetch((p, c) -> wb.validation().setParameters(packFile, set, Set.of()), listing -> {
            if (ticket == reads) {
                busy.set(false);
                show(listing);
                problem.set("");
                long changed = listing.changed().size();
                session.notifier().info(session.t("thresholds.saved", changed));
                session.changed();
            }
        }, e -> {
            if (ticket == reads) {
                busy.set(false);
                problem.set(session.plain(e));
            }
        });
    }

    /** Types the pack's value back into every row (kept only when saved). */
    public void typePackValues() {
        rows.forEach(r -> r.typed().set(r.packValue()));
    }

    /** Whether any row holds a value other than the one in force. */
    public boolean edited() {
        return rows.stream().anyMatch(Row::edited);
    }

    private void show(ValidationService.PackListing listing) {
        // The default pack is named in the window's language (its title in the file is English); a country's
        // own pack by its id and title as its authors wrote them.
        pack.set(session.t("thresholds.pack", ValidationService.DEFAULT_PACK_ID.equals(listing.id())
                ? session.t("settings.defaultPack") : listing.id() + " — " + listing.title(), listing.version()));
        java.util.Locale language = session.messages().locale();
        List<ParameterLine> lines = listing.parameters();
        if (lines.stream().map(ParameterLine::name).toList().equals(rows.stream().map(Row::name).toList())) {
            for (int i = 0; i < lines.size(); i++) {
                String value = ParameterLine.plain(lines.get(i).value());
                rows.get(i).inForce().set(value);
                rows.get(i).typed().set(value);
            }
            return;
        }
        rows.setAll(lines.stream().map(p -> new Row(p.name(), p.description().in(language),
                ParameterLine.plain(p.packValue()), session.t(p.whole() ? "thresholds.rangeWhole" : "thresholds.range",
                ParameterLine.plain(p.min()), ParameterLine.plain(p.max())),
                new SimpleStringProperty(ParameterLine.plain(p.value())),
                new SimpleStringProperty(ParameterLine.plain(p.value())))).toList());
    }

    private Path packFile() {
        String p = session.settings().rulePack();
        return p == null ? null : Path.of(p);
    }

    /**
     * A value as the pack reads it: spaces dropped, and a decimal comma (as French and Portuguese officers
     * type 0,3) read as the point the pack's files use.
     */
    static String normalised(String typed) {
        String t = typed == null ? "" : typed.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        return t.indexOf(',') >= 0 && t.indexOf('.') < 0 ? t.replace(',', '.') : t;
    }
}
