package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.service.IndicatorTable;
import org.emisworkbench.service.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indicators, charts, district reports and query workbooks through their view-models, without JavaFX. */
class IndicatorsAndReportsViewModelTest {
    @TempDir
    static Path tmp;
    static Notifier.Recording notes = new Notifier.Recording();
    static Session session;

    @BeforeAll
    static void importTwoDistricts() {
        session = TestSessions.direct(tmp, notes);
        session.setWorkbench(Workbench.open(tmp.resolve("ws")));
        Path s = TestSessions.samples();
        new ImportViewModel(session, new ServiceImporter()).importNow(List.of(s.resolve("master-list.xlsx"),
                s.resolve("population.xlsx"), s.resolve("2024/wide")));
    }

    @AfterAll
    static void close() {
        session.closeWorkspace();
    }

    @Test
    void indicatorsShowValuesWithTheirWorkingsAndChartsForADistrict() {
        IndicatorsViewModel vm = new IndicatorsViewModel(session);
        vm.load();
        assertEquals(2024, vm.area().yearProperty().get());
        assertEquals(List.of("D01", "D02"), vm.area().districts());
        assertFalse(vm.rows().isEmpty(), notes.errors.toString());
        IndicatorTable.Row ger = vm.rows().stream().filter(r -> r.id().equals("ger")).findFirst().orElseThrow();
        assertTrue(ger.available(), ger.reason());
        String detail = vm.detail(ger);
        assertTrue(detail.contains("Formula:") && detail.contains("Numerator:") && detail.contains("Coverage:"),
                detail);
        assertTrue(vm.charts().isEmpty(), "the whole country has no district charts");
        vm.area().districtProperty().set("D01");
        assertFalse(vm.charts().isEmpty());
        assertNotNull(vm.chart(vm.chartProperty().get()));
        Path png = tmp.resolve("chart.png");
        Path svg = tmp.resolve("chart.svg");
        vm.exportChart(png);
        vm.exportChart(svg);
        assertTrue(Files.isRegularFile(png) && Files.isRegularFile(svg), notes.errors.toString());
        assertTrue(vm.valueText(ger).endsWith("%"), vm.valueText(ger));
        // Beside the value: why a figure is not available, or the caveat of one that is.
        vm.rows().stream().filter(r -> !r.available()).forEach(r -> assertEquals(r.reason(), vm.noteText(r)));
        assertTrue(vm.rows().stream().anyMatch(r -> !r.available()), "the sample's wide returns leave some n/a");
        IndicatorTable.Row estimated = new IndicatorTable.Row("ner", "Net enrolment ratio", "percent", 80.0, true,
                null, "f", "n", 8.0, "d", 10.0, "2 of 2", 1.0, "12.5 % of this figure is estimated", java.util.Map.of(),
                0.125);
        assertEquals("12.5 % of this figure is estimated", vm.noteText(estimated));
    }

    @Test
    void aDistrictSummaryIsPreviewedAndWritten() throws Exception {
        ReportsViewModel vm = new ReportsViewModel(session);
        vm.folderProperty().set(tmp.resolve("reports").toString());
        vm.load();
        vm.area().districtProperty().set("D02");
        assertTrue(vm.preview().get(0).startsWith("D02"), vm.preview().toString());
        vm.generate();
        assertEquals(1, vm.written().size(), notes.errors.toString());
        Path pdf = vm.written().get(0);
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
        vm.area().districtProperty().set(null);
        // D02's summary is there already: it is replaced only once the officer ticks "Replace".
        byte[] first = Files.readAllBytes(pdf);
        vm.generate();
        assertTrue(notes.errors.toString().contains("summary-2024-D02.pdf already exists"), notes.errors.toString());
        assertEquals(List.of(pdf), List.copyOf(vm.written()), "nothing new was written");
        assertArrayEquals(first, Files.readAllBytes(pdf));
        vm.replaceProperty().set(true);
        vm.generate();
        assertTrue(vm.written().size() >= 2, "every district of the master list: " + vm.written());
    }

    @Test
    void queryWorkbooksAreWrittenForSchoolsWithOpenFindings() {
        ValidationViewModel vm = new ValidationViewModel(session);
        vm.loadYears();
        vm.run();
        vm.exportQueries(tmp.resolve("queries"));
        assertTrue(notes.infos.stream().anyMatch(i -> i.matches("[1-9]\\d* query workbook.*")), notes.infos
                .toString());
    }
}
