package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district list printing last year's figures beside this year's ({@code {year}} columns): the draft reads this
 * year's and leaves last year's out on purpose, and says so, never "the template written does not read every column
 * as mapped" (review 16 and 16b, cases 5a-c and B). The check deciding that note matches {@code {year}} for the census
 * year the draft read. Workbooks written here, in French: school years inside the headers ({@code CP1 Garçons
 * 2023-24}), and year words on a banner ({@code Année N-1 | Année N}); figures expected are those written.
 */
class DraftYearColumnsNoteTest {
    private static final String[] GRADES = {"CP1", "CP2", "CE1"};
    private static final String[] SEXES = {"Garçons", "Filles"};

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));
    /** [school][grade][sex] of this year, as written. */
    private final int[][][] thisYear = new int[3][GRADES.length][2];

    @Test
    void schoolYearsInsideTheHeadersAreDraftedWithoutANoteOfColumnsMissed() throws Exception {
        assertDraftedAndRead(insideHeaders(), "Effectifs", "zorgho-2024.xlsx");
    }

    @Test
    void theDraftCommandSaysLastYearsColumnsAreLeftOutOnPurpose() throws Exception {
        Path file = dir.resolve("manga-2024.xlsx");
        try (var out = java.nio.file.Files.newOutputStream(file); XSSFWorkbook wb = insideHeaders()) {
            wb.write(out);
        }
        var r = org.emisworkbench.testing.CliRun.emis("template", "draft", file.toString(), "--out",
                dir.resolve("manga.json").toString());
        assertEquals(0, r.code(), r.err());
        String lastYear = "another school year of a {year} column: left out on purpose, read when that year is imported";
        assertEquals(2 * GRADES.length, r.out().lines().filter(l -> l.contains("2023-24") && l.contains(lastYear))
                .count(), r.out());
        assertFalse(r.out().contains("not guessed") || r.out().contains("does not read every column"), r.out());
        var fr = org.emisworkbench.testing.CliRun.emis("template", "draft", file.toString(), "--out",
                dir.resolve("manga-fr.json").toString(), "--lang", "fr");
        assertTrue(fr.out().contains("autre année scolaire d'une colonne {year} : écartée volontairement"), fr.out());
    }

    /** Last year's and this year's columns, each header ending with its school year. */
    private XSSFWorkbook insideHeaders() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Effectifs");
        Object[] header = new Object[2 + 2 * 2 * GRADES.length];
        header[0] = "Code école";
        header[1] = "Nom de l'école";
        int k = 2;
        for (String year : new String[] {"2023-24", "2024-25"}) {
            for (String g : GRADES) {
                for (String x : SEXES) {
                    header[k++] = g + " " + x + " " + year;
                }
            }
        }
        Sheets.row(s, 0, header);
        fill(s, 1, new Random(5));
        return wb;
    }

    @Test
    void yearWordsOnABannerAreDraftedWithoutANoteOfColumnsMissed() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Inscrits");
        int width = 2 * GRADES.length;
        Object[] banner = new Object[2 + 2 * width];
        banner[2] = "Année N-1";
        banner[2 + width] = "Année N";
        Sheets.row(s, 0, banner);
        s.addMergedRegion(new CellRangeAddress(0, 0, 2, 1 + width));
        s.addMergedRegion(new CellRangeAddress(0, 0, 2 + width, 1 + 2 * width));
        Object[] header = new Object[2 + 2 * width];
        header[0] = "Code école";
        header[1] = "Nom de l'école";
        for (int y = 0; y < 2; y++) {
            for (int g = 0; g < GRADES.length; g++) {
                for (int x = 0; x < 2; x++) {
                    header[2 + y * width + 2 * g + x] = GRADES[g] + " " + SEXES[x];
                }
            }
        }
        Sheets.row(s, 1, header);
        fill(s, 2, new Random(7));
        assertDraftedAndRead(wb, "Inscrits", "boulsa-2024.xlsx");
    }

    /** Three schools from {@code first}: last year's figures, then this year's (kept in {@link #thisYear}). */
    private void fill(Sheet s, int first, Random rnd) {
        for (int i = 0; i < 3; i++) {
            Object[] row = new Object[2 + 2 * 2 * GRADES.length];
            row[0] = "BF-52" + i;
            row[1] = "École " + (char) ('A' + i);
            int k = 2;
            for (int y = 0; y < 2; y++) {
                for (int g = 0; g < GRADES.length; g++) {
                    for (int x = 0; x < 2; x++) {
                        int v = 10 + rnd.nextInt(50);
                        row[k++] = v;
                        if (y == 1) {
                            thisYear[i][g][x] = v;
                        }
                    }
                }
            }
            Sheets.row(s, first + i, row);
        }
    }

    private void assertDraftedAndRead(XSSFWorkbook wb, String sheet, String name) throws Exception {
        DraftedImports imports = new DraftedImports(dir, 2024, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, name);
        TemplateWorkshop.DraftResult d = workshop.draft(dir.resolve(name), "again");
        assertTrue(d.notes().stream().noneMatch(n -> n.key().equals("draft.notAsMapped")),
                "a correct {year} draft is no column missed: " + d.notes() + "\n" + run.json());
        assertTrue(run.json().contains("{year}"), run.json());
        // Nor written header by header for fear of reading last year's: one pattern reads this year's only.
        assertTrue(d.notes().stream().noneMatch(n -> n.key().equals("draft.literal")), d.notes() + "\n" + run.json());
        var mapping = d.sheets().stream().filter(m -> m.sheet().equals(sheet)).findFirst().orElseThrow();
        List<ColumnMapping> lastYear = mapping.columns().stream().filter(c -> c.col() >= 2
                && c.col() < 2 + 2 * GRADES.length).toList();
        assertEquals(2 * GRADES.length, lastYear.size(), mapping.toString());
        assertTrue(lastYear.stream().allMatch(c -> !c.reads() && mapping.otherYear(c)),
                "last year's columns left out as another year: " + mapping);
        assertFalse(mapping.columns().stream().filter(ColumnMapping::reads).anyMatch(mapping::otherYear));
        DraftedImports.assertClean(run, 3);
        try (Workbench w = imports.open()) {
            for (int i = 0; i < 3; i++) {
                for (int g = 0; g < GRADES.length; g++) {
                    imports.assertEnrolment(w, "BF-52" + i, g + 1, thisYear[i][g][1], thisYear[i][g][0]);
                }
            }
        }
    }
}
