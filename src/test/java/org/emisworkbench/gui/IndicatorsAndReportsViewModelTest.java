package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.service.IndicatorService;
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
        IndicatorService.Row ger = vm.rows().stream().filter(r -> r.id().equals("ger")).findFirst().orElseThrow();
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
        IndicatorService.Row estimated = new IndicatorService.Row("ner", "Net enrolment ratio", "percent", 80.0, true,
                null, "f", "n", 8.0, "d", 10.0, "2 of 2", 1.0, "12.5 % of this figure is estimated", java.util.Map.of(),
                0.125);
        assertEquals("12.5 % of this figure is estimated", vm.noteText(estimated));
        // The girls' GER with the counts behind it (exercise 10): pupils and population, as the window writes them.
        org.emisworkbench.model.Breakdown girls = ger.bySex().get("F");
        assertTrue(girls != null && girls.numerator() > 0 && girls.denominator() > 0, ger.bySex().toString());
        String line = "girls: " + String.format(java.util.Locale.ROOT, "%.1f%%", girls.value()) + " ("
                + String.format(java.util.Locale.ROOT, "%,d", Math.round(girls.numerator())) + " / "
                + String.format(java.util.Locale.ROOT, "%,d", Math.round(girls.denominator())) + ")";
        assertTrue(detail.contains(line), line + " in " + detail);
    }

    @Test
    void theByChoiceShowsTheKeyIndicatorsOfEachLocalityAndOwnership() {
        IndicatorsViewModel vm = new IndicatorsViewModel(session);
        vm.load();
        assertEquals(List.of("all", "locality", "ownership"), vm.byChoices());
        assertEquals("all", vm.byProperty().get());
        double all = vm.rows().stream().filter(r -> r.id().equals("enrolment_total")).findFirst().orElseThrow()
                .value();
        assertTrue(vm.rows().stream().allMatch(r -> r.group() == null));
        vm.byProperty().set("locality");
        // The groups are the localities the schools' returns give, read here from the school list.
        java.util.Set<String> localities = new java.util.TreeSet<>();
        session.workbench().schools(2024, null).forEach(x -> localities.add(x.locality() == null
                || x.locality().isBlank() ? "unknown" : x.locality().trim().toLowerCase(java.util.Locale.ROOT)));
        java.util.Set<String> groups = new java.util.TreeSet<>();
        vm.rows().forEach(r -> groups.add(r.group()));
        assertEquals(localities, groups);
        assertTrue(groups.contains("rural") && groups.contains("urban"), groups.toString());
        List<IndicatorService.Row> enrolment = vm.rows().stream().filter(r -> r.id().equals("enrolment_total")).toList();
        assertEquals(localities.size(), enrolment.size());
        assertEquals(all, enrolment.stream().mapToDouble(IndicatorService.Row::value).sum(), 1e-9,
                "the groups' pupils add up to the country's");
        assertEquals(org.emisworkbench.indicators.IndicatorCatalogue.byGroup().size() * localities.size(),
                vm.rows().size());
        IndicatorService.Row first = vm.rows().get(0);
        assertEquals(vm.groupText(first), session.t("indicators.group." + first.group()));
        assertTrue(vm.detail(first).startsWith(first.title() + " \u2014 " + vm.groupText(first)), vm.detail(first));
        vm.byProperty().set("ownership");
        assertTrue(vm.rows().stream().allMatch(r -> r.group() != null));
        assertEquals(all, vm.rows().stream().filter(r -> r.id().equals("enrolment_total"))
                .mapToDouble(IndicatorService.Row::value).sum(), 1e-9);
        vm.byProperty().set("all");
        assertTrue(vm.rows().stream().allMatch(r -> r.group() == null));
        assertEquals("not stated", vm.groupText(new IndicatorService.Row("x", "x", "count", 1.0, true, null, "f", "n",
                1.0, "d", null, "", null, null, java.util.Map.of(), null, "unknown")));
    }

    /** The figure as a person writes it, computed here from the value the row carries. */
    private static String expected(IndicatorService.Row r, boolean french) {
        double v = r.value();
        String text = switch (r.unit()) {
            case "percent" -> String.format(java.util.Locale.ROOT, "%.1f", v) + (french ? "\u00a0%" : "%");
            case "index" -> String.format(java.util.Locale.ROOT, "%.2f", v);
            case "ratio" -> String.format(java.util.Locale.ROOT, "%.1f", v);
            default -> String.format(java.util.Locale.ROOT, "%,d", Math.round(v)).replace(",", french ? "\u00a0" : ",");
        };
        return french ? text.replace('.', ',') : text;
    }

    @Test
    void valuesReadAsInThePdfInTheWindowsLanguage() {
        IndicatorsViewModel vm = new IndicatorsViewModel(session);
        vm.load();
        vm.area().districtProperty().set("D01");
        List<IndicatorService.Row> shown = vm.rows().stream().filter(IndicatorService.Row::available).toList();
        assertTrue(shown.stream().map(IndicatorService.Row::unit).distinct().count() >= 3, shown.toString());
        IndicatorService.Row gpi = shown.stream().filter(r -> r.id().equals("gpi_enrolment")).findFirst().orElseThrow();
        assertTrue(vm.valueText(gpi).matches("\\d\\.\\d\\d"), "a parity index has two decimals: " + vm.valueText(gpi));
        for (IndicatorService.Row r : shown) {
            assertEquals(expected(r, false), vm.valueText(r), r.id());
        }
        ReportsViewModel reports = new ReportsViewModel(session);
        reports.load();
        reports.area().districtProperty().set("D01");
        IndicatorService.Row ger = shown.stream().filter(r -> r.id().equals("ger")).findFirst().orElseThrow();
        assertTrue(reports.preview().stream().anyMatch(l -> l.startsWith(ger.title() + ": " + vm.valueText(ger))),
                reports.preview().toString());
        session.setLanguage("fr");
        try {
            vm.load();
            List<IndicatorService.Row> french = vm.rows().stream().filter(IndicatorService.Row::available).toList();
            assertEquals(shown.size(), french.size());
            for (IndicatorService.Row r : french) {
                assertEquals(expected(r, true), vm.valueText(r), r.id());
            }
            IndicatorService.Row enrolment = french.stream().filter(r -> r.id().equals("enrolment_total")).findFirst()
                    .orElseThrow();
            String detail = vm.detail(enrolment);
            assertTrue(detail.contains("Numérateur") && detail.contains(expected(enrolment, true)), detail);
            assertTrue(vm.coverageText(enrolment).endsWith("\u00a0%"), vm.coverageText(enrolment));
            reports.load();
            IndicatorService.Row gerFr = french.stream().filter(r -> r.id().equals("ger")).findFirst().orElseThrow();
            assertTrue(reports.preview().stream().anyMatch(l -> l.startsWith(gerFr.title() + " : "
                    + vm.valueText(gerFr))), reports.preview().toString());
        } finally {
            session.setLanguage("en");
        }
    }

    @Test
    void theFiguresGoToTheMinistryFromTheReportsScreen() throws Exception {
        ReportsViewModel vm = new ReportsViewModel(session);
        vm.load();
        vm.area().yearProperty().set(2024);
        vm.area().districtProperty().set("D01");
        vm.exportFormatProperty().set(org.emisworkbench.service.ExchangeService.Format.ADX);
        vm.mappingFileProperty().set("");
        int errors = notes.errors.size();
        vm.exportForMinistry(tmp.resolve("d01.xml"));
        assertFalse(Files.exists(tmp.resolve("d01.xml")), "no mapping chosen: nothing written");
        assertTrue(notes.infos.stream().anyMatch(i -> i.contains("mapping file")), notes.infos.toString());
        vm.mappingFileProperty().set(TestSessions.samples().resolve("dhis2-mapping.json").toString());
        assertEquals("D01-2024-adx.xml", vm.suggestedExportName());
        vm.exportForMinistry(tmp.resolve("d01.xml"));
        assertEquals(errors, notes.errors.size(), notes.errors.toString());
        String xml = Files.readString(tmp.resolve("d01.xml"));
        assertTrue(xml.contains("orgUnit=\"LUM_D01_AKUNA\""), xml.substring(0, Math.min(400, xml.length())));
        assertTrue(vm.exportSummaryProperty().get().startsWith("d01.xml: "), vm.exportSummaryProperty().get());
        vm.exportFormatProperty().set(org.emisworkbench.service.ExchangeService.Format.UIS);
        vm.exportForMinistry(tmp.resolve("d01-uis.xlsx"));
        assertTrue(Files.size(tmp.resolve("d01-uis.xlsx")) > 0);
        assertTrue(vm.exportSummaryProperty().get().contains("UIS tables"), vm.exportSummaryProperty().get());
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
    void withoutAPdfViewerTheScreenSaysSoAndOffersTheFolder() throws Exception {
        List<Path> asked = new java.util.ArrayList<>();
        boolean[] viewer = {false};
        ReportsViewModel vm = new ReportsViewModel(session, p -> {
            asked.add(p);
            return viewer[0] || Files.isDirectory(p); // a file manager, but no PDF viewer
        });
        Path pdf = tmp.resolve("no-viewer").resolve("summary-2024-D01.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F'});
        vm.lastFileProperty().set(pdf);
        vm.open(pdf);
        String said = vm.openProblemProperty().get();
        assertTrue(said.contains("No program to show PDFs") && said.contains("summary-2024-D01.pdf")
                && said.contains(pdf.getParent().toString()), said);
        assertEquals(pdf.getParent(), vm.folderOfLast());
        vm.openFolder(vm.folderOfLast());
        assertEquals(List.of(pdf, pdf.getParent()), asked, "the folder is opened instead");
        assertEquals("", vm.openProblemProperty().get(), "the folder opened: nothing left to say");
        viewer[0] = true;
        vm.open(pdf);
        assertEquals("", vm.openProblemProperty().get());
        ReportsViewModel none = new ReportsViewModel(session, p -> false);
        none.openFolder(pdf.getParent());
        assertTrue(none.openProblemProperty().get().contains(pdf.getParent().toString()),
                none.openProblemProperty().get());
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
