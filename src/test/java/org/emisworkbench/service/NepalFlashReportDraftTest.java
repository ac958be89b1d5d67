package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Nepal-style district Flash Report sheet (review of issue #11): a title row above two header rows, a row per
 * school, {@code School Type} (Community, Institutional, Religious) and {@code Level} (Basic, Basic (1-8),
 * Secondary) as the school's ownership and level, {@code ECD/PPC} and {@code Class 1}…{@code Class 10} each merged
 * over {@code Girls | Boys}, then the Dalit and Janajati pupils (sub-groups of the same pupils) and the totals. The
 * drafted template, unedited, imports every school's enrolment by grade and sex, pre-primary included, with its
 * ownership and level; the sub-groups are left out on purpose and said so, never added to enrolment.
 */
class NepalFlashReportDraftTest {
    private static final int YEAR = 2024;
    private static final int CLASSES = 10;
    private static final String[] TYPES = {"Community", "Institutional", "Community", "Religious", "Community",
        "Institutional", "Community"};
    private static final String[] LEVELS = {"Secondary", "Basic (1-8)", "Basic", "Basic (1-8)", "Secondary",
        "Secondary", "Basic"};
    /** The classes each school's level teaches: Basic 1-5 or 1-8, Secondary 1-10. */
    private static final int[] TOP_CLASS = {10, 8, 5, 8, 10, 10, 5};

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** [school][0 = ECD/PPC, 1…10 = class][0 = girls, 1 = boys], drawn here; -1 where the class is not taught. */
    private final int[][][] pupils = new int[TYPES.length][CLASSES + 1][2];
    /** Dalit and Janajati pupils [school][0 = Dalit, 1 = Janajati][sex]: sub-groups of the pupils above. */
    private final int[][][] groups = new int[TYPES.length][2][2];

    private XSSFWorkbook workbook() {
        Random random = new Random(2081);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Kaski");
        sh.createRow(0).createCell(0).setCellValue("Flash Report I 2081 — District Kaski");
        sh.createRow(1).createCell(0).setCellValue("Student enrolment by class and sex, Gandaki Province");
        Row top = sh.createRow(3);
        Row sexes = sh.createRow(4);
        String[] fixed = {"School Code", "School Name", "Local Level", "School Type", "Level"};
        for (int c = 0; c < fixed.length; c++) {
            top.createCell(c).setCellValue(fixed[c]);
            sh.addMergedRegion(new CellRangeAddress(3, 4, c, c));
        }
        List<String> groupsAcross = new ArrayList<>();
        groupsAcross.add("ECD/PPC");
        for (int g = 1; g <= CLASSES; g++) {
            groupsAcross.add("Class " + g);
        }
        groupsAcross.add("Dalit");
        groupsAcross.add("Janajati");
        groupsAcross.add("Total");
        for (int i = 0; i < groupsAcross.size(); i++) {
            int c = fixed.length + 2 * i;
            top.createCell(c).setCellValue(groupsAcross.get(i));
            sh.addMergedRegion(new CellRangeAddress(3, 3, c, c + 1));
            sexes.createCell(c).setCellValue("Girls");
            sexes.createCell(c + 1).setCellValue("Boys");
        }
        String[] places = {"Pokhara Metropolitan City", "Annapurna Rural Municipality", "Machhapuchchhre Rural Municipality",
            "Rupa Rural Municipality", "Madi Rural Municipality"};
        for (int s = 0; s < TYPES.length; s++) {
            Row r = sh.createRow(5 + s);
            r.createCell(0).setCellValue(String.valueOf(360010 + 7 * s));
            r.createCell(1).setCellValue("Shree School " + (char) ('A' + s));
            r.createCell(2).setCellValue(places[s % places.length]);
            r.createCell(3).setCellValue(TYPES[s]);
            r.createCell(4).setCellValue(LEVELS[s]);
            int[] total = new int[2];
            for (int g = 0; g <= CLASSES; g++) {
                for (int x = 0; x < 2; x++) {
                    if (g > TOP_CLASS[s]) {
                        pupils[s][g][x] = -1;
                        continue;
                    }
                    pupils[s][g][x] = 8 + random.nextInt(40);
                    total[x] += pupils[s][g][x];
                    r.createCell(fixed.length + 2 * g + x).setCellValue(pupils[s][g][x]);
                }
            }
            for (int k = 0; k < 2; k++) {
                for (int x = 0; x < 2; x++) {
                    groups[s][k][x] = random.nextInt(total[x] / 3);
                    r.createCell(fixed.length + 2 * (CLASSES + 1 + k) + x).setCellValue(groups[s][k][x]);
                }
            }
            for (int x = 0; x < 2; x++) {
                r.createCell(fixed.length + 2 * (CLASSES + 3) + x).setCellValue(total[x]);
            }
        }
        return wb;
    }

    /** The ownership code each School Type stands for, as decision 0074 has it. */
    private static String ownership(String type) {
        return switch (type) {
            case "Community" -> "community";
            case "Institutional" -> "private";
            case "Religious" -> "faith";
            default -> throw new AssertionError(type);
        };
    }

    /** Basic (with or without its grades) is the built-in list's primary, as its alias "basic" says. */
    private static String level(String level) {
        return level.startsWith("Basic") ? "primary" : "secondary";
    }

    @Test
    void theDraftedTemplateImportsEnrolmentOwnershipAndLevelAndLeavesTheSubGroupsOut() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(workbook(), dir, "kaski_flash_2081.xlsx", YEAR);
        String json = run.json();
        List<String> notes = workshop.draft(dir.resolve("kaski_flash_2081.xlsx"), "again").notes().stream()
                .filter(n -> n.key().equals("draft.subGroups")).map(Object::toString).toList();
        assertEquals(1, notes.size(), json);
        assertTrue(notes.get(0).contains("AB “Dalit Girls”") && notes.get(0).contains("AE “Janajati Boys”"),
                notes::toString);
        // "Level" is read as the school's level: no advice to read it as each row's grade.
        assertTrue(workshop.draft(dir.resolve("kaski_flash_2081.xlsx"), "again").notes().stream()
                .noneMatch(n -> n.key().equals("draft.rowDimensionNotCodes")), json);
        // Drafted as read, nothing for the officer to edit: the school's kind, level and pre-primary class.
        assertTrue(json.contains("\"field\" : \"school.ownership\""), json);
        assertTrue(json.contains("\"field\" : \"school.level\""), json);
        for (String subGroup : List.of("Dalit Girls", "Dalit Boys", "Janajati Girls", "Janajati Boys")) {
            assertTrue(json.matches("(?s).*\"ignore\" : \\[[^]]*\"" + subGroup + "\"[^]]*].*"),
                    subGroup + " is left out on purpose: " + json);
        }
        var notRead = run.check().sheets().get(0).notRead();
        assertEquals(4, notRead.stream().filter(c -> c.header().matches("(Dalit|Janajati) (Girls|Boys)")
                && c.onPurpose() && c.numbersBelow()).count(), notRead::toString);
        assertTrue(run.check().problems().isEmpty(), run.check().problems() + "\n" + json);
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(TYPES.length, f.schoolsAdded());
        assertEquals(0, f.problemCount(), f.problems() + "\n" + json);
        try (Workbench w = imports.open()) {
            for (int s = 0; s < TYPES.length; s++) {
                String code = String.valueOf(360010 + 7 * s);
                var school = imports.school(w, code);
                assertEquals(ownership(TYPES[s]), school.ownership(), code + " " + TYPES[s]);
                assertEquals(level(LEVELS[s]), school.level(), code + " " + LEVELS[s]);
                var rows = new SchoolDetails(w).figures(code, YEAR, school.district());
                int[] sum = new int[2];
                for (int g = 0; g <= CLASSES; g++) {
                    int slot = g;
                    var row = rows.stream().filter(x -> x.topic() == Topic.ENROLMENT && x.slot() == slot).findFirst();
                    if (pupils[s][g][0] < 0) {
                        assertTrue(row.isEmpty() || row.get().total() == null || row.get().total() == 0,
                                code + " teaches no class " + g + ": " + row);
                        continue;
                    }
                    // Slot 0 is the workspace's pre-primary year (PP), slot g class g: ECD/PPC is read as PP.
                    imports.assertEnrolment(w, code, slot, pupils[s][g][0], pupils[s][g][1]);
                    sum[0] += pupils[s][g][0];
                    sum[1] += pupils[s][g][1];
                }
                // The Dalit and Janajati pupils are among these, never added to them.
                int stored = rows.stream().filter(x -> x.topic() == Topic.ENROLMENT)
                        .mapToInt(x -> x.total() == null ? 0 : x.total()).sum();
                assertEquals(sum[0] + sum[1], stored, code + " enrolment, pre-primary included, no sub-group added");
                assertFalse(rows.isEmpty());
            }
        }
    }

    /**
     * M5: {@code ECD/PPC {sex}} beside {@code Class {grade} {sex}} was refused as two columns of one figure, because
     * the officer had to name the pre-primary column: ECD/PPC was no spelling of PP. Now one pattern reads both, the
     * draft loads with no clash and reads them apart, and a sheet holding two headers of PP has the second reported
     * at import, never read over the first.
     */
    @Test
    void thePrePrimaryClassAndTheClassesAreOnePatternWithoutAClash() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(workbook(), dir, "kaski_flash_2081.xlsx", YEAR);
        assertEquals(0, run.check().valueClashes(), run.check().problems()::toString);
        var read = run.check().sheets().get(0).read();
        assertEquals(List.of("PP", "PP"), read.stream().filter(c -> c.header().startsWith("ECD/PPC"))
                .map(c -> c.grade()).toList(), read::toString);
        assertEquals("G1", read.stream().filter(c -> c.header().equals("Class 1 Girls")).findFirst().orElseThrow()
                .grade());
        String officer = """
                {"id": "kaski-officer", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Kaski"], "key": ["School Code"], "columns": [
                   {"headers": ["School Name"], "field": "school.name"},
                   {"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                """;
        XSSFWorkbook twice = new XSSFWorkbook();
        Sheet sh = twice.createSheet("Kaski");
        org.emisworkbench.testing.Sheets.row(sh, 0, "School Code", "School Name", "ECD/PPC Girls", "ECD/PPC Boys",
                "Pre-primary Girls", "Pre-primary Boys", "Class 1 Girls", "Class 1 Boys");
        org.emisworkbench.testing.Sheets.row(sh, 1, "361001", "Shree Twice", 12, 14, 99, 98, 20, 21);
        DraftedImports other = new DraftedImports(Files.createDirectories(dir.resolve("twice")), YEAR, workshop);
        FileResult r = other.importWith(twice, "kaski_twice_2081.xlsx", officer, YEAR);
        assertEquals(2, DraftedImports.count(r, "VALUE_CLASH"), r.problems()::toString);
        try (Workbench w = other.open()) {
            other.assertEnrolment(w, "361001", 0, 12, 14);
            other.assertEnrolment(w, "361001", 1, 20, 21);
        }
    }
}
