package org.emisworkbench.gui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.service.IndicatorService;
import org.emisworkbench.service.Workbench;

/** Year, district and level choices shared by the Indicators and Reports screens. */
public final class AreaSelectors {
    private final Session session;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<String> districts = FXCollections.observableArrayList();
    private final ObjectProperty<String> district = new SimpleObjectProperty<>();
    private final ObservableList<String> levels = FXCollections.observableArrayList();
    private final ObjectProperty<String> level = new SimpleObjectProperty<>("primary");

    AreaSelectors(Session session) {
        this.session = session;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** District codes of the chosen year; the view offers "all" (null) in front. */
    public ObservableList<String> districts() {
        return districts;
    }

    public ObjectProperty<String> districtProperty() {
        return district;
    }

    public ObservableList<String> levels() {
        return levels;
    }

    public ObjectProperty<String> levelProperty() {
        return level;
    }

    /** Loads years, districts and levels; keeps the choices that still exist. */
    void load(Runnable then) {
        Workbench wb = session.workbench();
        if (wb == null) {
            years.clear();
            districts.clear();
            return;
        }
        Integer wanted = year.get();
        record Loaded(List<Integer> years, List<String> districts, List<String> levels, Integer year) {
        }
        session.runner().fetch((p, c) -> {
            IndicatorService t = wb.indicators();
            List<Integer> ys = t.years();
            Integer y = wanted != null && ys.contains(wanted) ? wanted : ys.isEmpty() ? null : ys.get(ys.size() - 1);
            return new Loaded(ys, y == null ? List.of() : t.districts(y), t.levels(), y);
        }, l -> {
            ListUpdate.to(years, l.years());
            ListUpdate.to(levels, l.levels());
            if (!l.levels().contains(level.get()) && !l.levels().isEmpty()) {
                level.set(l.levels().contains("primary") ? "primary" : l.levels().get(0));
            }
            String keep = district.get();
            ListUpdate.to(districts, l.districts());
            district.set(keep != null && l.districts().contains(keep) ? keep : null);
            year.set(l.year());
            if (then != null) {
                then.run();
            }
        }, e -> session.fail(session.t("indicators.failed"), e));
    }
}
