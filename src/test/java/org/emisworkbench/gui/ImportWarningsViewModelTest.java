package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.FileResult;
import org.emisworkbench.service.Workbench;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Import screen does not show a file that left columns of figures unread as a plain "Imported". */
class ImportWarningsViewModelTest {
    @TempDir
    Path tmp;
    Notifier.Recording notes = new Notifier.Recording();
    Session session;
    ImportViewModel vm;

    @BeforeEach
    void open() {
        session = TestSessions.direct(tmp, notes);
        session.setWorkbench(Workbench.open(tmp.resolve("ws")));
        vm = new ImportViewModel(session, new ServiceImporter());
    }

    @AfterEach
    void close() {
        session.closeWorkspace();
    }

    @Test
    void aFileWithUnreadFiguresShowsTheWarningInItsStatusAndDetail() throws Exception {
        // The sample country's wide layout with one census column its template does not know.
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet schools = wb.createSheet("Schools");
        Sheets.row(schools, 0, "School No", "School name", "District", "Ownership", "Locality", "Level");
        Sheets.row(schools, 1, "W-001", "West", "D01", "public", "rural", "primary");
        Sheets.row(schools, 2, "W-002", "East", "D01", "public", "urban", "primary");
        Sheet pupils = wb.createSheet("Pupils");
        Sheets.row(pupils, 0, "School ID", "Grade 1 F", "Grade 1 M", "Grade 2 F", "Grade 2 M", "Solar panels");
        Sheets.row(pupils, 1, "W-001", 20, 21, 19, 18, 2);
        Sheets.row(pupils, 2, "W-002", 30, 28, 27, 25, 0);
        Path file = tmp.resolve("extra-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        vm.importNow(List.of(file));
        FileResult r = vm.results().get(0);
        assertEquals(FileOutcome.IMPORTED, r.outcome(), String.valueOf(r.message()) + " " + r.templateId());
        assertTrue(r.hasWarnings(), r.problems().toString());
        assertEquals("Imported with warnings: 1 column(s) or block(s) of figures not read", vm.outcomeText(r));
        assertTrue(vm.detail(r).contains("Warning: Pupils: 1 column(s) or block(s) of figures not read: F (Solar panels)"),
                vm.detail(r));
        assertTrue(notes.infos.get(notes.infos.size() - 1).contains("with figures left unread"),
                notes.infos.toString());
    }

    @Test
    void aHiddenSheetOfFiguresTheTemplateLeavesIsAWarningOnTheImportScreen() throws Exception {
        // Review 16 (case 7): a hidden sheet of last year's figures was left without a word.
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet schools = wb.createSheet("Schools");
        Sheets.row(schools, 0, "School No", "School name", "District", "Ownership", "Locality", "Level");
        Sheets.row(schools, 1, "W-001", "West", "D01", "public", "rural", "primary");
        Sheet pupils = wb.createSheet("Pupils");
        Sheets.row(pupils, 0, "School ID", "Grade 1 F", "Grade 1 M");
        Sheets.row(pupils, 1, "W-001", 20, 21);
        Sheet old = wb.createSheet("Pupils 2023");
        Sheets.row(old, 0, "School ID", "Grade 1 F", "Grade 1 M");
        Sheets.row(old, 1, "W-001", 17, 16);
        wb.setSheetHidden(wb.getSheetIndex(old), true);
        Path file = tmp.resolve("hidden-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        vm.importNow(List.of(file));
        FileResult r = vm.results().get(0);
        assertEquals(FileOutcome.IMPORTED, r.outcome(), String.valueOf(r.message()) + " " + r.templateId());
        assertTrue(vm.outcomeText(r).startsWith("Imported with warnings"), vm.outcomeText(r));
        assertTrue(vm.detail(r).contains("Warning: hidden-2024.xlsx, sheet \"Pupils 2023\" (hidden): NOT READ: it holds"
                + " 2 number(s) in B2:C2"), vm.detail(r));
    }

    @Test
    void aCorrectedCopyLeavingASchoolOutNamesItInTheFilesDetail() throws Exception {
        // Review 17: a district's file sent again under the same name without one school said nothing of it.
        vm.importNow(List.of(districtFile("first", "W-001", "W-002", "W-003")));
        assertEquals(FileOutcome.IMPORTED, vm.results().get(0).outcome(), vm.results().get(0).message());
        vm.importNow(List.of(districtFile("again", "W-001", "W-003")));
        FileResult r = vm.results().get(0);
        assertEquals(FileOutcome.IMPORTED, r.outcome(), String.valueOf(r.message()));
        assertEquals(2, r.schoolsReplaced());
        assertEquals(List.of("W-002"), r.returnsKept().stream().map(k -> k.schoolCode()).toList());
        assertEquals("Imported with warnings (see the file’s detail)", vm.outcomeText(r));
        assertTrue(vm.detail(r).contains("Warning: 1 school(s) that the earlier district-2024.xlsx gave a return for"
                + " are not in this file: W-002 (School W-002). Their earlier returns of the year are kept as they"
                + " were"), vm.detail(r));
        // And on a line of its own, with the command that withdraws it from this workspace (review 22).
        assertTrue(vm.detail(r).contains("\nNOT IN THIS FILE: W-002 (School W-002), whose return came from the earlier"
                + " district-2024.xlsx ("), vm.detail(r));
        assertTrue(vm.detail(r).contains("withdraw its return: emis withdraw --db "), vm.detail(r));
        assertTrue(vm.detail(r).contains(" --year 2024 --school W-002\n"), vm.detail(r));
        assertTrue(notes.infos.get(notes.infos.size() - 1).contains("are not in this file: W-002 (School W-002)"),
                notes.infos.toString());
    }

    @Test
    void aPhantomOfACorrectedCodeTypoIsNamedInTheDetailAndByTheExport() throws Exception {
        // Review 22: W-0O2 (letter O) on Pupils for W-002; the corrected copy under another name gives W-002.
        Path typo = districtFile("first", "W-001", "W-002", "W-003");
        rewritePupilsCode(typo, "W-002", "W-0O2");
        vm.importNow(List.of(typo));
        assertEquals(FileOutcome.IMPORTED, vm.results().get(0).outcome(), vm.results().get(0).message());
        Path fixed = districtFile("again", "W-001", "W-002", "W-003");
        Path renamed = Files.move(fixed, fixed.resolveSibling("district-2024-corrected.xlsx"));
        vm.importNow(List.of(renamed));
        FileResult r = vm.results().get(0);
        assertEquals(List.of("W-0O2"), r.returnsKept().stream().map(k -> k.schoolCode()).toList());
        String detail = vm.detail(r);
        assertTrue(detail.contains("\nNOT IN THIS FILE: W-0O2, from district-2024.xlsx Pupils!A3, looks like the"
                + " mistyped code of W-002 you corrected (IMP-35): W-002 is in this file, and the 4 figure(s) of W-0O2"
                + " are now counted twice"), detail);
        assertTrue(detail.contains("--school W-0O2 --reason \"code typo of W-002\"\n"), detail);

        ReportsViewModel reports = new ReportsViewModel(session);
        reports.load();
        reports.area().yearProperty().set(2024);
        reports.exportFormatProperty().set(org.emisworkbench.service.ExchangeService.Format.LONG_CSV);
        reports.exportForMinistry(tmp.resolve("all.csv"));
        String said = reports.exportSummaryProperty().get();
        assertTrue(said.contains("1 school(s) in this export have a code that looks like a typo of another school’s"
                + " (IMP-35, not confirmed), their figures perhaps that school’s counted twice: W-0O2 (W-002?)"), said);
    }

    /** Writes {@code to} in place of {@code from} in the school code column of the file's Pupils sheet. */
    private static void rewritePupilsCode(Path file, String from, String to) throws Exception {
        XSSFWorkbook wb;
        try (var in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        for (org.apache.poi.ss.usermodel.Row row : wb.getSheet("Pupils")) {
            if (from.equals(row.getCell(0).getStringCellValue())) {
                row.getCell(0).setCellValue(to);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    /** The sample country's wide layout, one district's schools, in its own folder under one file name. */
    private Path districtFile(String folder, String... codes) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet schools = wb.createSheet("Schools");
        Sheet pupils = wb.createSheet("Pupils");
        Sheets.row(schools, 0, "School No", "School name", "District", "Ownership", "Locality", "Level");
        Sheets.row(pupils, 0, "School ID", "Grade 1 F", "Grade 1 M", "Grade 2 F", "Grade 2 M");
        for (int i = 0; i < codes.length; i++) {
            Sheets.row(schools, i + 1, codes[i], "School " + codes[i], "D01", "public", "rural", "primary");
            Sheets.row(pupils, i + 1, codes[i], 20 + i + folder.length(), 21, 19, 18);
        }
        Path file = Files.createDirectories(tmp.resolve(folder)).resolve("district-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    @Test
    void figuresUnderABlankHeaderAreNamedByTheirColumnOnTheImportScreen() throws Exception {
        // Review 15: a column of figures without a header was passed over without a word.
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet schools = wb.createSheet("Schools");
        Sheets.row(schools, 0, "School No", "School name", "District", "Ownership", "Locality", "Level");
        Sheets.row(schools, 1, "W-001", "West", "D01", "public", "rural", "primary");
        Sheets.row(schools, 2, "W-002", "East", "D01", "public", "urban", "primary");
        Sheet pupils = wb.createSheet("Pupils");
        Sheets.row(pupils, 0, "School ID", "Grade 1 F", "Grade 1 M", "Grade 2 F", "Grade 2 M");
        Sheets.row(pupils, 1, "W-001", 20, 21, 19, 18, 4);
        Sheets.row(pupils, 2, "W-002", 30, 28, 27, 25, 6);
        Path file = tmp.resolve("blank-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        vm.importNow(List.of(file));
        FileResult r = vm.results().get(0);
        assertEquals(FileOutcome.IMPORTED, r.outcome(), String.valueOf(r.message()) + " " + r.templateId());
        assertEquals("Imported with warnings: 1 column(s) or block(s) of figures not read", vm.outcomeText(r));
        assertTrue(vm.detail(r).contains("Warning: Pupils: 1 column(s) or block(s) of figures not read: column F (no header)"),
                vm.detail(r));
        assertEquals(2, r.unreadColumns().get(0).figures(), r.unreadColumns().toString());
    }
}
