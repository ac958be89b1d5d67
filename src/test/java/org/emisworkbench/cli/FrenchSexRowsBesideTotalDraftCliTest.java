package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A French export with a row per school, grade and sex whose sex column gives the boys ({@code G}, garçons) and the
 * total ({@code T}) but never the girls: the draft works the girls out as the total less the boys. Read with the
 * English letters the rows of {@code G} were taken for the girls and the boys drafted as the difference (the twin of
 * review 26 F3 in the drafter of rows giving the sex). The workbook is written here, in a style the sample generator
 * does not write; the figures expected are the cells written here.
 */
class FrenchSexRowsBesideTotalDraftCliTest {
    @TempDir
    Path dir;

    private static final String[] SCHOOLS = {"0110234", "0110571"};
    private static final String[] GRADES = {"CP1", "CP2", "CE1"};

    private static int boys(int s, int g) {
        return 40 + 10 * s + 3 * g;
    }

    private static int girls(int s, int g) {
        return 35 + 7 * s + 4 * g;
    }

    @Test
    void theGirlsAreTheTotalLessTheGarcons() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("effectifs");
        Row head = sheet.createRow(0);
        String[] headers = {"Code école", "Nom école", "Classe", "Sexe", "Effectif"};
        for (int c = 0; c < headers.length; c++) {
            head.createCell(c).setCellValue(headers[c]);
        }
        int r = 1;
        for (int s = 0; s < SCHOOLS.length; s++) {
            for (int g = 0; g < GRADES.length; g++) {
                for (String sex : new String[] {"G", "T"}) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(SCHOOLS[s]);
                    row.createCell(1).setCellValue("École " + (s + 1));
                    row.createCell(2).setCellValue(GRADES[g]);
                    row.createCell(3).setCellValue(sex);
                    row.createCell(4).setCellValue(sex.equals("G") ? boys(s, g) : boys(s, g) + girls(s, g));
                }
            }
        }
        Path file = dir.resolve("effectifs_2024.xlsx");
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        Path template = dir.resolve("t.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        Path db = dir.resolve("w.mv.db");
        CliRun i = CliRun.emis("import", "--db", db.toString(), "--year", "2024", "--template", template.toString(),
                file.toString());
        assertEquals(0, i.code(), i.out() + i.err() + Files.readString(template));

        Map<String, Long> expected = new TreeMap<>();
        for (int s = 0; s < SCHOOLS.length; s++) {
            for (int g = 0; g < GRADES.length; g++) {
                expected.put(SCHOOLS[s] + " G" + (g + 1) + " M", (long) boys(s, g));
                expected.put(SCHOOLS[s] + " G" + (g + 1) + " F", (long) girls(s, g));
            }
        }
        assertEquals(expected, LongCsv.figures(db, 2024, dir.resolve("long.csv"), row -> row.get("school_code") + " "
                + row.get("item") + " " + row.get("sex")), Files.readString(template));
    }
}
