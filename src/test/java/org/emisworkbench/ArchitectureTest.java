package org.emisworkbench;

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
        "org.emisworkbench.exchange..", "org.emisworkbench.service.."};

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
