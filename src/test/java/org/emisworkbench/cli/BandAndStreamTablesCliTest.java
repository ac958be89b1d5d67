package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 28 F5 (issue #11, decision 0091): teachers by subject under {@code Qualified | Unqualified | Total} merged over
 * {@code Male | Female} (label {@code band}), enrolment {@code Form | Stream | Boys | Girls | Total} with the form
 * written on its first stream's row only (grid {@code stream}), and a template drafted with {@code --primary 8}
 * imported into a workspace of six years of primary. Workbooks and expected figures are made here.
 */
class BandAndStreamTablesCliTest {
    @TempDir
    Path dir;

    private static final String[] SUBJECTS = {"Mathematics", "English", "Physics", "Chemistry", "Biology",
        "Geography", "History", "Music", "Art", "Agriculture"};
    private static final String[] STREAMS = {"East", "West", "North"};

    /** Per subject: qualified M, F, unqualified M, F. */
    private final int[][] teachers = new int[SUBJECTS.length][4];
    /** Per form (1-4) and sex (0 boys, 1 girls): the pupils of its streams added up, and the cells added. */
    private final int[][] pupils = new int[4][2];
    private final List<List<String>> cells = new ArrayList<>();
    /** The subject whose Total Male is written two more than its Qualified + Unqualified Male, or -1. */
    private int raisedTotal = -1;

    private Path workbook(long seed) throws Exception {
        Random rnd = new Random(seed);
        Path path = dir.resolve("secondary_SEC-77_2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet school = wb.createSheet("School");
            school.createRow(0).createCell(0).setCellValue("Census year:");
            school.getRow(0).createCell(1).setCellValue(2024);
            school.createRow(1).createCell(0).setCellValue("School code:");
            school.getRow(1).createCell(1).setCellValue("SEC-77");

            Sheet t = wb.createSheet("Teachers");
            t.createRow(0).createCell(0).setCellValue("TEACHERS BY SUBJECT");
            Row band = t.createRow(1);
            band.createCell(0).setCellValue("Subject");
            band.createCell(1).setCellValue("Qualified");
            band.createCell(3).setCellValue("Unqualified");
            band.createCell(5).setCellValue("Total");
            for (int c = 1; c <= 5; c += 2) {
                t.addMergedRegion(new CellRangeAddress(1, 1, c, c + 1));
            }
            Row sexes = t.createRow(2);
            for (int c = 1; c <= 6; c++) {
                sexes.createCell(c).setCellValue(c % 2 == 1 ? "Male" : "Female");
            }
            int[] total = new int[6];
            for (int s = 0; s < SUBJECTS.length; s++) {
                Row row = t.createRow(3 + s);
                row.createCell(0).setCellValue(SUBJECTS[s]);
                for (int k = 0; k < 4; k++) {
                    teachers[s][k] = rnd.nextInt(4);
                }
                int[] v = {teachers[s][0], teachers[s][1], teachers[s][2], teachers[s][3],
                    teachers[s][0] + teachers[s][2] + (s == raisedTotal ? 2 : 0), teachers[s][1] + teachers[s][3]};
                for (int c = 0; c < 6; c++) {
                    row.createCell(1 + c).setCellValue(v[c]);
                    total[c] += v[c];
                }
            }
            Row tr = t.createRow(3 + SUBJECTS.length);
            tr.createCell(0).setCellValue("Total");
            for (int c = 0; c < 6; c++) {
                tr.createCell(1 + c).setCellValue(total[c]);
            }

            Sheet e = wb.createSheet("Enrolment");
            e.createRow(0).createCell(0).setCellValue("ENROLMENT BY FORM, STREAM AND SEX");
            Row h = e.createRow(1);
            String[] hs = {"Form", "Stream", "Boys", "Girls", "Total"};
            for (int c = 0; c < hs.length; c++) {
                h.createCell(c).setCellValue(hs[c]);
            }
            int r = 2;
            for (int f = 0; f < 4; f++) {
                cells.add(new ArrayList<>());
                int streams = 2 + rnd.nextInt(2);
                for (int s = 0; s < streams; s++) {
                    Row row = e.createRow(r);
                    if (s == 0) {
                        row.createCell(0).setCellValue("Form " + (f + 1));
                    }
                    row.createCell(1).setCellValue(STREAMS[s]);
                    int b = 15 + rnd.nextInt(20);
                    int g = 15 + rnd.nextInt(20);
                    row.createCell(2).setCellValue(b);
                    row.createCell(3).setCellValue(g);
                    row.createCell(4).setCellValue(b + g);
                    pupils[f][0] += b;
                    pupils[f][1] += g;
                    cells.get(f).add("C" + (r + 1));
                    r++;
                }
            }
            wb.write(out);
        }
        return path;
    }

    private int sum(int k) {
        int s = 0;
        for (int[] row : teachers) {
            s += row[k];
        }
        return s;
    }

    private static JsonNode sheet(JsonNode template, String name) {
        for (JsonNode s : template.get("sheets")) {
            if (s.path("names").get(0).asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no sheet " + name + " in " + template.toPrettyString());
    }

    /** The long CSV's rows as school, topic, item, sex → value and source. */
    private static java.util.Map<String, String[]> figures(Path csv) throws Exception {
        java.util.Map<String, String[]> out = new java.util.HashMap<>();
        for (String line : Files.readAllLines(csv)) {
            String[] f = line.split(",", -1);
            if (f.length >= 11 && f[0].equals("SEC-77")) {
                out.put(f[3] + "|" + f[4] + "|" + f[6], new String[] {f[7], f[10]});
            }
        }
        return out;
    }

    @Test
    void bandsOverSexesAndStreamsOfAFormAreDraftedAndStoredAsTheirCellsAddUp() throws Exception {
        Path wb = workbook(2891);
        Path template = dir.resolve("sec.json");
        CliRun d = CliRun.emis("template", "draft", wb.toString(), "--primary", "6", "--out", template.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        assertTrue(d.out().contains("each in column \"Male\" under the band \"Total\""), d.out());
        assertTrue(d.out().contains("the streams of a grade (column \"Stream\") added"), d.out());

        JsonNode json = new ObjectMapper().readTree(template.toFile());
        List<String> bands = new ArrayList<>();
        for (JsonNode l : sheet(json, "Teachers").get("labels")) {
            bands.add(l.path("field").asText() + " " + l.path("sex").asText() + " " + l.path("column").get(0).asText()
                    + " " + l.path("band").toString());
        }
        assertEquals(List.of("teachers.qualified M Male [\"Qualified\"]", "teachers.qualified F Female [\"Qualified\"]",
                "teachers.total M Male [\"Total\"]", "teachers.total F Female [\"Total\"]"), bands);
        JsonNode grid = sheet(json, "Enrolment").get("grids").get(0);
        assertEquals("[\"Stream\"]", grid.path("stream").toString(), grid.toPrettyString());

        Path db = dir.resolve("w.mv.db");
        CliRun i = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), wb.toString());
        assertEquals(0, i.code(), i.out() + i.err());
        assertFalse(i.out().contains("UNKNOWN_CODE"), i.out());
        Path csv = dir.resolve("long.csv");
        CliRun x = CliRun.emis("export", "--db", db.toString(), "--year", "2024", "--format", "long-csv",
                "--include-unchecked", "--out", csv.toString());
        assertEquals(0, x.code(), x.out() + x.err());
        java.util.Map<String, String[]> f = figures(csv);

        // Teachers: the Total band (qualified + unqualified of each subject), the Qualified band, each cell named.
        assertEquals(String.valueOf(sum(0) + sum(2)), f.get("teachers|total|M")[0], f.keySet().toString());
        assertEquals(String.valueOf(sum(1) + sum(3)), f.get("teachers|total|F")[0]);
        assertEquals(String.valueOf(sum(0)), f.get("teachers|qualified|M")[0]);
        assertEquals(String.valueOf(sum(1)), f.get("teachers|qualified|F")[0]);
        List<String> totalM = new ArrayList<>();
        List<String> qualifiedF = new ArrayList<>();
        for (int s = 0; s < SUBJECTS.length; s++) {
            totalM.add("F" + (4 + s));
            qualifiedF.add("C" + (4 + s));
        }
        assertEquals(String.join("+", totalM), f.get("teachers|total|M")[1]);
        assertEquals(String.join("+", qualifiedF), f.get("teachers|qualified|F")[1]);

        // Enrolment: every stream of a form added into its grade (Form 1 = G7 after six years), each cell named.
        for (int form = 0; form < 4; form++) {
            String grade = "G" + (7 + form);
            assertEquals(String.valueOf(pupils[form][0]), f.get("enrolment|" + grade + "|M")[0], grade);
            assertEquals(String.valueOf(pupils[form][1]), f.get("enrolment|" + grade + "|F")[0], grade);
            assertEquals(String.join("+", cells.get(form)), f.get("enrolment|" + grade + "|M")[1], grade);
        }
    }

    @Test
    void aHandTemplateAddsTheQualifiedAndUnqualifiedBandsAndReadsOneRowUnderOneBand() throws Exception {
        Path wb = workbook(77);
        Path template = dir.resolve("hand.json");
        String rows = String.join("\", \"", SUBJECTS);
        Files.writeString(template, """
                {"id": "band-hand", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "codeLists": {"grade": {"G7": ["Form 1"], "G8": ["Form 2"], "G9": ["Form 3"], "G10": ["Form 4"]}},
                 "sheets": [
                  {"names": ["School"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"}]},
                  {"names": ["Teachers"], "labels": [
                    {"sumOf": ["%s"], "column": ["Male"], "band": ["Qualified", "Unqualified"],
                     "field": "teachers.total", "sex": "M"},
                    {"labels": ["History"], "column": ["Female"], "band": ["Unqualified"],
                     "field": "teachers.qualified", "sex": "F"}]},
                  {"names": ["Enrolment"], "grids": [{"field": "enrolment", "titles": ["ENROLMENT BY FORM, STREAM AND SEX"],
                    "rows": "grade", "stream": ["Stream"]}]}]}
                """.formatted(rows));
        // The check lists the figures the template leaves unread (its exit code says so): only its listing is asserted.
        CliRun c = CliRun.emis("template", "check", "--template", template.toString(), wb.toString());
        int qm = sum(0);
        int um = sum(2);
        assertTrue(c.out().contains("sum teachers.total M (Qualified + Unqualified, Male)"), c.out());
        assertTrue(c.out().contains("= " + (qm + um) + " ("), c.out());
        Path db = dir.resolve("h.mv.db");
        CliRun i = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), wb.toString());
        assertEquals(0, i.code(), i.out() + i.err());
        Path csv = dir.resolve("h.csv");
        assertEquals(0, CliRun.emis("export", "--db", db.toString(), "--year", "2024", "--format", "long-csv",
                "--include-unchecked", "--out", csv.toString()).code());
        java.util.Map<String, String[]> f = figures(csv);
        assertEquals(String.valueOf(qm + um), f.get("teachers|total|M")[0], f.keySet().toString());
        // Row by row, the Qualified cell then the Unqualified one: every cell added is named.
        List<String> both = new ArrayList<>();
        for (int s = 0; s < SUBJECTS.length; s++) {
            both.add("B" + (4 + s));
            both.add("D" + (4 + s));
        }
        assertEquals(String.join("+", both), f.get("teachers|total|M")[1]);
        // One label under one band: History's unqualified women, E of its row.
        int history = List.of(SUBJECTS).indexOf("History");
        assertEquals(String.valueOf(teachers[history][3]), f.get("teachers|qualified|F")[0]);
        assertEquals("E" + (4 + history), f.get("teachers|qualified|F")[1]);
    }

    @Test
    void aTemplateDraftedForEightYearsOfPrimaryIsSaidToDifferFromTheWorkspacesSix() throws Exception {
        Path wb = workbook(5);
        Path template = dir.resolve("p8.json");
        assertEquals(0, CliRun.emis("template", "draft", wb.toString(), "--primary", "8", "--out",
                template.toString()).code());
        for (String[] lang : new String[][] {{"en", "run emis structure --primary 8"},
            {"fr", "lancez emis structure --primary 8"}, {"pt", "execute emis structure --primary 8"}}) {
            Path db = dir.resolve("p8-" + lang[0] + ".mv.db");
            CliRun i = CliRun.emis("import", "--lang", lang[0], "--db", db.toString(), "--template",
                    template.toString(), wb.toString());
            assertEquals(0, i.code(), i.out() + i.err());
            assertTrue(i.out().contains(lang[1]), i.out());
            assertTrue(i.out().contains("Form 1") && i.out().contains("G9"), i.out());
        }
        // Drafted for the workspace's own six years: nothing to say.
        Path six = dir.resolve("p6.json");
        assertEquals(0, CliRun.emis("template", "draft", wb.toString(), "--primary", "6", "--out",
                six.toString()).code());
        CliRun i = CliRun.emis("import", "--db", dir.resolve("p6.mv.db").toString(), "--template", six.toString(),
                wb.toString());
        assertEquals(0, i.code(), i.out() + i.err());
        assertFalse(i.out().contains("emis structure --primary"), i.out());
    }

    /**
     * Review 29 (the secondary form drafted with --primary): teachers.total is read under the Total band, which is
     * Qualified + Unqualified of each subject; the Unqualified band was then reported UNREAD_FIGURES, as if its
     * figures were lost. They are the parts of the total read: checked against it, a row whose bands do not add up to
     * its Total a TOTAL_MISMATCH at that Total, and never reported as not read.
     */
    @Test
    void theUnqualifiedBandIsCheckedAgainstTheTotalBandNotReportedUnread() throws Exception {
        Path wb = workbook(2891);
        Path template = dir.resolve("sec.json");
        CliRun d = CliRun.emis("template", "draft", wb.toString(), "--primary", "6", "--out", template.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), wb.toString());
        assertTrue(check.out().contains("Problems: none"), check.out());
        assertFalse(check.out().contains("NOT READ") || check.out().contains("UNREAD_FIGURES"), check.out());

        raisedTotal = 4;
        Path raised = workbook(2891);
        int parts = teachers[4][0] + teachers[4][2];
        CliRun bad = CliRun.emis("template", "check", "--template", template.toString(), raised.toString());
        assertTrue(bad.out().contains("Teachers!F8 TOTAL_MISMATCH: total not equal to its parts")
                && bad.out().contains("— the Total band says " + (parts + 2)
                + " but the bands beside it on its row (B8+D8) come to " + parts), bad.out());
        assertEquals(1, bad.out().lines().filter(l -> l.contains(" TOTAL_MISMATCH: ")).count(), bad.out());
        assertFalse(bad.out().contains("UNREAD_FIGURES"), bad.out());
    }
}
