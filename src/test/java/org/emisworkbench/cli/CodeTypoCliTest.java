package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 21, items 1, 2 and 5: a school code one look-alike character from another school's ({@code KT451O} among
 * the rows of {@code KT4510}) is said at its cell as a likely typo naming that school (IMP-35); the school's rows
 * after the typo row are its rows, no duplicate school; a name that truly differs on a later row names the school's
 * true first row; sequential codes of differently named schools are not reported; on forms, a code cell that
 * disagrees with its sheet's name is said; and {@code template check} lists the problems the import reports. The
 * workbooks are written here (a long export with the typo row in the middle of a school's rows, forms one per
 * sheet named by their code); the expected rows and figures are counted as they are written.
 */
class CodeTypoCliTest {
    @TempDir
    Path dir;

    private static final String LONG = """
            {"id": "long-typo", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["export"], "key": ["CODE"],
               "columns": [{"headers": ["NAME"], "field": "school.name"},
                           {"headers": ["GRADE"], "field": "row.grade"},
                           {"headers": ["SEX"], "field": "row.sex"},
                           {"headers": ["PUPILS"], "field": "enrolment"}]}]}
            """;

    /** One row of the long export: code, name, grade, sex, pupils. */
    private record Line(String code, String name, String grade, String sex, int pupils) {
    }

    @Test
    void aTypoRowInASchoolsRowsIsSaidAndTheSchoolsLaterRowsAreNoDuplicate() throws Exception {
        List<Line> lines = new ArrayList<>();
        int pupils = 11;
        for (String[] s : new String[][] {{"KT4501", "Kasama Hill"}, {"KT4502", "Mbala Road"}}) {
            for (String g : new String[] {"Grade 1", "Grade 2"}) {
                for (String sex : new String[] {"M", "F"}) {
                    lines.add(new Line(s[0], s[1], g, sex, pupils++));
                }
            }
        }
        // KT4510: two rows, the typo row, then its last row; KT4520: two rows, another school, then a clashing name.
        lines.add(new Line("KT4510", "Chilubi Island", "Grade 1", "M", 31));
        lines.add(new Line("KT4510", "Chilubi Island", "Grade 1", "F", 32));
        lines.add(new Line("KT451O", "Chilubi Island", "Grade 2", "M", 33));
        lines.add(new Line("KT4510", "Chilubi Island", "Grade 2", "F", 34));
        // The school's total rows: the girls' adds up with the rows above the typo row; the boys' says the true total,
        // the typo row's boys included, so the rows read for KT4510 fall short of it.
        int girls = sum(lines, "KT4510", "F");
        int boysTrue = sum(lines, "KT4510", "M") + sum(lines, "KT451O", "M");
        lines.add(new Line("KT4510", "Chilubi Island", "Total", "F", girls));
        lines.add(new Line("KT4510", "Chilubi Island", "Total", "M", boysTrue));
        lines.add(new Line("KT4520", "Luwingu", "Grade 1", "M", 41));
        lines.add(new Line("KT4520", "Luwingu", "Grade 1", "F", 42));
        lines.add(new Line("KT4530", "Nsama", "Grade 1", "M", 51));
        lines.add(new Line("KT4520", "Luwingu Basic", "Grade 2", "M", 43));
        Path file = dir.resolve("long-typo-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("export");
            String[] head = {"CODE", "NAME", "GRADE", "SEX", "PUPILS"};
            Row h = s.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int r = 0; r < lines.size(); r++) {
                Line l = lines.get(r);
                Row row = s.createRow(r + 1);
                row.createCell(0).setCellValue(l.code());
                row.createCell(1).setCellValue(l.name());
                row.createCell(2).setCellValue(l.grade());
                row.createCell(3).setCellValue(l.sex());
                row.createCell(4).setCellValue(l.pupils());
            }
            wb.write(out);
        }
        // Expected, from the lines as written (sheet rows are 1-based, under the header).
        int typoRow = rowOf(lines, l -> l.code().equals("KT451O"));
        int chilubiFirst = rowOf(lines, l -> l.code().equals("KT4510"));
        int luwinguFirst = rowOf(lines, l -> l.code().equals("KT4520"));
        int clashRow = rowOf(lines, l -> l.name().equals("Luwingu Basic"));
        int boysTotalRow = rowOf(lines, l -> l.grade().equals("Total") && l.sex().equals("M"));
        int boysRead = sum(lines, "KT4510", "M");
        Line back = lines.get(typoRow - 1); // the line after the typo row (line index typoRow - 2): KT4510 again
        assertEquals("KT4510", back.code());

        Path template = dir.resolve("long-typo.json");
        Files.writeString(template, LONG);
        Path db = dir.resolve("long.mv.db");
        CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("export!A" + typoRow + ": school code KT451O looks like a typo for school KT4510"
                + " (Chilubi Island) of the same file (export!A" + chilubiFirst + ")"), r.out());
        assertTrue(r.out().contains("correct this cell to KT4510"), r.out());
        // Read as written: the officer decides; KT4510's row after the typo row is stored as its own.
        assertEquals(back.pupils(), trace(db, "KT4510", "G2", "F"));
        assertEquals(lines.get(typoRow - 2).pupils(), trace(db, "KT451O", "G2", "M"));

        // The problems, as template check lists them (every one, with its cell and detail).
        CliRun c = CliRun.emis("template", "check", "--template", template.toString(), file.toString(), "--format",
                "json");
        JsonNode problems = c.json().get("problems");
        List<JsonNode> typos = of(problems, "CODE_LIKELY_TYPO");
        assertEquals(1, typos.size(), problems.toString());
        assertEquals("export!A" + typoRow, typos.get(0).get("cell").asText());
        assertTrue(typos.get(0).get("detail").asText().contains("school KT4510 (Chilubi Island)"), typos.toString());
        // Sequential codes of other names (KT4501, KT4502) are no typo; KT4510's later rows are no duplicate.
        List<JsonNode> dups = of(problems, "DUPLICATE_SCHOOL");
        assertEquals(1, dups.size(), problems.toString());
        assertEquals("export!B" + clashRow, dups.get(0).get("cell").asText());
        assertEquals("KT4520", dups.get(0).get("school").asText());
        assertTrue(dups.get(0).get("detail").asText().contains("(row " + luwinguFirst + ")"), dups.toString());
        // The total rows count the school's rows above the typo row too: the girls' agrees, the boys' falls short
        // by the typo row's figure.
        List<JsonNode> totals = of(problems, "TOTAL_MISMATCH");
        assertEquals(1, totals.size(), problems.toString());
        assertEquals("export!E" + boysTotalRow, totals.get(0).get("cell").asText());
        assertTrue(totals.get(0).get("detail").asText().contains("says " + boysTrue + " but its rows above add up to "
                + boysRead), totals.toString());

        // template check lists the problems the import reported: the same kinds, counts and cells.
        CliRun j = CliRun.emis("import", "--db", dir.resolve("again.mv.db").toString(), "--template",
                template.toString(), "--format", "json", file.toString());
        assertEquals(counts(j.json().get("files").get(0).get("problems")), counts(c.json().get("problemCounts")));
        assertTrue(counts(c.json().get("problemCounts")).containsKey("CODE_LIKELY_TYPO"), c.out());
    }

    @Test
    void aFormsCodeDisagreeingWithItsSheetsNameIsSaidAndTheCheckListsIt() throws Exception {
        String template = """
                {"id": "forms-typo", "version": 1, "layout": "grid", "schools": "sheet", "year": {"fromFileName": true},
                 "sheets": [{"names": ["*"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"},
                              {"labels": ["School name"], "field": "school.name"},
                              {"labels": ["Classrooms"], "field": "classrooms.total"}]}]}
                """;
        // Sheet name, code written in its cell, name, classrooms.
        Object[][] forms = {{"SB-0201", "SB-0201", "Honiara East", 6}, {"SB-0202", "SB-02O2", "Auki", 8},
                {"SB-0203", "SB-0203", "Gizo", 5}};
        Path file = dir.resolve("forms-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (Object[] f : forms) {
                Sheet s = wb.createSheet((String) f[0]);
                label(s, 1, "School code", f[1]);
                label(s, 2, "School name", f[2]);
                label(s, 4, "Classrooms", f[3]);
            }
            wb.write(out);
        }
        Path tpl = dir.resolve("forms-typo.json");
        Files.writeString(tpl, template);
        Path db = dir.resolve("forms.mv.db");
        CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", tpl.toString(), file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("SB-0202!B2: school code SB-02O2 disagrees with the name of sheet SB-0202"), r.out());
        assertTrue(r.out().contains("correct this cell to SB-0202"), r.out());
        // The forms whose code is their sheet's name, and sequential codes, are not reported.
        assertEquals(r.out().indexOf("(IMP-35)"), r.out().lastIndexOf("(IMP-35)"), "said once: " + r.out());
        CliRun c = CliRun.emis("template", "check", "--template", tpl.toString(), file.toString(), "--format", "json");
        List<JsonNode> typos = of(c.json().get("problems"), "CODE_LIKELY_TYPO");
        assertEquals(1, typos.size(), c.out());
        assertEquals("SB-0202!B2", typos.get(0).get("cell").asText());
        // The check of the year turns it into a warning finding at its cell, for the officer to query.
        CliRun v = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json");
        List<JsonNode> found = new ArrayList<>();
        findings(v.json(), found);
        List<JsonNode> imp35 = found.stream().filter(f -> "IMP-35".equals(f.path("rule").asText())).toList();
        assertEquals(1, imp35.size(), v.out());
        assertEquals("SB-02O2", imp35.get(0).path("school").asText());
        assertEquals("B2", imp35.get(0).path("source").path("cell").asText());
    }

    private static void label(Sheet s, int row, String label, Object value) {
        Row r = s.createRow(row);
        r.createCell(0).setCellValue(label);
        if (value instanceof Number n) {
            r.createCell(1).setCellValue(n.doubleValue());
        } else {
            r.createCell(1).setCellValue((String) value);
        }
    }

    /** The pupils of a school's rows of grades (not its total rows) of one sex. */
    private static int sum(List<Line> lines, String code, String sex) {
        return lines.stream().filter(l -> l.code().equals(code) && l.sex().equals(sex) && !l.grade().equals("Total"))
                .mapToInt(Line::pupils).sum();
    }

    /** The sheet row (1-based, under the header) of the first line matching. */
    private static int rowOf(List<Line> lines, java.util.function.Predicate<Line> p) {
        for (int i = 0; i < lines.size(); i++) {
            if (p.test(lines.get(i))) {
                return i + 2;
            }
        }
        throw new AssertionError("no such line");
    }

    private static int trace(Path db, String school, String grade, String sex) throws Exception {
        CliRun t = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", school, "--slot", grade,
                "--sex", sex, "--format", "json");
        assertEquals(0, t.code(), t.out() + t.err());
        return t.json().get("value").asInt();
    }

    private static List<JsonNode> of(JsonNode problems, String kind) {
        List<JsonNode> out = new ArrayList<>();
        problems.forEach(p -> {
            if (kind.equals(p.get("kind").asText())) {
                out.add(p);
            }
        });
        return out;
    }

    /** Kind → count and first cell, of an import's or a check's problem summary. */
    private static Map<String, String> counts(JsonNode summary) {
        Map<String, String> out = new TreeMap<>();
        summary.forEach(p -> out.put(p.get("kind").asText(), p.get("count").asInt() + " " + p.get("firstCell").asText()));
        assertFalse(out.isEmpty(), summary.toString());
        return out;
    }

    private static void findings(JsonNode doc, List<JsonNode> out) {
        if (doc.isObject() && doc.has("rule")) {
            out.add(doc);
        }
        doc.forEach(child -> findings(child, out));
    }
}
