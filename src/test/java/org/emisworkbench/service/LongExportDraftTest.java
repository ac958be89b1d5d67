package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.DraftedImports.Run;
import org.emisworkbench.template.Layout;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Long exports (one row per school × grade × sex, one column of counts) drafted and imported with no hand edit
 * whatever their headers are called, and a register of pupils (one row per pupil) still drafted as a register
 * (decision 0045). Every workbook is written here with POI; the expected figures are added up from the rows
 * written.
 */
class LongExportDraftTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** One exported row: school, grade number, girl or boy, count. */
    private record Line(String school, int grade, boolean girl, int count) {
    }

    private static List<Line> lines(Random rnd, List<String> schools) {
        List<Line> out = new ArrayList<>();
        for (String s : schools) {
            for (int g = 1; g <= 6; g++) {
                out.add(new Line(s, g, true, 15 + rnd.nextInt(40)));
                out.add(new Line(s, g, false, 15 + rnd.nextInt(40)));
            }
        }
        return out;
    }

    /**
     * Two spellings: a survey tool's {@code period | org_unit_code | org_unit_name | grade | sex | enrolment} in
     * school order, and an aggregate system's {@code orgUnit | period | dataElement | categoryOptionCombo |
     * value} in shuffled order, the period a number on every row, codes that are not school-like.
     */
    private static XSSFWorkbook export(String style, List<Line> lines) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("data");
        if (style.equals("kobo")) {
            Sheets.row(s, 0, "period", "org_unit_code", "org_unit_name", "grade", "sex", "enrolment");
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                Sheets.row(s, i + 1, "2024", l.school(), "School " + l.school(), "Class " + l.grade(),
                        l.girl() ? "Female" : "Male", l.count());
            }
        } else {
            List<Line> shuffled = new ArrayList<>(lines);
            Collections.shuffle(shuffled, new Random(9));
            Sheets.row(s, 0, "orgUnit", "period", "dataElement", "categoryOptionCombo", "value");
            for (int i = 0; i < shuffled.size(); i++) {
                Line l = shuffled.get(i);
                Sheets.row(s, i + 1, l.school(), 2024, "Grade " + l.grade(), l.girl() ? "F" : "M", l.count());
            }
        }
        return wb;
    }

    @ParameterizedTest
    @ValueSource(strings = {"kobo", "dhis2"})
    void longExportIsDraftedAsSeveralRowsPerSchoolAndImportedWithNoHandEdit(String style) throws Exception {
        List<String> schools = style.equals("kobo") ? List.of("SL-1001", "SL-1002", "SL-1003")
                : List.of("Fk3pQa1001", "Rt8zWb1002", "Lm2xYc1003", "Qd7vNe1004");
        List<Line> lines = lines(new Random(style.hashCode()), schools);
        Map<String, Integer> expected = new HashMap<>();
        int total = 0;
        for (Line l : lines) {
            expected.merge(l.school() + "|" + l.grade() + "|" + (l.girl() ? "F" : "M"), l.count(), Integer::sum);
            total += l.count();
        }
        assertTrue(total > lines.size() * 10, "counts, far above one a row");
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        Run run = imports.draftCheckImport(export(style, lines), style + "-export-2024.xlsx");
        assertTrue(run.json().contains("\"layout\" : \"wide\""), run.json());
        assertTrue(run.json().contains("row.grade") && run.json().contains("row.sex"), run.json());
        assertFalse(run.json().contains("pupil."), "no list of pupils: " + run.json());
        DraftedImports.assertClean(run, schools.size());
        assertEquals(Layout.WIDE, workshop.open(dir.resolve(style + "-export-2024.xlsx")).layout(),
                "the mapping screen opens it as rows of figures, not as a list of pupils");
        try (Workbench w = imports.open()) {
            int stored = 0;
            for (var e : expected.entrySet()) {
                String[] k = e.getKey().split("\\|");
                // School codes are stored upper-cased, as every code is.
                int v = w.whereFrom(k[0].toUpperCase(java.util.Locale.ROOT), YEAR, Topic.ENROLMENT, Integer.parseInt(k[1]), Sex.valueOf(k[2]),
                        AgeGroup.ALL).orElseThrow(() -> new AssertionError("no figure " + e.getKey())).value();
                assertEquals(e.getValue(), v, e.getKey());
                stored += v;
            }
            assertEquals(total, stored, "every pupil counted, none taken for a pupil of their own");
        }
    }

    @Test
    void draftAndCheckSayTheSheetIsReadAsSeveralRowsPerSchool() throws Exception {
        Path file = dir.resolve("kobo-2024.xlsx");
        try (XSSFWorkbook wb = export("kobo", lines(new Random(3), List.of("SL-2001", "SL-2002")));
             OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        Path template = dir.resolve("kobo.json");
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.err());
        assertTrue(draft.out().contains("read as a long export"), draft.out());
        assertTrue(draft.out().contains("column B (\"org_unit_code\")"), draft.out());
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("Read as several rows per school"), check.out());
        assertTrue(check.out().contains("would store 2 school(s), 24 value(s)"), check.out());
        CliRun fr = CliRun.emis("template", "check", "--lang", "fr", "--template", template.toString(),
                file.toString());
        assertTrue(fr.out().contains("Lue comme plusieurs lignes par école"), fr.out());
    }

    /** A pupil as written: school, girl or boy, grade. */
    private record Pupil(String school, boolean girl, int grade) {
    }

    @Test
    void registerOfPupilsIsStillDraftedAsARegister() throws Exception {
        Random rnd = new Random(45);
        List<Pupil> pupils = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            pupils.add(new Pupil(rnd.nextBoolean() ? "SR-301" : "SR-302", rnd.nextBoolean(), 1 + rnd.nextInt(4)));
        }
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Sheet s = wb.createSheet("Pupils");
        Sheets.row(s, 0, "School ID", "Pupil name", "Sex", "Date of birth", "Grade");
        for (int i = 0; i < pupils.size(); i++) {
            Pupil p = pupils.get(i);
            Sheets.row(s, i + 1, p.school(), "Pupil " + i, p.girl() ? "F" : "M", null, "Grade " + p.grade());
            var cell = s.getRow(i + 1).createCell(3);
            cell.setCellValue(LocalDate.of(YEAR - 6 - p.grade(), 1 + i % 12, 1 + i % 28));
            cell.setCellStyle(date);
        }
        Map<String, int[]> expected = new HashMap<>();
        for (Pupil p : pupils) {
            expected.computeIfAbsent(p.school() + "|" + p.grade(), k -> new int[2])[p.girl() ? 0 : 1]++;
        }
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        Path file = dir.resolve("register-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        var drafted = workshop.draft(file, "register-2024");
        assertEquals(Layout.ROSTER, drafted.draft().template().layout(), drafted.draft().json());
        assertEquals(Layout.ROSTER, drafted.workbook().layout(), "the mapping screen opens it as a register too");
        assertTrue(drafted.notes().stream().noneMatch(n -> n.key().equals("draft.longExport")), drafted.notes()
                .toString());
        Run run = imports.draftCheckImport(wb, "register-b-2024.xlsx");
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message() + "\n" + run.json());
        assertEquals(2, run.result().schoolsAdded());
        try (Workbench w = imports.open()) {
            for (var e : expected.entrySet()) {
                String[] k = e.getKey().split("\\|");
                imports.assertEnrolment(w, k[0], Integer.parseInt(k[1]), e.getValue()[0], e.getValue()[1]);
            }
        }
    }
}
