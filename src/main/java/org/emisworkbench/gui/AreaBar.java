package org.emisworkbench.gui;

import javafx.scene.control.ComboBox;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

/** Year, district and level pickers bound to {@link AreaSelectors}. */
final class AreaBar {
    private AreaBar() {
    }

    static FlowPane build(Session session, AreaSelectors area, String allDistrictsKey, String prefix,
                          Subscriptions subscriptions) {
        ComboBox<Integer> year = new ComboBox<>(area.years());
        year.setId(prefix + "Year");
        year.valueProperty().bindBidirectional(area.yearProperty());
        ComboBox<String> district = new ComboBox<>();
        district.setId(prefix + "District");
        district.getItems().add(null);
        district.getItems().addAll(area.districts());
        subscriptions.add(area.districts().subscribe(() -> {
            java.util.List<String> items = new java.util.ArrayList<>();
            items.add(null); // "all districts"
            items.addAll(area.districts());
            ListUpdate.to(district.getItems(), items);
        }));
        district.setConverter(converter(session, allDistrictsKey, null));
        district.valueProperty().bindBidirectional(area.districtProperty());
        ComboBox<String> level = new ComboBox<>(area.levels());
        level.setId(prefix + "Level");
        level.setConverter(converter(session, null, "level."));
        level.valueProperty().bindBidirectional(area.levelProperty());
        FlowPane bar = new FlowPane(8, 6, Fx.labelFor(session.t("area.year"), year), year,
                Fx.labelFor(session.t("area.district"), district), district,
                Fx.labelFor(session.t("area.level"), level), level);
        bar.getStyleClass().add("toolbar");
        return bar;
    }

    private static StringConverter<String> converter(Session session, String nullKey, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                if (s == null) {
                    return nullKey == null ? "" : session.t(nullKey);
                }
                if (prefix != null) {
                    String t = session.t(prefix + s);
                    return t.startsWith("!") ? s : t;
                }
                return s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
