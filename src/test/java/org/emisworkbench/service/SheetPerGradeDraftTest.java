package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A district file with one sheet per grade, whose columns say only the sex: "Grade 1" … "Grade 6" with
 * Boys / Girls, or the Francophone "CP1" … "CM2" with Garçons / Filles. The drafter takes the grade from
 * the sheet's name; the file imported with its draft gives the figures this test wrote.
 */
class SheetPerGradeDraftTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "Grade 1|Grade 2|Grade 3|Grade 4|Grade 5|Grade 6, School code, Boys, Girls",
        "CP1|CP2|CE1|CE2|CM1|CM2, Code école, Garçons, Filles"})
    void theSheetNameGivesTheGrade(String sheetNames, String key, String boys, String girls) throws Exception {
        String[] sheets = sheetNames.split("\\|");
        List<String> codes = List.of("EP-0101", "EP-0102", "EP-0107", "EP-0230");
        int[][][] enrolment = new int[codes.size()][sheets.length][2]; // [school][grade][0 girls, 1 boys]
        Random rnd = new Random(sheets[0].hashCode());
        Path file = dir.resolve("district-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (int g = 0; g < sheets.length; g++) {
                Sheet s = wb.createSheet(sheets[g]);
                Row h = s.createRow(0);
                h.createCell(0).setCellValue(key);
                h.createCell(1).setCellValue(boys);
                h.createCell(2).setCellValue(girls);
                for (int i = 0; i < codes.size(); i++) {
                    Row r = s.createRow(i + 1);
                    enrolment[i][g][0] = 3 + rnd.nextInt(70);
                    enrolment[i][g][1] = 3 + rnd.nextInt(70);
                    r.createCell(0).setCellValue(codes.get(i));
                    r.createCell(1).setCellValue(enrolment[i][g][1]);
                    r.createCell(2).setCellValue(enrolment[i][g][0]);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));
        TemplateWorkshop.DraftResult d = workshop.draft(file, "per-grade");
        Path template = dir.resolve("per-grade.json");
        TemplateWorkshop.write(d.draft().json(), template, false);
        try (Workbench wb = Workbench.open(dir.resolve("w.mv.db"))) {
            ImportReport r = new ImportService(wb, TemplateCatalog.load(null)).importFiles(
                    new ImportRequest(List.of(file), template.toString(), null), Progress.NONE, Cancellation.none());
            FileResult f = r.files().get(0);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(codes.size(), f.schoolsAdded());
            assertEquals(codes.size() * sheets.length * 2, f.valuesStored(), f.problems().toString());
            assertTrue(f.problems().isEmpty(), f.problems().toString());
            for (int i = 0; i < codes.size(); i++) {
                for (int g = 0; g < sheets.length; g++) {
                    int slot = GradeSystem.standard().byCode("G" + (g + 1)).orElseThrow().slot();
                    for (int sx = 0; sx < 2; sx++) {
                        var stored = wb.whereFrom(codes.get(i), 2024, Topic.ENROLMENT, slot, sx == 0 ? Sex.F : Sex.M,
                                AgeGroup.ALL).orElseThrow();
                        assertEquals(enrolment[i][g][sx], stored.value(), codes.get(i) + " " + sheets[g] + " " + sx);
                        assertEquals(sheets[g] + "!" + (sx == 0 ? "C" : "B") + (i + 2), stored.source().sheetCell());
                    }
                }
            }
        }
    }
}
