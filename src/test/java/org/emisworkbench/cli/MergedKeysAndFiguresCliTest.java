package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merged cells where a reader expects one value per cell (review 30, D2 and D3), in workbooks written here with POI:
 * <ul>
 *   <li>a Mozambican-style long export ({@code Código da escola | Escola | Classe | Sexo | Alunos}) whose school code is
 *       merged down each school's rows, beside a hidden column of last year's counts: drafted as a long export whose
 *       code continues down ({@code keyContinues}), last year's column left unread and reported, every figure
 *       exact; with the setting taken out, each row without a code says the setting that reads it;</li>
 *   <li>a form whose table has one cell merged across a class's boys and girls: its figure is stored for neither and
 *       reported naming the merged range and the value (decision 0104).</li>
 * </ul>
 * Expected figures are the ones written.
 */
class MergedKeysAndFiguresCliTest {
    private static final List<String> CODES = List.of("1102031", "1102032", "1102033", "1102034", "1102035");
    private static final List<String> CLASSES = List.of("1ª Classe", "2ª Classe", "3ª Classe", "4ª Classe");

    @TempDir
    Path dir;

    /** The export; {@code expected} gets "code|class number|sex" → pupils. */
    private Path export(Map<String, Long> expected) throws Exception {
        Path file = dir.resolve("matriculas_Niassa_2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Matrículas");
            Sheets.row(s, 0, "Código da escola", "Escola", "Classe", "Sexo", "Alunos", "Alunos 2023");
            Random rnd = new Random(31);
            int r = 1;
            for (String code : CODES) {
                int first = r;
                for (int c = 0; c < CLASSES.size(); c++) {
                    for (String sex : List.of("H", "M")) {
                        long n = 12 + rnd.nextInt(50);
                        // Only the first row of each school holds its code and name; Excel keeps the merged value there.
                        Sheets.row(s, r, r == first ? code : null, r == first ? "EP de " + code : null,
                                CLASSES.get(c), sex, n, n + 3);
                        expected.put(code + "|G" + (c + 1) + "|" + (sex.equals("H") ? "M" : "F"), n);
                        r++;
                    }
                }
                s.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
                s.addMergedRegion(new CellRangeAddress(first, r - 1, 1, 1));
            }
            s.setColumnHidden(5, true);
            wb.write(out);
        }
        return file;
    }

    @Test
    void aSchoolCodeMergedDownItsRowsIsDraftedAsContinuingAndLastYearsHiddenColumnIsReported() throws Exception {
        Map<String, Long> expected = new TreeMap<>();
        Path file = export(expected);
        Path template = dir.resolve("draft.json");
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        String json = Files.readString(template);
        assertTrue(json.contains("\"keyContinues\" : true"), "the code continues down its merged rows: " + json);
        assertTrue(json.contains("row.grade") && json.contains("row.sex"), json);
        assertFalse(json.contains("Alunos 2023"), "last year's counts are not read: " + json);

        Path db = dir.resolve("w.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        assertTrue(imported.out().contains("UNREAD_FIGURES") && imported.out().contains("Alunos 2023"),
                "the hidden column of last year's counts is said, not dropped silently: " + imported.out());
        assertFalse(imported.out().contains("BLANK_KEY"), imported.out());
        Map<String, Long> got = LongCsv.figures(db, 2024, dir.resolve("long.csv"),
                row -> row.get("school_code") + "|" + row.get("item") + "|" + row.get("sex"));
        assertFalse(expected.isEmpty());
        assertEquals(expected, got);

        // The same template without the setting: each row without a code names the school above it and the setting.
        Path without = dir.resolve("without.json");
        Files.writeString(without, json.replaceAll("\"keyContinues\" : true,?", "")
                .replaceAll(",(\\s*})", "$1").replace("\"id\" : \"", "\"id\" : \"no-kc-"));
        CliRun check = CliRun.emis("template", "check", "--template", without.toString(), file.toString());
        assertTrue(check.out().contains("BLANK_KEY"), check.out() + check.err());
        assertTrue(check.out().contains("below the rows of school " + CODES.get(0)) && check.out().contains(
                "\"keyContinues\": true"), "the row without a code says what reads it: " + check.out());
    }

    @Test
    void aFigureCellUnderACellMergedAcrossBothSexesIsReportedNamingTheMerge() throws Exception {
        Path file = dir.resolve("ficha_1102031_2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Ficha");
            Sheets.row(s, 0, "Levantamento Escolar 2024");
            Sheets.row(s, 2, "Código da escola", "1102031");
            Sheets.row(s, 3, "Nome da escola", "EP de Lichinga");
            Sheets.row(s, 5, "Classe", "Rapazes", "Raparigas", "Total");
            for (int c = 0; c < CLASSES.size(); c++) {
                Sheets.row(s, 6 + c, CLASSES.get(c), 20 + c, 22 + c, 42 + 2 * c);
            }
            // 3ª Classe (row 9): the boys' figure typed across both cells, the girls' cell hidden by the merge.
            s.getRow(8).getCell(2).setBlank();
            s.addMergedRegion(new CellRangeAddress(8, 8, 1, 2));
            wb.write(out);
        }
        Path template = dir.resolve("form.json");
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        // Whose the 22 is cannot be told: stored for neither sex, said once at the merge (decision 0104, IMP-42);
        // the cell it covers is not said again as a blank.
        String said = check.out().lines().filter(l -> l.contains("Ficha!B9:C9 MERGED_FIGURE")).findFirst().orElse("");
        assertTrue(said.contains("22 is one cell merged across G3 M | G3 F") && said.contains("nothing is stored"),
                "the merge is named with its value: " + check.out() + check.err());
        assertFalse(check.out().contains("Ficha!C9 BLANK_FIGURE"), check.out());
    }
}
