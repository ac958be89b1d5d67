package org.emisworkbench.gui;

import java.awt.geom.Rectangle2D;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.emisworkbench.maps.ClassMethod;
import org.emisworkbench.maps.MapPicture;
import org.emisworkbench.service.MapService;

/**
 * The Map screen: the choices above, the map on a canvas (the one Java2D drawing, decision 0019, made into
 * an image off the JavaFX thread by {@link MapCanvas}), what is under the pointer below. Drag pans, the
 * wheel zooms about the pointer, a click on a school opens it on the Schools screen, on a district its
 * indicators.
 */
final class MapsView {
    private final Session session;
    private final MapsViewModel vm;
    private final Subscriptions subscriptions;
    /** How far an arrow key moves the map, in pixels. */
    private static final double KEY_PAN = 40;
    private double pressX;
    private double pressY;
    private boolean dragged;
    /** Where the pointer last was over the map: what is under it is looked up again once a new image shows. */
    private double pointerX = -1;
    private double pointerY = -1;

    MapsView(Session session, MapsViewModel vm, Subscriptions subscriptions) {
        this.session = session;
        this.vm = vm;
        this.subscriptions = subscriptions;
    }

    Node build() {
        ComboBox<Integer> year = new ComboBox<>(vm.area().years());
        year.setId("mapYear");
        year.valueProperty().bindBidirectional(vm.area().yearProperty());
        ComboBox<String> level = new ComboBox<>(vm.area().levels());
        level.setId("mapLevel");
        level.valueProperty().bindBidirectional(vm.area().levelProperty());
        ComboBox<MapService.Choice> indicator = new ComboBox<>(vm.indicators());
        indicator.setId("mapIndicator");
        indicator.setConverter(new StringConverter<>() {
            @Override
            public String toString(MapService.Choice c) {
                return c == null ? "" : c.title();
            }

            @Override
            public MapService.Choice fromString(String s) {
                return null;
            }
        });
        indicator.valueProperty().bindBidirectional(vm.indicatorProperty());
        ComboBox<ClassMethod> method = new ComboBox<>(FXCollections.observableArrayList(vm.methods()));
        method.setId("mapMethod");
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClassMethod m) {
                return vm.methodText(m);
            }

            @Override
            public ClassMethod fromString(String s) {
                return null;
            }
        });
        method.valueProperty().bindBidirectional(vm.methodProperty());
        ComboBox<MapService.Choice> schoolsBy = new ComboBox<>(vm.schoolChoices());
        schoolsBy.setId("mapSchoolsBy");
        schoolsBy.setConverter(indicator.getConverter());
        schoolsBy.valueProperty().bindBidirectional(vm.schoolsByProperty());
        Button fit = Fx.button(session.t("map.fit"), e -> vm.resetView());
        fit.setId("mapFit");
        FlowPane bar = new FlowPane(8, 6, plain(session.t("area.year").replace("_", ""), year), year,
                plain(session.t("area.level").replace("_", ""), level), level,
                plain(session.t("map.indicator"), indicator), indicator,
                plain(session.t("map.method"), method), method,
                plain(session.t("map.schoolsBy"), schoolsBy), schoolsBy, fit);
        bar.getStyleClass().add("toolbar");

        Canvas canvas = new Canvas(800, 500);
        canvas.setId("mapCanvas");
        Pane holder = new Pane(canvas);
        holder.setMinSize(200, 150);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        MapCanvas drawn = new MapCanvas(canvas, session, (pic, view) -> {
            vm.drawnViewProperty().set(view);
            vm.onScreenProperty().set(pic);
            vm.hover(pointerX, pointerY);
        });
        Runnable paint = () -> drawn.show(vm.pictureProperty().get(), vm.viewProperty().get());
        canvas.widthProperty().addListener((o, a, b) -> paint.run());
        canvas.heightProperty().addListener((o, a, b) -> paint.run());
        subscriptions.add(vm.pictureProperty().subscribe((a, b) -> paint.run()));
        subscriptions.add(vm.viewProperty().subscribe((a, b) -> paint.run()));
        canvas.setOnMousePressed(e -> {
            canvas.requestFocus();
            pressX = e.getX();
            pressY = e.getY();
            dragged = false;
        });
        canvas.setOnMouseDragged(e -> {
            if (Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 3 || dragged) {
                dragged = true;
                vm.pan(e.getX() - pressX, e.getY() - pressY);
                pressX = e.getX();
                pressY = e.getY();
            }
        });
        canvas.setOnMouseClicked(e -> {
            if (!dragged && e.isStillSincePress()) {
                vm.click(e.getX(), e.getY());
            }
        });
        canvas.setOnMouseMoved(e -> {
            pointerX = e.getX();
            pointerY = e.getY();
            vm.hover(e.getX(), e.getY());
        });
        canvas.setOnScroll(e -> {
            double factor = e.getDeltaY() > 0 ? 1.25 : e.getDeltaY() < 0 ? 0.8 : 1;
            if (factor != 1) {
                // About the pointer: its place relative to where the unpanned map is centred.
                vm.zoom(factor, e.getX() - mapCentreX(canvas), e.getY() - mapCentreY(canvas));
            }
        });
        // The keyboard's way to look around: arrows pan (Shift: a little), + and - zoom about the centre, Home
        // shows it all. The centre, marked by a cross while the map has the focus, is the keyboard's pointer:
        // what is under it is named below the map; N (Shift+N) brings the next (previous) school under it,
        // nearest first; Enter opens what is under it, as a click would.
        canvas.setFocusTraversable(true);
        canvas.setOnKeyPressed(e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
                return; // Ctrl+= and Ctrl+- size the text, Alt+letter opens the menus
            }
            double step = e.isShiftDown() ? KEY_PAN / 8 : KEY_PAN;
            switch (e.getCode()) {
                case LEFT -> vm.pan(step, 0);
                case RIGHT -> vm.pan(-step, 0);
                case UP -> vm.pan(0, step);
                case DOWN -> vm.pan(0, -step);
                case PLUS, ADD, EQUALS -> vm.zoom(1.25, 0, 0);
                case MINUS, SUBTRACT -> vm.zoom(0.8, 0, 0);
                case HOME -> vm.resetView();
                case N -> vm.stepSchool(e.isShiftDown() ? -1 : 1, canvas.getWidth(), canvas.getHeight());
                case ENTER, SPACE -> vm.pickAtCentre(canvas.getWidth(), canvas.getHeight());
                default -> {
                    return;
                }
            }
            pointerX = mapCentreX(canvas);
            pointerY = mapCentreY(canvas);
            e.consume();
        });
        holder.getChildren().add(crossAtTheCentre(canvas));
        Label hover = new Label();
        hover.setId("mapHover");
        hover.textProperty().bind(vm.hoverProperty());
        Label note = new Label();
        note.setId("mapNote");
        note.getStyleClass().add("hint");
        note.textProperty().bind(vm.noteProperty());
        VBox page = Fx.page(Fx.heading(session.t("nav.map").replace("_", "")), bar, note, holder, hover);
        VBox.setVgrow(holder, Priority.ALWAYS);
        vm.load();
        return page;
    }

    /** A label for a control without a mnemonic: the menus keep Alt+letter on this screen. */
    private static Label plain(String text, Node target) {
        Label l = new Label(text);
        l.setLabelFor(target);
        return l;
    }

    /** A small cross at the map's centre, shown while the map has the keyboard's focus. */
    private static Node crossAtTheCentre(Canvas canvas) {
        javafx.scene.shape.Line across = new javafx.scene.shape.Line(-8, 0, 8, 0);
        javafx.scene.shape.Line down = new javafx.scene.shape.Line(0, -8, 0, 8);
        javafx.scene.Group cross = new javafx.scene.Group(across, down);
        cross.setId("mapCross");
        cross.setMouseTransparent(true);
        cross.visibleProperty().bind(canvas.focusedProperty());
        Runnable place = () -> {
            cross.setLayoutX(mapCentreX(canvas));
            cross.setLayoutY(mapCentreY(canvas));
        };
        canvas.widthProperty().addListener((o, a, b) -> place.run());
        canvas.heightProperty().addListener((o, a, b) -> place.run());
        place.run();
        for (javafx.scene.shape.Line l : java.util.List.of(across, down)) {
            l.setStrokeWidth(2);
            l.setStroke(javafx.scene.paint.Color.web("#c2410c"));
        }
        return cross;
    }

    private static double mapCentreX(Canvas c) {
        return MapPicture.centre(new Rectangle2D.Double(0, 0, c.getWidth(), c.getHeight()))[0];
    }

    private static double mapCentreY(Canvas c) {
        return MapPicture.centre(new Rectangle2D.Double(0, 0, c.getWidth(), c.getHeight()))[1];
    }
}
