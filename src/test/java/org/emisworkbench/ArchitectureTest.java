package org.emisworkbench;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of docs/decisions/0001: core never sees JavaFX, faces only call services. */
class ArchitectureTest {
    private static final String[] CORE = {
        "org.emisworkbench.model..", "org.emisworkbench.workbook..", "org.emisworkbench.template..",
        "org.emisworkbench.imports..",
        "org.emisworkbench.store..", "org.emisworkbench.rules..", "org.emisworkbench.indicators..",
        "org.emisworkbench.charts..", "org.emisworkbench.report..", "org.emisworkbench.samples..",
        "org.emisworkbench.exchange..", "org.emisworkbench.explore..", "org.emisworkbench.maps..",
        "org.emisworkbench.service.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.emisworkbench");
    }

    @Test
    void coreNeverImportsJavaFx() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void coreNeverCallsTheFaces() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage("org.emisworkbench.cli..", "org.emisworkbench.gui..")
                .check(classes);
    }

    @Test
    void cliAndGuiDoNotCallEachOther() {
        noClasses().that().resideInAPackage("org.emisworkbench.cli..").should().dependOnClassesThat()
                .resideInAPackage("org.emisworkbench.gui..").check(classes);
        noClasses().that().resideInAPackage("org.emisworkbench.gui..").should().dependOnClassesThat()
                .resideInAPackage("org.emisworkbench.cli..").check(classes);
    }

    /**
     * The rule README states: the faces call services and hold values of {@code model}, nothing else of the
     * core. Two kinds of value remain outside {@code model}, and only records and enums of them are allowed:
     * <ul>
     * <li>{@code template}: the mapping editor (gui) and {@code emis template check|draft} (cli) show and edit
     * a template, so the template's own records ({@code Template}, {@code SheetMapping}, {@code ColumnMapping},
     * {@code Layout}, {@code SheetFit}…) are what they work on; they move to {@code model} with the template
     * work under way on another branch, not here;</li>
     * <li>{@code charts}: {@code ChartSpec} is the description of a chart the window lets the officer choose
     * and export; JFreeChart draws it (the service hands the window a {@code JFreeChart});</li>
     * <li>{@code maps}: the Map screen draws the {@code MapPicture} the service hands it (as a chart is drawn)
     * and reads its records and enums (the view, the legend, the area or school under the pointer); the
     * geometry reading, boundary index and classes stay out of the faces.</li>
     * </ul>
     * Store, imports and workbook are never reached, not even for values.
     */
    @Test
    void facesCallServicesOnly() {
        DescribedPredicate<JavaClass> templateOrChartValue = DescribedPredicate.describe(
                "records and enums of template, charts and maps, and the map picture", c -> (c.getPackageName()
                        .equals("org.emisworkbench.template") || c.getPackageName().equals("org.emisworkbench.charts")
                        || c.getPackageName().equals("org.emisworkbench.maps")) && (c.isRecord() || c.isEnum())
                        || c.getName().equals("org.emisworkbench.maps.MapPicture")
                        || c.getName().startsWith("org.emisworkbench.maps.MapPicture$"));
        noClasses().that().resideInAnyPackage("org.emisworkbench.cli..", "org.emisworkbench.gui..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                        "org.emisworkbench.store..", "org.emisworkbench.imports..", "org.emisworkbench.workbook..",
                        "org.emisworkbench.template..", "org.emisworkbench.rules..", "org.emisworkbench.indicators..",
                        "org.emisworkbench.report..", "org.emisworkbench.charts..", "org.emisworkbench.samples..",
                        "org.emisworkbench.maps..")
                        .and(DescribedPredicate.not(templateOrChartValue)))
                .check(classes);
    }

    /** No face reaches the stored census or the workbook readers, not even for a value. */
    @Test
    void facesReachStorageAndImportOnlyThroughServices() {
        noClasses().that().resideInAnyPackage("org.emisworkbench.cli..", "org.emisworkbench.gui..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.emisworkbench.store..", "org.emisworkbench.imports..",
                        "org.emisworkbench.workbook..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.emisworkbench.model..").should().dependOnClassesThat()
                .resideInAnyPackage("org.emisworkbench.template..", "org.emisworkbench.imports..",
                        "org.emisworkbench.workbook..", "org.emisworkbench.store..", "org.emisworkbench.rules..",
                        "org.emisworkbench.indicators..", "org.emisworkbench.service..")
                .check(classes);
    }

    @Test
    void storeDoesNotReachUp() {
        noClasses().that().resideInAPackage("org.emisworkbench.store..").should().dependOnClassesThat()
                .resideInAnyPackage("org.emisworkbench.imports..", "org.emisworkbench.template..",
                        "org.emisworkbench.workbook..", "org.emisworkbench.rules..", "org.emisworkbench.indicators..",
                        "org.emisworkbench.report..", "org.emisworkbench.service..")
                .check(classes);
    }

    /** The workbook reader knows cells, not templates: templates and imports build on it. */
    @Test
    void workbookReaderKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("org.emisworkbench.workbook..").should().dependOnClassesThat()
                .resideInAnyPackage("org.emisworkbench.template..", "org.emisworkbench.imports..",
                        "org.emisworkbench.store..", "org.emisworkbench.rules..",
                        "org.emisworkbench.indicators..", "org.emisworkbench.report..",
                        "org.emisworkbench.service..")
                .check(classes);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("org.emisworkbench.(*)..").should().beFreeOfCycles().check(classes);
    }
}
