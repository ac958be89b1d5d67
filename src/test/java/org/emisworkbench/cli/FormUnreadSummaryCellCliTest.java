package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 25, F10.4: the import's summary line named a form's one unread figure by its column alone
 * ({@code Mapa Estatístico!B (Professores | HM | Sem formação)}) while its problem line said {@code B21}: on a form
 * a column says nothing, so the summary names the cell, as the problem line does. A list's column keeps its letters.
 */
class FormUnreadSummaryCellCliTest {
    @TempDir
    Path dir;

    @Test
    void aFormsUnreadFigureIsNamedByItsCellInTheSummaryAsInTheProblemLine() throws Exception {
        int unreadRow = 7; // 0-based: Excel row 8
        Path file = dir.resolve("Mapa_AO-LDA-0901_2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Mapa Estatístico");
            Sheets.row(sh, 0, "MAPA ESTATÍSTICO");
            Sheets.row(sh, 2, "Código da escola", "AO-LDA-0901");
            Sheets.row(sh, 3, "Nome da escola", "Escola n.º 9");
            Sheets.row(sh, 5, "Professores", "HM");
            Sheets.row(sh, 6, "Com formação pedagógica", 6);
            Sheets.row(sh, unreadRow, "Sem formação", 15);
            wb.write(out);
        }
        Path t = dir.resolve("mapa.json");
        Files.writeString(t, """
                {"id": "mapa", "version": 1, "layout": "grid", "language": "pt", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Mapa Estatístico"], "required": ["school.code"],
                   "labels": [{"labels": ["Código da escola"], "field": "school.code"},
                              {"labels": ["Nome da escola"], "field": "school.name"},
                              {"labels": ["Com formação pedagógica"], "field": "teachers.trained", "sex": "both"}]}]}
                """);
        String cell = "B" + (unreadRow + 1);
        CliRun imp = CliRun.emis("import", "--db", dir.resolve("m.mv.db").toString(), "--template", t.toString(),
                file.toString());
        assertTrue(imp.code() <= 1, imp.out() + imp.err());
        String summary = imp.out().lines().filter(l -> l.contains("figures not read:")).findFirst().orElse("");
        assertTrue(summary.contains("Mapa Estatístico!" + cell + " ("), imp.out());
        assertFalse(summary.contains("Mapa Estatístico!B ("), summary);
        assertTrue(imp.out().contains("UNREAD_FIGURES") && imp.out().contains("first Mapa Estatístico!" + cell),
                imp.out());
    }
}
