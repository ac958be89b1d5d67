package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Central American national file, one row per school and a sheet per department, its header on row 1 with no title:
 * {@code Código SACE | Centro educativo | 1° Grado H | 1° Grado M | 1° Grado Total | …} (Honduras), or {@code Grado 1
 * Niños | Grado 1 Niñas} (written as many Spanish-speaking ministries do). The grade is read by its shape (never a
 * spelling of the grade list), H and M as hombres and mujeres, the totals checked: drafted, imported, every figure as
 * written here, and the one total written wrong reported at its cell (review 31).
 */
class SpanishGradeSexHeadersDraftCliTest {
    @TempDir
    Path dir;

    /**
     * A file of {@code sheets} departments × 3 schools × 6 grades; {@code expected} gets "code|G n|M or F" → pupils.
     * The school {@code wrongCode}'s 4th grade total is written 7 too many (null: none).
     */
    private Path file(String name, List<String> sheets, String gradeHeader, List<String> sexWords, boolean totals,
                      String wrongCode, Map<String, Long> expected) throws Exception {
        Path file = dir.resolve(name);
        Random rnd = new Random(name.length());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            int school = 0;
            for (String sheetName : sheets) {
                Sheet s = wb.createSheet(sheetName);
                List<Object> head = new ArrayList<>(List.of("Código SACE", "Centro educativo", "Municipio"));
                for (int g = 1; g <= 6; g++) {
                    String grade = gradeHeader.replace("{n}", String.valueOf(g));
                    head.add(grade + " " + sexWords.get(0));
                    head.add(grade + " " + sexWords.get(1));
                    if (totals) {
                        head.add(grade + " Total");
                    }
                }
                Sheets.row(s, 0, head.toArray());
                for (int r = 1; r <= 3; r++, school++) {
                    String code = String.format("0801%05d", 120 + school);
                    List<Object> row = new ArrayList<>(List.of(code, "CEB José Cecilio del Valle " + school,
                            "Distrito Central"));
                    for (int g = 1; g <= 6; g++) {
                        long boys = 10 + rnd.nextInt(45);
                        long girls = 10 + rnd.nextInt(45);
                        row.add(boys);
                        row.add(girls);
                        if (totals) {
                            row.add(boys + girls + (code.equals(wrongCode) && g == 4 ? 7 : 0));
                        }
                        expected.put(code + "|G" + g + "|M", boys);
                        expected.put(code + "|G" + g + "|F", girls);
                    }
                    Sheets.row(s, r, row.toArray());
                }
            }
            wb.write(out);
        }
        return file;
    }

    private Map<String, Long> imported(Path file, Path template, String db, int mismatches) throws Exception {
        Path w = dir.resolve(db);
        CliRun imported = CliRun.emis("import", "--db", w.toString(), "--template", template.toString(),
                file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        assertEquals(mismatches, imported.out().lines().filter(l -> l.contains("TOTAL_MISMATCH")
                && !l.strip().startsWith("TOTAL_MISMATCH")).count(), imported.out());
        assertFalse(imported.out().contains("UNREAD_FIGURES"), imported.out());
        return LongCsv.figures(w, 2024, dir.resolve(db + ".csv"),
                row -> row.get("school_code") + "|" + row.get("item") + "|" + row.get("sex"));
    }

    @Test
    void ordinalGradesBesideHAndMAndTotalAreDraftedReadAndChecked() throws Exception {
        Map<String, Long> expected = new TreeMap<>();
        Path file = file("matricula_inicial_2024.xlsx", List.of("Francisco Morazán", "Cortés"), "{n}° Grado",
                List.of("H", "M"), true, "080100124", expected);
        Path template = dir.resolve("hn.json");
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        String json = Files.readString(template);
        assertTrue(json.contains("\"language\" : \"es\""), "H and M read as hombres and mujeres: " + json);
        assertTrue(json.contains("Código SACE"), "keyed by its SACE code: " + json);
        Map<String, Long> got = imported(file, template, "hn.mv.db", 1);
        assertEquals(36 * 2, expected.size());
        assertEquals(expected, got);
    }

    @Test
    void gradeNumberBeforeBoysAndGirlsWordsIsDraftedAndRead() throws Exception {
        Map<String, Long> expected = new TreeMap<>();
        Path file = file("matricula_2024.xlsx", List.of("Matrícula"), "Grado {n}", List.of("Niños", "Niñas"), false,
                null, expected);
        Path template = dir.resolve("ninos.json");
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        Map<String, Long> got = imported(file, template, "ninos.mv.db", 0);
        assertEquals(18 * 2, expected.size());
        assertEquals(expected, got);
    }
}
