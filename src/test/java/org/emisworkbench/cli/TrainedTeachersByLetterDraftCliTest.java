package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 31 C3: a Mozambican teachers table {@code Professores | H | M | HM} with rows {@code Com formação} / {@code
 * Sem formação} (M mulheres beside H and HM) is drafted as the trained teachers of each sex and the teachers as their
 * sum; its {@code HM} column is checked as the total of the sexes, never reported as figures left unread; {@code Ano
 * lectivo 2025} in one cell is the draft's year label, the file's name holding no year. Workbook written here, the
 * expected figures worked out here.
 */
class TrainedTeachersByLetterDraftCliTest {
    @TempDir
    Path dir;

    /** Men and women trained, then untrained. */
    private static final int[][] TEACHERS = {{5, 9}, {2, 3}};

    private Path form(String name, int hmOffset) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Escola");
            s.createRow(0).createCell(0).setCellValue("Ano lectivo 2025");
            Row code = s.createRow(1);
            code.createCell(0).setCellValue("Código da escola:");
            code.createCell(1).setCellValue("0407112");
            s.createRow(3).createCell(0).setCellValue("Alunos matriculados");
            Row h = s.createRow(4);
            String[] heads = {"Classe", "H", "M", "HM"};
            for (int c = 0; c < heads.length; c++) {
                h.createCell(c).setCellValue(heads[c]);
            }
            for (int g = 1; g <= 2; g++) {
                Row r = s.createRow(4 + g);
                r.createCell(0).setCellValue(g + "ª Classe");
                r.createCell(1).setCellValue(20 + g);
                r.createCell(2).setCellValue(30 + g);
                r.createCell(3).setCellValue(50 + 2 * g);
            }
            s.createRow(8).createCell(0).setCellValue("Corpo docente");
            Row th = s.createRow(9);
            String[] theads = {"Professores", "H", "M", "HM"};
            for (int c = 0; c < theads.length; c++) {
                th.createCell(c).setCellValue(theads[c]);
            }
            String[] rows = {"Com formação", "Sem formação"};
            for (int k = 0; k < 2; k++) {
                Row r = s.createRow(10 + k);
                r.createCell(0).setCellValue(rows[k]);
                r.createCell(1).setCellValue(TEACHERS[k][0]);
                r.createCell(2).setCellValue(TEACHERS[k][1]);
                r.createCell(3).setCellValue(TEACHERS[k][0] + TEACHERS[k][1] + (k == 0 ? hmOffset : 0));
            }
            Row total = s.createRow(12);
            total.createCell(0).setCellValue("Total");
            total.createCell(1).setCellValue(TEACHERS[0][0] + TEACHERS[1][0]);
            total.createCell(2).setCellValue(TEACHERS[0][1] + TEACHERS[1][1]);
            total.createCell(3).setCellValue(TEACHERS[0][0] + TEACHERS[1][0] + TEACHERS[0][1] + TEACHERS[1][1]);
            wb.write(out);
        }
        return file;
    }

    @Test
    void trainedAndUntrainedRowsUnderHmAreDraftedAndTheirHmChecked() throws Exception {
        Path file = form("levantamento_Pemba.xlsx", 0);
        Path draft = dir.resolve("draft.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", draft.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        String json = Files.readString(draft);
        assertTrue(json.contains("\"Ano lectivo\""), json);
        assertTrue(json.contains("teachers.trained"), d.out());
        assertFalse(d.out().contains("\"Com formação\"               not guessed"), d.out());

        CliRun check = CliRun.emis("template", "check", "--template", draft.toString(), file.toString());
        assertTrue(check.out().contains("census year 2025"), check.out());
        assertFalse(check.out().contains("UNREAD_FIGURES"), check.out());
        assertFalse(check.out().contains("TOTAL_MISMATCH"), check.out());

        Path db = dir.resolve("mz.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", draft.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        Path csv = dir.resolve("long.csv");
        CliRun exp = CliRun.emis("export", "--db", db.toString(), "--year", "2025", "--format", "long-csv",
                "--include-unchecked", "--out", csv.toString());
        assertEquals(0, exp.code(), exp.out() + exp.err());
        List<String> lines = Files.readAllLines(csv);
        List<String> head = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        Map<String, String> teachers = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            if (f[head.indexOf("topic")].equals("teachers")) {
                teachers.put(f[head.indexOf("item")] + "|" + f[head.indexOf("sex")], f[head.indexOf("value")]);
            }
        }
        assertEquals(Map.of("trained|M", Integer.toString(TEACHERS[0][0]),
                "trained|F", Integer.toString(TEACHERS[0][1]),
                "total|M", Integer.toString(TEACHERS[0][0] + TEACHERS[1][0]),
                "total|F", Integer.toString(TEACHERS[0][1] + TEACHERS[1][1])), teachers);

        // An HM that is not the sum of its row's H and M is said at its cell, as a table's HM is.
        Path wrong = form("levantamento_Pemba_errado.xlsx", 2);
        CliRun w = CliRun.emis("template", "check", "--template", draft.toString(), wrong.toString());
        assertTrue(w.out().contains("Escola!D11 TOTAL_MISMATCH"), w.out());
        assertTrue(w.out().contains("says " + (TEACHERS[0][0] + TEACHERS[0][1] + 2)), w.out());
        assertFalse(w.out().contains("UNREAD_FIGURES"), w.out());
    }
}
