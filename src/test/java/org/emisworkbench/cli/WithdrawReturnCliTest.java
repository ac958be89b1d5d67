package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Withdrawing one school's return of a year (review 21, item 1; decision 0069). A district's long export, written
 * here, holds a row whose code has the letter O for the digit 0 ({@code 104O27} for {@code 104027}): the import makes
 * a phantom school of it. The corrected file imported again keeps the phantom's return, so its pupils count twice;
 * withdrawing it brings every figure back to the corrected file's, kept as history, its findings closed; undoing it
 * puts back exactly what was there. Expected figures are added up here from the rows written.
 */
class WithdrawReturnCliTest {
    private static final String FILE = "lumwana-export-2024.xlsx";

    @TempDir
    Path dir;

    /** Rows written: code, name, grade, sex, enrolment. */
    private record Line(String code, String name, int grade, String sex, int pupils) {
    }

    @Test
    void aPhantomSchoolsReturnIsWithdrawnKeptAsHistoryAndBroughtBackExactly() throws Exception {
        Random random = new Random(21);
        List<Line> lines = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        names.put("104012", "Chisasa Basic");
        names.put("104027", "Kabangwe Primary");
        names.put("104033", "Mumena Community");
        for (var school : names.entrySet()) {
            for (int g = 1; g <= 4; g++) {
                for (String sex : List.of("Male", "Female")) {
                    lines.add(new Line(school.getKey(), school.getValue(), g, sex, 15 + random.nextInt(40)));
                }
            }
        }
        int typoAt = lines.indexOf(lines.stream().filter(l -> l.code().equals("104027") && l.grade() == 4
                && l.sex().equals("Female")).findFirst().orElseThrow());
        int phantomPupils = lines.get(typoAt).pupils();
        int trueTotal = lines.stream().mapToInt(Line::pupils).sum();
        List<Line> typo = new ArrayList<>(lines);
        Line t = lines.get(typoAt);
        typo.set(typoAt, new Line("104O27", t.name(), t.grade(), t.sex(), t.pupils()));

        Path first = write("first", typo);
        Path corrected = write("corrected", lines);
        Path template = dir.resolve("lumwana.json");
        CliRun draft = CliRun.emis("template", "draft", first.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        String db = dir.resolve("w.mv.db").toString();
        CliRun imp1 = CliRun.emis("import", "--db", db, "--template", template.toString(), first.toString());
        assertTrue(imp1.code() <= 1, imp1.out() + imp1.err());
        assertEquals(trueTotal, enrolment(db), "the typo moves figures, it adds none");
        assertEquals(phantomPupils, enrolmentOf(db, "104O27"));

        CliRun imp2 = CliRun.emis("import", "--db", db, "--template", template.toString(), corrected.toString());
        assertTrue(imp2.code() <= 1, imp2.out() + imp2.err());
        assertTrue(imp2.out().contains("104O27 (Kabangwe Primary)"), imp2.out());
        assertTrue(imp2.out().contains("104O27 (Kabangwe Primary), from lumwana-export-2024.xlsx ") && imp2.out().contains(
                ", looks like the mistyped code of 104027 you corrected (IMP-35)"), imp2.out());
        assertTrue(imp2.out().contains("Withdraw its return: emis withdraw --db " + db + " --year 2024 --school 104O27"
                        + " --reason \"code typo of 104027\"\n"),
                "the school's line ends with the command to withdraw it: " + imp2.out());
        // The double count the officer cannot otherwise get rid of: the corrected file's pupils plus the phantom's.
        assertEquals(trueTotal + phantomPupils, enrolment(db));
        assertEquals(trueTotal + phantomPupils, indicatorEnrolment(db));

        CliRun validate = CliRun.emis("validate", "--db", db, "--year", "2024", "--format", "json");
        assertTrue(validate.code() <= 1, validate.err());
        List<Long> phantomFindings = openFindingIds(db, "104O27");
        assertFalse(phantomFindings.isEmpty(), "the phantom school (all girls) has findings to close");
        List<Long> otherOpen = openFindingIds(db, null);
        otherOpen.removeAll(phantomFindings);
        Map<String, Object> before = snapshot(db);

        CliRun w = CliRun.emis("withdraw", "--db", db, "--year", "2024", "--school", "104o27", "--reason",
                "code typo: row of 104027");
        assertEquals(0, w.code(), w.out() + w.err());
        assertTrue(w.out().startsWith("Withdrew the 2024 return of 104O27 (Kabangwe Primary), read from " + FILE
                + ": 1 figure(s) no longer count, " + phantomFindings.size() + " open finding(s) closed as withdrawn"),
                w.out());
        assertTrue(w.out().contains("Undo: emis withdraw --db " + db + " --year 2024 --school 104O27 --undo"), w.out());
        // Every figure is now the corrected file's, in the stored figures, the indicators and the export.
        assertEquals(trueTotal, enrolment(db));
        assertEquals(trueTotal, indicatorEnrolment(db));
        assertEquals(0, enrolmentOf(db, "104O27"));
        for (String code : names.keySet()) {
            int expected = lines.stream().filter(l -> l.code().equals(code)).mapToInt(Line::pupils).sum();
            assertEquals(expected, enrolmentOf(db, code), code);
        }
        // Its findings are closed, the others' untouched; the return is still in the workspace, marked withdrawn.
        assertTrue(openFindingIds(db, "104O27").isEmpty());
        List<Long> stillOpen = openFindingIds(db, null);
        assertEquals(otherOpen, stillOpen);
        assertEquals(1, count(db, "SELECT COUNT(*) FROM school_return WHERE school_code = '104O27'"), "kept");
        assertEquals(4 * 2 * 3, count(db, "SELECT COUNT(*) FROM current_fact WHERE topic = 'enrolment'"
                + " AND val IS NOT NULL"), "the corrected file's 24 figures count, the phantom's one no longer");
        // Validating again raises nothing about the withdrawn return.
        assertTrue(CliRun.emis("validate", "--db", db, "--year", "2024", "--format", "json").code() <= 1);
        assertTrue(openFindingIds(db, "104O27").isEmpty(), "validation leaves the withdrawn return alone");
        CliRun schools = CliRun.emis("schools", "--db", db, "--year", "2024", "--format", "json");
        assertFalse(schools.out().contains("104O27"), "no longer listed as a school with a return");
        CliRun info = CliRun.emis("db-info", "--db", db);
        assertTrue(info.out().contains("Withdrawn returns: 1")
                && info.out().contains("104O27 (Kabangwe Primary) 2024, read from " + FILE)
                && info.out().contains("code typo: row of 104027"), info.out());
        // Withdrawing again says it was done, and changes nothing.
        CliRun again = CliRun.emis("withdraw", "--db", db, "--year", "2024", "--school", "104O27");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already withdrawn"), again.err());

        CliRun undo = CliRun.emis("withdraw", "--db", db, "--year", "2024", "--school", "104O27", "--undo");
        assertEquals(0, undo.code(), undo.out() + undo.err());
        assertTrue(undo.out().startsWith("Restored the 2024 return of 104O27 (Kabangwe Primary)"), undo.out());
        assertEquals(before, snapshot(db), "undo puts back exactly what was there");
        assertEquals(trueTotal + phantomPupils, indicatorEnrolment(db));

        // Withdrawn again, then the school's return comes in anew: undoing the withdrawal is refused, saying why.
        assertEquals(0, CliRun.emis("withdraw", "--db", db, "--year", "2024", "--school", "104O27").code());
        Path late = write("late", List.of(t.code().equals("104027") ? new Line("104O27", t.name(), 4, "Female", 9)
                : t));
        Path lateNamed = Files.move(late, late.resolveSibling("late-104O27-2024.xlsx"));
        CliRun imp3 = CliRun.emis("import", "--db", db, "--template", template.toString(), lateNamed.toString());
        assertTrue(imp3.code() <= 1, imp3.out() + imp3.err());
        Map<String, Object> beforeRefusal = snapshot(db);
        CliRun refused = CliRun.emis("withdraw", "--db", db, "--year", "2024", "--school", "104O27", "--undo");
        assertEquals(2, refused.code(), refused.out());
        assertTrue(refused.err().contains("newer return") && refused.err().contains("late-104O27-2024.xlsx"),
                refused.err());
        assertEquals(beforeRefusal, snapshot(db), "a refusal changes nothing");
        assertEquals(9, enrolmentOf(db, "104O27"));
    }

    @Test
    void anUnknownCodeOrAYearWithoutReturnIsRefusedPlainly() throws Exception {
        List<Line> lines = List.of(new Line("104012", "Chisasa Basic", 1, "Male", 20),
                new Line("104012", "Chisasa Basic", 1, "Female", 22),
                new Line("104027", "Kabangwe Primary", 1, "Male", 31),
                new Line("104027", "Kabangwe Primary", 1, "Female", 29));
        Path file = write("one", lines);
        Path template = dir.resolve("lumwana.json");
        assertEquals(0, CliRun.emis("template", "draft", file.toString(), "--out", template.toString()).code());
        String db = dir.resolve("w.mv.db").toString();
        assertTrue(CliRun.emis("import", "--db", db, "--template", template.toString(), file.toString()).code() <= 1);

        CliRun near = CliRun.emis("withdraw", "--db", db, "--year", "2024", "--school", "104O27");
        assertEquals(2, near.code());
        assertTrue(near.err().contains("No school has the code 104O27") && near.err().contains("Did you mean 104027"
                + " (Kabangwe Primary)?"), near.err());
        CliRun unknown = CliRun.emis("withdraw", "--db", db, "--year", "2024", "--school", "ZZ-999");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("No school has the code ZZ-999") && !unknown.err().contains("Did you mean"),
                unknown.err());
        CliRun noYear = CliRun.emis("withdraw", "--db", db, "--year", "2023", "--school", "104012");
        assertEquals(2, noYear.code());
        assertTrue(noYear.err().contains("School 104012 has no return of 2023"), noYear.err());
        CliRun fr = CliRun.emis("withdraw", "--db", db, "--year", "2023", "--school", "104012", "--lang", "fr");
        assertTrue(fr.err().contains("L’école 104012 n’a pas de questionnaire de 2023"), fr.err());
        CliRun nothing = CliRun.emis("withdraw", "--db", db, "--year", "2024", "--school", "104012", "--undo");
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().contains("no withdrawn return of 2024"), nothing.err());
        assertEquals(102, enrolment(db), "nothing changed");
    }

    /** A long export: one row per school, grade and sex, in the file {@link #FILE} of folder {@code folder}. */
    private Path write(String folder, List<Line> lines) throws Exception {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve(FILE);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("export");
            String[] heads = {"EMIS_CODE", "SCHOOL_NAME", "GRADE", "SEX", "ENROLMENT"};
            Row h = s.createRow(0);
            for (int c = 0; c < heads.length; c++) {
                h.createCell(c).setCellValue(heads[c]);
            }
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                Row r = s.createRow(i + 1);
                r.createCell(0).setCellValue(l.code());
                r.createCell(1).setCellValue(l.name());
                r.createCell(2).setCellValue("Grade " + l.grade());
                r.createCell(3).setCellValue(l.sex());
                r.createCell(4).setCellValue(l.pupils());
            }
            wb.write(out);
        }
        return file;
    }

    /** Pupils enrolled as the long-CSV export gives them, every school. */
    private static int enrolment(String db) throws Exception {
        return enrolmentOf(db, null);
    }

    /** Pupils enrolled in the long-CSV export, of one school (or every school for null). */
    private static int enrolmentOf(String db, String school) throws Exception {
        Path out = Files.createTempFile("long", ".csv");
        Files.delete(out);
        CliRun r = CliRun.emis("export", "--db", db, "--year", "2024", "--format", "long-csv", "--out", out.toString());
        assertTrue(r.code() <= 1, r.out() + r.err());
        List<String> rows = Files.readAllLines(out);
        List<String> head = List.of(rows.get(0).replace("\uFEFF", "").split(","));
        int code = head.indexOf("school_code");
        int topic = head.indexOf("topic");
        int value = head.indexOf("value");
        assertTrue(code >= 0 && topic >= 0 && value >= 0, rows.get(0));
        int sum = 0;
        for (String line : rows.subList(1, rows.size())) {
            String[] f = line.split(",", -1);
            if (f[topic].equals("enrolment") && (school == null || f[code].equals(school)) && !f[value].isEmpty()) {
                sum += Integer.parseInt(f[value]);
            }
        }
        Files.deleteIfExists(out);
        return sum;
    }

    /** The enrolment_total indicator's value for the whole country. */
    private static int indicatorEnrolment(String db) throws Exception {
        CliRun r = CliRun.emis("indicators", "--db", db, "--year", "2024", "--format", "json");
        assertEquals(0, r.code(), r.err());
JsonNode total = r.json().path("enrolment_total");
        assertTrue(total.path("available").asBoolean(), r.out());
        return total.path("value").asInt();
    }

    private static List<Long> openFindingIds(String db, String school) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Connection c = connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, school_code FROM finding WHERE is_open = TRUE ORDER BY id")) {
            while (rs.next()) {
                if (school == null || school.equals(rs.getString(2))) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** What counts now: current rows of returns, figures and problems, and open findings. */
    private static Map<String, Object> snapshot(String db) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String sql : List.of("SELECT id FROM school_return WHERE is_current = TRUE ORDER BY id",
                "SELECT id FROM fact_row WHERE is_current = TRUE ORDER BY id",
                "SELECT id FROM import_problem WHERE is_current = TRUE ORDER BY id",
                "SELECT id FROM finding WHERE is_open = TRUE ORDER BY id",
                "SELECT id FROM finding WHERE resolved_at IS NOT NULL ORDER BY id")) {
            List<Long> ids = new ArrayList<>();
            try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            out.put(sql, ids);
        }
        return out;
    }

    private static long count(String db, String sql) throws Exception {
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(String db) throws Exception {
        String base = db.substring(0, db.length() - ".mv.db".length());
        // As the workbench opens it: no compaction on close, which H2 2.3 can get wrong (see Workspace.url).
        return DriverManager.getConnection("jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0",
                "emis", "");
    }
}
