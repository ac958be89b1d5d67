package org.emisworkbench.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The window's content: menu, navigation, the current screen, and the status bar. */
public final class MainWindow {
    private final Session session;
    private final HomeViewModel home;
    private final ImportViewModel imports;
    private final SchoolsViewModel schools;
    private final ValidationViewModel validation;
    private final SettingsViewModel settings;
    private final IndicatorsViewModel indicators;
    private final ReportsViewModel reports;
    private final ExploreViewModel explore;
    private final MapsViewModel maps;
    private final WorkshopViewModel workshop;
    private final BorderPane root = new BorderPane();
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    /** What the screens in {@link #built} listen to on the view-models: dropped with them. */
    private final Subscriptions screens = new Subscriptions();
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final ObjectProperty<Screen> current = new SimpleObjectProperty<>(Screen.HOME);
    private StatusBar statusBar;
    private MappingViewModel mapping;
    private BoundariesViewModel boundaries;
    private StructureViewModel structure;
    private final Importer importer;

    public MainWindow(Session session, Importer importer) {
        this.session = session;
        this.importer = importer;
        this.imports = new ImportViewModel(session, importer);
        this.home = new HomeViewModel(session, imports, this::show);
        this.schools = new SchoolsViewModel(session);
        this.validation = new ValidationViewModel(session);
        this.settings = new SettingsViewModel(session);
        this.indicators = new IndicatorsViewModel(session);
        this.reports = new ReportsViewModel(session);
        this.explore = new ExploreViewModel(session, code -> {
            show(Screen.SCHOOLS);
            schools.search(code);
        });
        this.maps = new MapsViewModel(session, (year, district) -> {
            show(Screen.INDICATORS);
            indicators.area().yearProperty().set(year);
            indicators.area().districtProperty().set(district);
        }, (year, school) -> {
            show(Screen.SCHOOLS);
            schools.open(year, school);
        });
        this.workshop = new WorkshopViewModel(session, this::show);
        root.setId("mainRoot");
        root.getStyleClass().add("workbench");
        root.styleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "-fx-font-size: " + settings.fontSizeProperty().get() + "px;", settings.fontSizeProperty()));
        imports.setNewTemplateAction(this::openMapping);
        home.setConnectAction(this::connect);
        session.messagesProperty().addListener((o, a, b) -> rebuild());
        // A workspace refused or found damaged while at work: Home holds its backup offer.
        session.damagedProperty().addListener((o, a, b) -> {
            if (b != null) {
                show(Screen.HOME);
            }
        });
        rebuild();
    }

    public Parent root() {
        return root;
    }

    /** Makes the window's scene accept dropped workbooks and folders anywhere. */
    public void install(Scene scene) {
        scene.getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles()) {
                dropped(e.getDragboard().getFiles());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    /** Imports dropped files and folders. */
    public void dropped(List<File> files) {
        show(Screen.IMPORT);
        imports.importNow(files.stream().map(File::toPath).toList());
    }

    public void show(Screen screen) {
        current.set(screen);
        Node node = built.computeIfAbsent(screen, this::build);
        root.setCenter(node);
        ToggleButton b = navButtons.get(screen);
        if (b != null) {
            b.setSelected(true);
        }
    }

    /**
     * Opens the mapping screen on a workbook: its sheets, the fields guessed for its columns, the preview;
     * saving goes back to Import and imports the file with the new template.
     */
    public void openMapping(java.nio.file.Path file) {
        if (refusesTemplateHere()) {
            return;
        }
        mapping = new MappingViewModel(session, importer.templateWorkshop(), (f, id) -> {
            show(Screen.IMPORT);
            imports.importWith(f, id);
        });
        mapping.open(file);
        root.setCenter(new MappingView(session, mapping, () -> show(Screen.IMPORT)).build());
    }

    /**
     * True (and the officer told why) on a shared workspace: a template made from a workbook is kept in the
     * templates folder beside a workspace file, and a shared workspace has none.
     */
    boolean refusesTemplateHere() {
        if (session.workbench() != null && session.workbench().isShared()) {
            session.notifier().info(session.t("shared.noTemplateFolder"));
            return true;
        }
        return false;
    }

    /** Opens File ▸ Boundaries… on the open workspace. */
    void openBoundaries() {
        if (session.needsWorkspace()) {
            return;
        }
        boundaries = new BoundariesViewModel(session);
        new BoundariesDialog(session, boundaries).show(Fx.window(root));
    }

    /** Opens Data ▸ School structure… on the open workspace. */
    void openStructure() {
        if (session.needsWorkspace()) {
            return;
        }
        structure = new StructureViewModel(session);
        new StructureDialog(session, structure).show(Fx.window(root));
    }

    /** The School structure dialog's view-model, or null before it was opened. */
    public StructureViewModel structure() {
        return structure;
    }

    /** The Boundaries dialog's view-model, or null before it was opened. */
    public BoundariesViewModel boundaries() {
        return boundaries;
    }

    /** The mapping screen's view-model, or null before one was opened. */
    public MappingViewModel mapping() {
        return mapping;
    }

    public Screen current() {
        return current.get();
    }

    /** Called once the window shows: reopens the last workspace. */
    public void started() {
        home.reopenLast();
    }

    public Session session() {
        return session;
    }

    public HomeViewModel home() {
        return home;
    }

    public ImportViewModel imports() {
        return imports;
    }

    public ValidationViewModel validation() {
        return validation;
    }

    public SchoolsViewModel schools() {
        return schools;
    }

    public IndicatorsViewModel indicators() {
        return indicators;
    }

    public ReportsViewModel reports() {
        return reports;
    }

    public ExploreViewModel explore() {
        return explore;
    }

    public MapsViewModel maps() {
        return maps;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public WorkshopViewModel workshop() {
        return workshop;
    }

    void notice(String text) {
        if (statusBar != null) {
            statusBar.notice(text);
        }
    }

    private void rebuild() {
        screens.drop();
        built.clear();
        navButtons.clear();
        root.setTop(new MainMenu(session, this).build());
        root.setLeft(navigation());
        statusBar = new StatusBar(session);
        root.setBottom(statusBar);
        show(current.get());
    }

    private Node navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav");
        for (Screen s : Screen.values()) {
            // No mnemonic here: Alt+letter belongs to the menus; Ctrl+1… Ctrl+5 reach the screens.
            ToggleButton b = new ToggleButton(session.t(s.key()).replace("_", ""));
            b.setId("nav-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setMnemonicParsing(false);
            b.setTooltip(new javafx.scene.control.Tooltip("Ctrl+" + (s.ordinal() + 1)));
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> show(s));
            navButtons.put(s, b);
            nav.getChildren().add(b);
        }
        // A toggle group lets a click unselect the current button: keep one selected.
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null && a != null) {
                a.setSelected(true);
            }
        });
        return nav;
    }

    private Node build(Screen s) {
        return switch (s) {
            case HOME -> new HomeView(session, home).build();
            case IMPORT -> new ImportView(session, imports).build();
            case SCHOOLS -> new SchoolsView(session, schools, screens).build();
            case VALIDATION -> new ValidationView(session, validation, screens).build();
            case INDICATORS -> new IndicatorsView(session, indicators, screens).build();
            case REPORTS -> new ReportsView(session, reports, screens).build();
            case EXPLORE -> new ExploreView(session, explore, screens).build();
            case SETTINGS -> new SettingsView(session, settings, screens).build();
            case MAP -> new MapsView(session, maps, screens).build();
        };
    }

    /**
     * File ▸ Connect to a shared workspace…: the dialog, filled in with {@code address} (a remembered server),
     * else with the server remembered last.
     */
    void connect(String address) {
        ConnectViewModel vm = new ConnectViewModel(session, () -> {
            home.firstStartProperty().set(false);
            show(Screen.SCHOOLS);
        });
        vm.fill(address);
        new ConnectDialog(session, vm).show(Fx.window(root));
    }

    /** Opens a chosen workspace (from the menu). */
    void openWorkspace(Path db) {
        home.open(db);
    }

    Node homeNode() {
        return built.computeIfAbsent(Screen.HOME, this::build);
    }
}
