package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.template.FormDrafter;
import org.emisworkbench.template.FormMapping;
import org.emisworkbench.template.LabelMapping;
import org.emisworkbench.template.SecondaryYears;
import org.emisworkbench.template.SheetNames;
import org.emisworkbench.testing.Sheets;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.workbook.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet of one column per school whose row of codes and row of names have no label (review 23, problem 2: the
 * draft took the file name's "A3" for the school's code at 100% and the import stored a phantom school). Written
 * here with POI, with and without a title row above, the file named with a code-like prefix; the expected figures
 * are the ones this test wrote.
 */
class SchoolsAcrossUnlabelledTest {
    private static final int YEAR = 2024;
    private static final String[] CODES = {"PX-201", "PX-202", "PX-203", "PX-204"};
    private static final String[] NAMES = {"Aro Primary", "Buka School", "Cape Primary", "Dalu Community School"};

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** Per school: Grade 1 boys, girls … Grade 3 girls, then classrooms. */
    private static int[][] figures(long seed) {
        Random rnd = new Random(seed);
        int[][] v = new int[CODES.length][7];
        for (int[] school : v) {
            for (int k = 0; k < 7; k++) {
                school[k] = (k == 6 ? 2 : 8) + rnd.nextInt(k == 6 ? 6 : 40);
            }
        }
        return v;
    }

    /**
     * Names in the first row of the table and codes in the second, columns A and B blank beside them; {@code Grade 1}
     * over {@code Boys}/{@code Girls} in A and B, {@code Classrooms}, a TOTAL column (its head in the codes' row).
     */
    private static XSSFWorkbook workbook(int[][] v, boolean title) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Summary");
        int top = 0;
        if (title) {
            Sheets.row(s, 0, "PAXI DISTRICT - SUMMARY OF SCHOOL RETURNS 2024");
            top = 2; // a blank row under the title
        }
        Object[] names = new Object[CODES.length + 3];
        Object[] codes = new Object[CODES.length + 3];
        for (int i = 0; i < CODES.length; i++) {
            names[2 + i] = NAMES[i];
            codes[2 + i] = CODES[i];
        }
        codes[2 + CODES.length] = "TOTAL";
        Sheets.row(s, top, names);
        Sheets.row(s, top + 1, codes);
        String[] labels = {"Grade 1", null, "Grade 2", null, "Grade 3", null, "Classrooms"};
        for (int k = 0; k < 7; k++) {
            Object[] row = new Object[CODES.length + 3];
            row[0] = labels[k];
            row[1] = k == 6 ? null : k % 2 == 0 ? "Boys" : "Girls";
            int total = 0;
            for (int i = 0; i < CODES.length; i++) {
                row[2 + i] = v[i][k];
                total += v[i][k];
            }
            row[2 + CODES.length] = total;
            Sheets.row(s, top + 2 + k, row);
        }
        return wb;
    }

    @Test
    void anUnlabelledRowOfCodesAcrossIsTheKeyAndTheFileNameIsNoSchoolsCode() throws Exception {
        for (boolean title : new boolean[] {false, true}) {
            int[][] v = figures(title ? 71 : 73);
            Path folder = Files.createDirectories(dir.resolve(title ? "titled" : "plain"));
            DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
            DraftedImports.Run run = imports.draftCheckImport(workbook(v, title), "A3_paxi_" + YEAR + ".xlsx");
            String json = run.json().replace(" ", "");
            assertTrue(json.contains("\"schoolsIn\":\"columns\""), run.json());
            assertFalse(json.contains("fileName"), "no code from the file's name: " + run.json());
            FileResult f = run.result();
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
            assertEquals(CODES.length, f.schoolsAdded(), f.problems() + "\n" + run.json());
            DraftedImports.assertNoUnread(run);
            assertEquals(0, f.problemCount(), "a clean sheet: " + f.problems() + "\n" + run.json());
            try (Workbench w = Workbench.open(folder.resolve("w"))) {
                Set<String> stored = w.schools(YEAR, null).stream().map(x -> x.code()).collect(Collectors.toSet());
                assertEquals(Set.of(CODES), stored, "the four schools, no phantom A3");
                for (int i = 0; i < CODES.length; i++) {
                    assertEquals(NAMES[i], imports.school(w, CODES[i]).name());
                    for (int g = 0; g < 3; g++) {
                        imports.assertEnrolment(w, CODES[i], g + 1, v[i][2 * g + 1], v[i][2 * g]);
                    }
                }
                int rooms = org.emisworkbench.model.Topic.CLASSROOMS.fixedSlots().indexOf("total");
                var room = w.whereFrom(CODES[2], YEAR, org.emisworkbench.model.Topic.CLASSROOMS, rooms, null,
                        org.emisworkbench.model.AgeGroup.ALL).orElseThrow();
                assertEquals(v[2][6], room.value());
                assertEquals("Summary!E" + ((title ? 2 : 0) + 9), room.source().sheetCell());
            }
        }
    }

    /** The form draft never reads one code from the file's name on a sheet holding several schools' codes. */
    @Test
    void aFormDraftTakesNoCodeFromTheFileNameBesideCodesAcross() throws Exception {
        Path file = dir.resolve("A3_paxi_" + YEAR + ".xlsx");
        try (XSSFWorkbook wb = workbook(figures(79), false); OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        Map<String, List<List<Cell>>> samples = new LinkedHashMap<>();
        try (WorkbookReader wb = Workbooks.open(file)) {
            for (SheetInfo s : wb.sheets()) {
                samples.put(s.name(), SheetNames.firstRows(wb, s, 60));
            }
        }
        List<FormMapping> forms = FormDrafter.guess(samples, SecondaryYears.NOT_GIVEN, file.getFileName().toString());
        assertFalse(forms.isEmpty());
        assertTrue(forms.stream().flatMap(m -> m.labels().stream()).noneMatch(LabelMapping::fromFileName),
                forms.toString());
    }
}
