package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 32 (Angola): a school's {@code Mapa Escolar}, each table giving {@code MF | F} (both sexes and the girls),
 * the boys worked out as their difference.
 * <ul>
 *   <li>A grade whose repeaters are blank in both MF and F was said once, at the F cell; the boys, worked out from
 *       the blank MF, went unsaid. Both blank cells are now named, each with what it leaves missing.</li>
 *   <li>The draft wrote no {@code "language": "pt"}: it now writes it, with {@code M} as masculino, as it does for a
 *       Portuguese form written {@code F | M}, since MF (masculino e feminino) shows the letters.</li>
 * </ul>
 * The workbook is written here; the draft is used unchanged and the figures stored are compared with those written.
 */
class MapaMfRowBlankCliTest {
    private static final String[] GRADES = {"Iniciação", "1ª Classe", "2ª Classe", "3ª Classe", "4ª Classe",
            "5ª Classe", "6ª Classe"};
    private static final String[] SLOTS = {"PP", "G1", "G2", "G3", "G4", "G5", "G6"};
    /** The grade whose repeaters are left blank in both columns: 3ª Classe, on row 14. */
    private static final int BLANK = 3;

    @TempDir
    Path dir;

    /** {@code mf[g]}, {@code f[g]}: enrolment; {@code rmf[g]}, {@code rf[g]}: repeaters. */
    private final int[] mf = new int[GRADES.length];
    private final int[] f = new int[GRADES.length];
    private final int[] rmf = new int[GRADES.length];
    private final int[] rf = new int[GRADES.length];

    private Path mapa() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Mapa Escolar");
        Sheets.row(s, 0, "REPÚBLICA DE ANGOLA — MINISTÉRIO DA EDUCAÇÃO");
        Sheets.row(s, 2, "Ano lectivo", null, 2024);
        Sheets.row(s, 3, "Nome da escola:", null, "Escola Primária n.º 236");
        Sheets.row(s, 4, "Código:", null, "011044");
        Sheets.row(s, 5, "Município:", null, "Cazenga");
        Sheets.row(s, 6, "Província:", null, "Luanda");
        Sheets.row(s, 8, "Classe", "Alunos matriculados", null, "Repetentes");
        Sheets.row(s, 9, null, "MF", "F", "MF", "F");
        s.addMergedRegion(new CellRangeAddress(8, 9, 0, 0));
        s.addMergedRegion(new CellRangeAddress(8, 8, 1, 2));
        s.addMergedRegion(new CellRangeAddress(8, 8, 3, 4));
        int[] total = new int[4];
        for (int g = 0; g < GRADES.length; g++) {
            mf[g] = 40 + 7 * g;
            f[g] = 18 + 3 * g;
            rmf[g] = 3 + g;
            rf[g] = 1 + g / 2;
            boolean blank = g == BLANK;
            Sheets.row(s, 10 + g, GRADES[g], mf[g], f[g], blank ? null : rmf[g], blank ? null : rf[g]);
            total[0] += mf[g];
            total[1] += f[g];
            total[2] += blank ? 0 : rmf[g];
            total[3] += blank ? 0 : rf[g];
        }
        Sheets.row(s, 17, "Total", total[0], total[1], total[2], total[3]);
        Sheets.row(s, 19, "Pessoal docente", "MF", "F");
        Sheets.row(s, 20, "Professores", 12, 7);
        return Sheets.save(wb, dir.resolve("mapa-011044-2024.xlsx"));
    }

    @Test
    void aRowBlankInBothMfAndFNamesBothCellsAndTheDraftSaysPortuguese() throws Exception {
        Path file = mapa();
        Path template = dir.resolve("mapa.json");
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        JsonNode json = new ObjectMapper().readTree(template.toFile());
        assertEquals("pt", json.path("language").asText(), json.toString());
        assertEquals("M", json.path("codeLists").path("sex").path("M").path(0).asText(), "M is masculino: " + json);

        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        String row = String.valueOf(11 + BLANK);
        assertTrue(check.out().contains("Mapa Escolar!E" + row + " BLANK_FIGURE"), check.out());
        assertTrue(check.out().contains("Mapa Escolar!D" + row + " BLANK_FIGURE"), check.out());
        assertTrue(check.out().contains("blank where school 011044's G3 repeaters of both sexes is expected, from"
                + " which G3 M repeaters is worked out less Mapa Escolar!E" + row + ", blank too"), check.out());
        assertTrue(check.out().contains("BLANK_FIGURE                 2"), check.out());

        Path db = dir.resolve("w.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        Map<String, Long> expected = new HashMap<>();
        for (int g = 0; g < GRADES.length; g++) {
            expected.put("enrolment " + SLOTS[g] + " F", (long) f[g]);
            expected.put("enrolment " + SLOTS[g] + " M", (long) mf[g] - f[g]);
            if (g != BLANK) {
                expected.put("repeaters " + SLOTS[g] + " F", (long) rf[g]);
                expected.put("repeaters " + SLOTS[g] + " M", (long) rmf[g] - rf[g]);
            }
        }
        expected.put("teachers total F", 7L);
        expected.put("teachers total M", 5L);
        Map<String, Long> got = LongCsv.figures(db, 2024, dir.resolve("long.csv"),
                r -> r.get("topic") + " " + r.get("item") + " " + r.get("sex"));
        assertEquals(new java.util.TreeMap<>(expected), got);
        assertFalse(got.containsKey("repeaters G3 M"), "nothing stored for the blank row");
    }
}
