package org.emisworkbench.gui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.maps.ClassMethod;
import org.emisworkbench.maps.MapArea;
import org.emisworkbench.maps.MapPicture;
import org.emisworkbench.maps.MapPoint;
import org.emisworkbench.maps.MapView;
import org.emisworkbench.model.IndicatorNumbers;
import org.emisworkbench.service.MapService;
import org.emisworkbench.service.Workbench;

/**
 * The Map screen: a year, level, indicator and class method; the districts shaded by the indicator with
 * the schools as points (computed off the JavaFX thread); pan and zoom; what is under the pointer; a
 * district clicked opens the Indicators screen on it.
 */
public final class MapsViewModel {
    private final Session session;
    private final AreaSelectors area;
    private final BiConsumer<Integer, String> openDistrict;
    private final BiConsumer<Integer, String> openSchool;
    private final ObservableList<MapService.Choice> schoolChoices = FXCollections.observableArrayList();
    private final ObjectProperty<MapService.Choice> schoolsBy = new SimpleObjectProperty<>();
    private final ObservableList<MapService.Choice> indicators = FXCollections.observableArrayList();
    private final ObjectProperty<MapService.Choice> indicator = new SimpleObjectProperty<>();
    private final ObjectProperty<ClassMethod> method = new SimpleObjectProperty<>(ClassMethod.QUANTILES);
    private final ObjectProperty<MapPicture> picture = new SimpleObjectProperty<>();
    private final ObjectProperty<MapView> view = new SimpleObjectProperty<>(MapView.FIT);
    private final ObjectProperty<MapPicture> onScreen = new SimpleObjectProperty<>();
    private final ObjectProperty<MapView> drawnView = new SimpleObjectProperty<>();
    private final StringProperty hover = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private boolean loading;
    /** The keyboard's way through the schools: nearest first from where the centre was when it began. */
    private List<MapPoint> keyboardOrder;
    private MapPicture keyboardPicture;
    private int keyboardAt = -1;
    private MapPoint keyboardSchool;
    private MapView keyboardView;

    /**
     * @param openDistrict shows the Indicators screen on a year and district
     * @param openSchool   shows the Schools screen on a year and school code, that school selected
     */
    public MapsViewModel(Session session, BiConsumer<Integer, String> openDistrict,
                         BiConsumer<Integer, String> openSchool) {
        this.session = session;
        this.openDistrict = openDistrict;
        this.openSchool = openSchool;
        this.area = new AreaSelectors(session);
        area.yearProperty().addListener((o, a, b) -> refresh());
        area.levelProperty().addListener((o, a, b) -> refresh());
        indicator.addListener((o, a, b) -> refresh());
        method.addListener((o, a, b) -> refresh());
        schoolsBy.addListener((o, a, b) -> refresh());
        session.workbenchProperty().addListener((o, a, b) -> load());
        session.changesProperty().addListener((o, a, b) -> load());
    }

    public AreaSelectors area() {
        return area;
    }

    public ObservableList<MapService.Choice> indicators() {
        return indicators;
    }

    public ObjectProperty<MapService.Choice> indicatorProperty() {
        return indicator;
    }

    /** Chooses an indicator by its id (tests, a saved choice). */
    public void chooseIndicator(String id) {
        indicators.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(indicator::set);
    }

    /** What the schools can be coloured by: nothing, their open findings, a school indicator. */
    public ObservableList<MapService.Choice> schoolChoices() {
        return schoolChoices;
    }

    public ObjectProperty<MapService.Choice> schoolsByProperty() {
        return schoolsBy;
    }

    /** Colours the schools by a choice's id ({@link MapService#SCHOOLS_BY_FINDINGS}, an indicator id…). */
    public void colourSchoolsBy(String id) {
        schoolChoices.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(schoolsBy::set);
    }

    public List<ClassMethod> methods() {
        return List.of(ClassMethod.QUANTILES, ClassMethod.EQUAL_INTERVALS);
    }

    public String methodText(ClassMethod m) {
        return m == null ? "" : session.t("map.method." + m.name().toLowerCase(Locale.ROOT));
    }

    public ObjectProperty<ClassMethod> methodProperty() {
        return method;
    }

    /** The map to draw, null until computed (or without boundaries). */
    public ObjectProperty<MapPicture> pictureProperty() {
        return picture;
    }

    public ObjectProperty<MapView> viewProperty() {
        return view;
    }

    /**
     * The picture whose drawing is on screen (drawn off the JavaFX thread, it follows {@link #pictureProperty}
     * a moment later); what is under the pointer is looked up in it.
     */
    public ObjectProperty<MapPicture> onScreenProperty() {
        return onScreen;
    }

    /** The view the drawing on screen was made for (while panning, the newest view is drawn a moment later). */
    public ObjectProperty<MapView> drawnViewProperty() {
        return drawnView;
    }

    public StringProperty hoverProperty() {
        return hover;
    }

    /** Why there is no map, when there is none. */
    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Loads the choices, then the map. */
    public void load() {
        Workbench wb = session.workbench();
        loading = true;
        // Titles in the window's language, which may have changed since: the choice is kept by its id.
        String keep = indicator.get() == null ? MapService.SCHOOL_INDICATOR : indicator.get().id();
        indicators.setAll(MapService.indicatorChoices(session.messages().locale()));
        chooseIndicator(keep);
        String keepSchools = schoolsBy.get() == null ? MapService.SCHOOLS_PLAIN : schoolsBy.get().id();
        schoolChoices.setAll(MapService.schoolChoices(session.messages().locale()));
        colourSchoolsBy(keepSchools);
        area.load(() -> {
            loading = false;
            refresh();
        });
        if (wb == null) {
            picture.set(null);
        }
    }

    /** Computes the map in the background. */
    public void refresh() {
        Workbench wb = session.workbench();
        Integer year = area.yearProperty().get();
        MapService.Choice ind = indicator.get();
        if (loading || wb == null || year == null || ind == null) {
            return;
        }
        String level = area.levelProperty().get();
        ClassMethod m = method.get();
        MapService.Choice by = schoolsBy.get();
        String byId = by == null ? MapService.SCHOOLS_PLAIN : by.id();
        Locale locale = session.messages().locale();
        busy.set(true);
        session.runner().fetch((p, c) -> wb.maps().hasBoundaries()
                ? wb.maps().country(year, level, ind.id(), m, MapService.DEFAULT_CLASSES, byId, locale) : null, pic -> {
                    if (!Objects.equals(year, area.yearProperty().get()) || ind != indicator.get() || m != method.get()
                            || by != schoolsBy.get()) {
                        return; // the choice changed meanwhile; its own refresh follows
                    }
                    busy.set(false);
                    note.set(pic == null ? session.t("map.noBoundaries") : "");
                    picture.set(pic);
                }, e -> {
                    busy.set(false);
                    session.fail(session.t("map.failed"), e);
                });
    }

    /** What is under the pointer at a frame point of the picture on screen: a school first, else a district. */
    public void hover(double x, double y) {
        MapPicture pic = onScreen.get();
        if (pic == null) {
            hover.set("");
            return;
        }
        IndicatorNumbers numbers = new IndicatorNumbers(session.messages().locale());
        var school = pic.pointAt(x, y);
        if (school.isPresent()) {
            hover.set(schoolText(pic, school.get()));
            return;
        }
        var district = pic.areaAt(x, y);
        hover.set(district.map(a -> session.t("map.hoverDistrict", a.code(), Objects.toString(a.name(), ""),
                a.value() == null ? session.t("indicators.na") : numbers.numbers().figure(a.value()))).orElse(""));
    }

    /**
     * A click at a frame point: the school there (the nearest within a few pixels) opens on the Schools screen
     * with its figures and findings; elsewhere the district there opens on the Indicators screen.
     */
    public void click(double x, double y) {
        MapPicture pic = onScreen.get();
        if (pic == null) {
            return;
        }
        Integer year = area.yearProperty().get();
        var school = pic.pointAt(x, y);
        if (school.isPresent()) {
            openSchool.accept(year, school.get().code());
        } else {
            pic.areaAt(x, y).map(MapArea::code).ifPresent(code -> openDistrict.accept(year, code));
        }
    }

    private String schoolText(MapPicture pic, MapPoint s) {
        String name = Objects.toString(s.name(), "");
        if (pic.pointLegend() == null) {
            return session.t("map.hoverSchool", s.code(), name);
        }
        var band = pic.pointLegend().of(s.value());
        String value = s.value() == null ? session.t("indicators.na") : band != null && band.label() != null
                ? band.label() : new IndicatorNumbers(session.messages().locale()).numbers().figure(s.value());
        return session.t("map.hoverSchoolValue", s.code(), name, value);
    }

    /**
     * The keyboard's pick (N, Shift+N on the map): the next (or previous) school, nearest first from where the
     * map's centre was when stepping began, brought under the centre and named where the pointer's would be;
     * Enter then opens it ({@link #pickAtCentre}). A frame of {@code width} × {@code height}, as on screen.
     *
     * @return the school now under the centre, or null when the map has none
     */
    public MapPoint stepSchool(int step, double width, double height) {
        MapPicture pic = picture.get();
        if (pic == null) {
            return null;
        }
        java.awt.geom.Rectangle2D frame = new java.awt.geom.Rectangle2D.Double(0, 0, width, height);
        double[] c = MapPicture.centre(frame);
        if (keyboardOrder == null || keyboardPicture != pic) {
            keyboardOrder = pic.schoolsByDistance(frame, view.get(), c[0], c[1]);
            keyboardPicture = pic;
            keyboardAt = -1;
        }
        if (keyboardOrder.isEmpty()) {
            return null;
        }
        keyboardAt = keyboardAt < 0 ? (step > 0 ? 0 : keyboardOrder.size() - 1)
                : Math.floorMod(keyboardAt + step, keyboardOrder.size());
        MapPoint p = keyboardOrder.get(keyboardAt);
        java.awt.geom.Point2D at = pic.toFrame(p.longitude(), p.latitude(), frame, view.get());
        view.set(view.get().panned(c[0] - at.getX(), c[1] - at.getY()));
        keyboardSchool = p;
        keyboardView = view.get();
        hover.set(schoolText(pic, p));
        return p;
    }

    /**
     * Enter on the map: the school the keyboard stepped to (while the map has not moved since), else whatever
     * is under the centre, as a click there would open it.
     */
    public void pickAtCentre(double width, double height) {
        if (keyboardSchool != null && view.get().equals(keyboardView) && picture.get() == keyboardPicture) {
            openSchool.accept(area.yearProperty().get(), keyboardSchool.code());
            return;
        }
        double[] c = MapPicture.centre(new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        click(c[0], c[1]);
    }

    public void pan(double dx, double dy) {
        view.set(view.get().panned(dx, dy));
    }

    public void zoom(double factor, double x, double y) {
        view.set(view.get().zoomed(factor, x, y));
    }

    public void resetView() {
        view.set(MapView.FIT);
    }
}
