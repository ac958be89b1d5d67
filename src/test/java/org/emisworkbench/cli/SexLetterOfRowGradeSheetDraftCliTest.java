package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A national export with a row per school and grade whose repeaters' columns end in a lone sex letter: French
 * {@code Redoublants G | Redoublants F} (garçons, filles), English {@code Repeaters B | Repeaters G} (boys, girls).
 * The draft reads the letter in the workbook's language, so the boys' repeaters of a French export are stored as
 * boys' (review 26 F3: they were drafted as the girls', and the girls' column left out). The workbooks are written
 * here, in a style the sample generator does not write; the figures expected are the cells written here.
 */
class SexLetterOfRowGradeSheetDraftCliTest {
    @TempDir
    Path dir;

    private static final String[] SCHOOLS = {"0110234", "0110571"};
    private static final String[] FRENCH_GRADES = {"CP1", "CP2", "CE1"};
    private static final String[] ENGLISH_GRADES = {"Grade 1", "Grade 2", "Grade 3"};

    /** Boys, girls, boys repeating, girls repeating; of school s and grade g. */
    private static int figure(int s, int g, int column) {
        return 100 * (s + 1) + 10 * g + 3 * column + 1;
    }

    private Path export(String name, String[] headers, String[] grades) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("export");
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            head.createCell(c).setCellValue(headers[c]);
        }
        int r = 1;
        for (int s = 0; s < SCHOOLS.length; s++) {
            for (int g = 0; g < grades.length; g++) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(SCHOOLS[s]);
                row.createCell(1).setCellValue("École " + (s + 1));
                row.createCell(2).setCellValue(grades[g]);
                for (int k = 0; k < 4; k++) {
                    row.createCell(3 + k).setCellValue(figure(s, g, k));
                }
            }
        }
        Path path = dir.resolve(name);
        try (wb; OutputStream out = Files.newOutputStream(path)) {
            wb.write(out);
        }
        return path;
    }

    private Path draftAndImport(Path file) throws Exception {
        Path template = dir.resolve(file.getFileName() + ".json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        Path db = dir.resolve(file.getFileName() + ".mv.db");
        CliRun i = CliRun.emis("import", "--db", db.toString(), "--year", "2024", "--template", template.toString(),
                file.toString());
        assertEquals(0, i.code(), i.out() + i.err());
        return db;
    }

    /** Every figure stored, from the long CSV export: "school topic item sex" → value. */
    private Map<String, Long> stored(Path db) throws Exception {
        return LongCsv.figures(db, 2024, dir.resolve(db.getFileName() + ".csv"), r -> r.get("school_code") + " "
                + r.get("topic") + " " + r.get("item") + " " + r.get("sex"));
    }

    private void everyFigureStored(Path db) throws Exception {
        Map<String, Long> expected = new TreeMap<>();
        String[] topics = {"enrolment", "enrolment", "repeaters", "repeaters"};
        String[] sexes = {"M", "F", "M", "F"};
        for (int s = 0; s < SCHOOLS.length; s++) {
            for (int g = 0; g < 3; g++) {
                for (int k = 0; k < 4; k++) {
                    expected.put(SCHOOLS[s] + " " + topics[k] + " G" + (g + 1) + " " + sexes[k], (long) figure(s, g, k));
                }
            }
        }
        assertEquals(expected, stored(db));
    }

    @Test
    void aFrenchGIsTheBoysRepeaters() throws Exception {
        Path db = draftAndImport(export("export_sige_2024.xlsx", new String[] {"Code école", "Nom école",
            "Année d'études", "Garçons", "Filles", "Redoublants G", "Redoublants F"}, FRENCH_GRADES));
        everyFigureStored(db);
    }

    @Test
    void lettersAloneOnAFrenchExportAreGarconsAndFilles() throws Exception {
        Path db = draftAndImport(export("effectifs_2024.xlsx", new String[] {"Code école", "Nom école",
            "Année d'études", "G", "F", "Redoublants G", "Redoublants F"}, FRENCH_GRADES));
        everyFigureStored(db);
    }

    @Test
    void anEnglishGIsTheGirlsRepeaters() throws Exception {
        Path db = draftAndImport(export("census_export_2024.xlsx", new String[] {"School code", "School name",
            "Class", "Boys", "Girls", "Repeaters B", "Repeaters G"}, ENGLISH_GRADES));
        everyFigureStored(db);
    }
}
