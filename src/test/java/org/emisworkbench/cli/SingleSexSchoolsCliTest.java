package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boys' and girls' schools (decision 0116): a Punjab-style district sheet with a {@code Gender} column in Urdu, Arabic,
 * French and Portuguese words. Read into {@code school.gender}, it spares a single-sex school the girls' share
 * (GIRL-01, GIRL-02) and its other sex's blank cells (IMP-36); a girls' school giving boys, or the reverse, is a finding
 * (GIRL-03, GIRL-04). A school whose gender is not said is judged as before. The same sheet read without the column
 * raises the findings a mixed school would. The draft proposes the column. Expected findings are worked out here from
 * what is written.
 */
class SingleSexSchoolsCliTest {
    @TempDir
    Path dir;

    private static final String NIL = "-";
    private static final int GRADES = 5;

    /** One school's row: its gender as written, the code it means (null: not said), boys and girls by class. */
    private record School(String code, String written, String gender, Object[] boys, Object[] girls) {
    }

    private static Object[] figures(int base, int step) {
        Object[] v = new Object[GRADES];
        for (int g = 0; g < GRADES; g++) {
            v[g] = base + step * g;
        }
        return v;
    }

    private static Object[] blanks(int nilAt) {
        Object[] v = new Object[GRADES];
        if (nilAt >= 0) {
            v[nilAt] = NIL;
        }
        return v;
    }

    private List<School> schools() {
        List<School> s = new ArrayList<>();
        // Boys' schools: the girls' row blank, one nil mark in it (that made the blanks "among" the figures before).
        s.add(new School("35228422", "لڑکوں کا / Boys", "boys", figures(40, 3), blanks(0)));
        s.add(new School("35220184", "Garçons", "boys", figures(25, 2), blanks(2)));
        s.add(new School("35220185", "بنين", "boys", figures(31, 1), blanks(-1)));
        // Girls' schools: the boys' row blank with a nil mark; one gives 4 boys in Class 1 (GIRL-03).
        s.add(new School("35221583", "لڑکیوں کا / Girls", "girls", blanks(1), figures(33, 2)));
        Object[] someBoys = blanks(3);
        someBoys[0] = 4;
        s.add(new School("35221584", "Feminina", "girls", someBoys, figures(28, 1)));
        // A boys' school giving 3 girls in Class 5 (GIRL-04).
        Object[] someGirls = blanks(-1);
        someGirls[4] = 3;
        s.add(new School("35221585", "Masculina", "boys", figures(36, 1), someGirls));
        // Mixed schools: one with a girls' cell left blank (IMP-36 still), one with few girls (GIRL-01, GIRL-02).
        Object[] mixedGirls = figures(20, 1);
        mixedGirls[2] = null;
        s.add(new School("35222001", "مخلوط / Mixed", "mixed", figures(22, 1), mixedGirls));
        s.add(new School("35222002", "Mixte", "mixed", figures(50, 2), figures(4, 0)));
        // Gender not said: a boys-only row is judged as a mixed school's, as before.
        s.add(new School("35222003", null, null, figures(30, 1), blanks(4)));
        return s;
    }

    private Path workbook(List<School> schools) throws Exception {
        Path file = dir.resolve("kasur-district-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Enrolment");
            Sheets.row(s, 0, "ضلع قصور / District Kasur");
            Sheets.row(s, 1, "Annual School Census 2024");
            List<Object> head = new ArrayList<>(List.of("EMIS Code", "School Name", "سکول کی قسم / Gender"));
            for (int g = 1; g <= GRADES; g++) {
                head.add("Class " + g + " Boys");
                head.add("Class " + g + " Girls");
            }
            Sheets.row(s, 3, head.toArray());
            int r = 4;
            for (School sc : schools) {
                List<Object> row = new ArrayList<>(List.of(sc.code(), "GPS " + sc.code()));
                row.add(sc.written());
                for (int g = 0; g < GRADES; g++) {
                    row.add(sc.boys()[g]);
                    row.add(sc.girls()[g]);
                }
                Sheets.row(s, r++, row.toArray());
            }
            wb.write(out);
        }
        return file;
    }

    private Path template(boolean readGender) throws Exception {
        return Files.writeString(dir.resolve(readGender ? "with.json" : "without.json"), """
                {"id": "pk-GENDER", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "nilMarks": ["-"],
                 "sheets": [{"names": ["Enrolment"], "headerRow": 4, "key": ["EMIS Code"], "ignore": [IGNORE],
                   "columns": [{"headers": ["School Name"], "field": "school.name"},
                               COLUMN
                               {"patterns": ["Class {grade} {sex}"], "field": "enrolment"}]}]}
                """.replace("GENDER", readGender ? "with" : "without")
                .replace("IGNORE", readGender ? "" : "\"Gender\"")
                .replace("COLUMN", readGender ? "{\"headers\": [\"Gender\"], \"field\": \"school.gender\"}," : ""));
    }

    private static int value(Object o) {
        return o instanceof Integer i ? i : 0;
    }

    private static boolean given(Object o) {
        return o != null;
    }

    /** The findings a school's figures call for, rule by rule, as the default pack's thresholds say. */
    private static Map<String, Integer> expected(List<School> schools, boolean genderRead) {
        Map<String, Integer> out = new TreeMap<>();
        for (School s : schools) {
            String gender = genderRead ? s.gender() : null;
            boolean single = "boys".equals(gender) || "girls".equals(gender);
            int boys = 0;
            int girls = 0;
            boolean anyGirls = false;
            for (int g = 0; g < GRADES; g++) {
                boys += value(s.boys()[g]);
                girls += value(s.girls()[g]);
                anyGirls |= given(s.girls()[g]);
            }
            // No girls' cell at all: the girls' figure is missing (never 0), and the share is not judged.
            boolean judged = anyGirls && !single;
            double share = 100.0 * girls / (boys + girls);
            if (judged && (share < 20 || share > 80)) {
                out.merge("GIRL-01", 1, Integer::sum);
            }
            if (judged && (share < 30 || share > 70)) {
                out.merge("GIRL-02", 1, Integer::sum);
            }
            if ("girls".equals(gender) && boys > 0) {
                out.merge("GIRL-03", 1, Integer::sum);
            }
            if ("boys".equals(gender) && girls > 0) {
                out.merge("GIRL-04", 1, Integer::sum);
            }
            // A blank cell whose school gave the other sex of its class and its own sex in another class, unless the
            // school does not admit that sex.
            for (int x = 0; x < 2; x++) {
                Object[] own = x == 0 ? s.boys() : s.girls();
                Object[] other = x == 0 ? s.girls() : s.boys();
                boolean absent = x == 0 ? "girls".equals(gender) : "boys".equals(gender);
                for (int g = 0; g < GRADES; g++) {
                    boolean ownElsewhere = false;
                    for (int h = 0; h < GRADES; h++) {
                        ownElsewhere |= h != g && given(own[h]);
                    }
                    if (!absent && own[g] == null && given(other[g]) && ownElsewhere) {
                        out.merge("IMP-36", 1, Integer::sum);
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, Integer> counted(JsonNode doc, List<String> rules) {
        List<JsonNode> found = new ArrayList<>();
        findings(doc, found);
        Map<String, Integer> out = new TreeMap<>();
        for (JsonNode f : found) {
            String rule = f.path("rule").asText();
            if (rules.contains(rule)) {
                out.merge(rule, 1, Integer::sum);
            }
        }
        return out;
    }

    private static void findings(JsonNode doc, List<JsonNode> out) {
        if (doc.isObject() && doc.has("rule")) {
            out.add(doc);
        }
        doc.forEach(child -> findings(child, out));
    }

    @Test
    void singleSexSchoolsAreSparedTheGirlsShareAndTheOtherSexsBlanksAndAskedWhenTheyGiveIt() throws Exception {
        List<School> schools = schools();
        Path file = workbook(schools);
        List<String> rules = List.of("GIRL-01", "GIRL-02", "GIRL-03", "GIRL-04", "IMP-36");
        for (boolean read : new boolean[] {true, false}) {
            Path db = dir.resolve((read ? "with" : "without") + ".mv.db");
            CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template(read).toString(),
                    file.toString());
            assertEquals(0, imp.code(), imp.out() + imp.err());
            CliRun val = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json");
            Map<String, Integer> want = expected(schools, read);
            assertEquals(want, counted(val.json(), rules), (read ? "with" : "without") + " the gender: " + val.out());
            if (read) {
                // Spared: the six single-sex schools; left: the mixed school of few girls and the school of no gender
                // (girls' share), the mixed school's blank cell and the four of the school of no gender (IMP-36).
                assertEquals(Map.of("GIRL-01", 2, "GIRL-02", 2, "GIRL-03", 1, "GIRL-04", 1, "IMP-36", 5), want);
            } else {
                assertEquals(7, want.get("GIRL-01"), want.toString());
                assertTrue(want.get("IMP-36") > 2, want.toString());
            }
        }
        // The gender is stored with the school: the girls' school giving boys is named with its code.
        CliRun val = CliRun.emis("validate", "--db", dir.resolve("with.mv.db").toString(), "--year", "2024",
                "--format", "json");
        List<JsonNode> found = new ArrayList<>();
        findings(val.json(), found);
        JsonNode girl03 = found.stream().filter(f -> "GIRL-03".equals(f.path("rule").asText())).findFirst().orElseThrow();
        assertEquals("35221584", girl03.path("school").asText(), girl03.toString());
        assertTrue(girl03.toString().contains("gives 4 boys"), girl03.toString());
        List<String> blanks = found.stream().filter(f -> "IMP-36".equals(f.path("rule").asText()))
                .map(f -> f.path("school").asText() + " " + f.path("source").path("cell").asText()).sorted().toList();
        // The mixed school's blank Class 3 girls (row 11, column I) is still said.
        assertTrue(blanks.contains("35222001 " + CellReference.convertNumToColString(3 + 2 * 2 + 1) + "11"), blanks.toString());
    }

    @Test
    void theDraftReadsAGenderColumnOfBoysGirlsAndMixedAsTheSchoolsGender() throws Exception {
        Path file = workbook(schools());
        Path out = dir.resolve("draft.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", out.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        assertTrue(d.out().contains("\"سکول کی قسم / Gender\"") && d.out().contains("→ school.gender"), d.out());
        assertTrue(Files.readString(out).contains("school.gender"), Files.readString(out));
    }
}
