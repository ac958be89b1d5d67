package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 22, item 4: a district workbook whose schools carry no district code, with a school code mistyped on one
 * sheet ({@code EP-MF-0l02}, letter l, for {@code EP-MF-0102}), makes a phantom school (IMP-35). The officer corrects
 * the cell and imports the file again, under another name or under the same one: the import names the phantom on a
 * line of its own, as the mistyped code of the school corrected, with its figures counted twice and the exact
 * withdraw command; the export names it too (IMP-35 is a warning, nothing held back: the long CSV still has its rows
 * until it is withdrawn). Workbooks written here (a merged title row above the header, French headers, no district column);
 * the figures expected are worked out from what was written.
 */
class PhantomAfterCorrectedReimportCliTest {
    private static final String TEMPLATE = """
            {"id": "district-sans-code", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "language": "fr",
             "sheets": [
               {"names": ["Effectifs"], "key": ["Code école"],
                "columns": [{"headers": ["Nom de l'école"], "field": "school.name"},
                            {"patterns": ["{grade} {sex}"], "field": "enrolment"}]},
               {"names": ["Enseignants"], "key": ["Code école"],
                "columns": [{"headers": ["Nom de l'école"], "field": "school.name"},
                            {"headers": ["Salles de classe"], "field": "classrooms.total"},
                            {"patterns": ["Enseignants {sex}"], "field": "teachers.total"}]}]}
            """;
    private static final List<String> SCHOOLS = List.of("EP-MF-0101", "EP-MF-0102", "EP-MF-0103", "EP-MF-0104");
    private static final String TYPED = "EP-MF-0l02";
    private static final String STORED = "EP-MF-0L02";

    @TempDir
    Path dir;

    /** Per school: [CP1 F, CP1 M, CP2 F, CP2 M, teachers F, teachers M, classrooms], as written. */
    private final Map<String, int[]> figures = new LinkedHashMap<>();

    @Test
    void aCorrectedCopyUnderAnotherNameNamesThePhantomAndItsCommandAndTheExportNamesIt() throws Exception {
        Path template = Files.writeString(dir.resolve("district-sans-code.json"), TEMPLATE);
        String db = dir.resolve("w.mv.db").toString();
        draw(new Random(22));
        Path original = workbook("envoi1", "yaounde4_2024.xlsx", TYPED, SCHOOLS);
        CliRun first = CliRun.emis("import", "--db", db, "--template", template.toString(), original.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("CODE_LIKELY_TYPO"), first.out());
        Path corrected = workbook("envoi2", "yaounde4_2024_corrected.xlsx", "EP-MF-0102", SCHOOLS);

        CliRun again = CliRun.emis("import", "--db", db, "--template", template.toString(), corrected.toString());
        assertEquals(0, again.code(), again.err());
        String line = lineStarting(again.out(), "NOT IN THIS FILE: " + STORED);
        assertTrue(line.contains(STORED + " (École EP-MF-0102), from yaounde4_2024.xlsx Enseignants!A"), line);
        assertTrue(line.contains("looks like the mistyped code of EP-MF-0102 you corrected"), line);
        // The phantom's figures: the teachers by sex and the classrooms of the one row of Enseignants.
        assertTrue(line.contains("the 3 figure(s) of " + STORED + " are now counted twice"), line);
        String command = "emis withdraw --db " + db + " --year 2024 --school " + STORED
                + " --reason \"code typo of EP-MF-0102\"";
        assertTrue(line.endsWith(command), line);

        // The export names it; the long CSV (which holds nothing back) still has its figures beside EP-MF-0102's.
        Path csv = dir.resolve("long.csv");
        CliRun export = CliRun.emis("export", "--db", db, "--year", "2024", "--format", "long-csv", "--out",
                csv.toString());
        assertEquals(0, export.code(), export.err());
        String typos = lineStarting(export.out(), "Likely code typos: 1 school");
        assertTrue(typos.contains(STORED + " (École EP-MF-0102), typo of EP-MF-0102?"), typos);
        assertTrue(typos.contains("emis withdraw --db " + db + " --year 2024 --school " + STORED), typos);
        int[] real = figures.get("EP-MF-0102");
        assertEquals(real[4] + real[5], teachers(csv, STORED), "the phantom's teachers, still exported");
        assertEquals(real[4] + real[5], teachers(csv, "EP-MF-0102"), "the same teachers under the corrected code");

        // The command as printed withdraws it: the export then has every teacher once, and no word of typos.
        CliRun withdraw = CliRun.emis("withdraw", "--db", db, "--year", "2024", "--school", STORED, "--reason",
                "code typo of EP-MF-0102");
        assertEquals(0, withdraw.code(), withdraw.err());
        assertTrue(withdraw.out().contains("3 figure(s) no longer count"), withdraw.out());
        CliRun after = CliRun.emis("export", "--db", db, "--year", "2024", "--format", "long-csv", "--out",
                csv.toString(), "--force");
        assertEquals(0, after.code(), after.err());
        assertFalse(after.out().contains("Likely code typos"), after.out());
        assertEquals(0, teachers(csv, STORED));
        int all = figures.values().stream().mapToInt(v -> v[4] + v[5]).sum();
        assertEquals(all, SCHOOLS.stream().mapToInt(s -> teachers(csv, s)).sum(), "every teacher counted once");
    }

    @Test
    void aCorrectedCopyUnderTheSameNameNamesThePhantomInTextAndJson() throws Exception {
        Path template = Files.writeString(dir.resolve("district-sans-code.json"), TEMPLATE);
        String db = dir.resolve("w.mv.db").toString();
        draw(new Random(23));
        Path original = workbook("envoi1", "yaounde4_2024.xlsx", TYPED, SCHOOLS);
        assertEquals(0, CliRun.emis("import", "--db", db, "--template", template.toString(), original.toString())
                .code());
        Path same = workbook("envoi2", "yaounde4_2024.xlsx", "EP-MF-0102", SCHOOLS);
        CliRun json = CliRun.emis("import", "--db", db, "--template", template.toString(), "--format", "json",
                same.toString());
        assertEquals(0, json.code(), json.err());
        JsonNode kept = json.json().path("files").get(0).path("returnsKept");
        assertEquals(1, kept.size(), kept.toString());
        assertEquals(STORED, kept.get(0).path("code").asText());
        assertEquals("EP-MF-0102", kept.get(0).path("likelyTypoOf").asText());
        assertEquals(3, kept.get(0).path("figures").asInt());
        assertEquals("emis withdraw --db " + db + " --year 2024 --school " + STORED,
                kept.get(0).path("withdraw").asText());

        // In French, on a line of its own, in a workspace where the same steps are taken once more.
        String db2 = dir.resolve("w2.mv.db").toString();
        assertEquals(0, CliRun.emis("import", "--db", db2, "--template", template.toString(), original.toString())
                .code());
        CliRun fr = CliRun.emis("import", "--db", db2, "--template", template.toString(), "--lang", "fr",
                same.toString());
        String line = lineStarting(fr.out(), "ABSENT DE CE FICHIER : " + STORED);
        assertTrue(line.contains("semble être le code mal saisi de EP-MF-0102"), line);
        assertTrue(line.endsWith("--school " + STORED + " --reason \"faute de frappe pour EP-MF-0102\""), line);
    }

    @Test
    void aCorrectedCopyUnderAnotherNameLeavingOutARealSchoolNamesIt() throws Exception {
        Path template = Files.writeString(dir.resolve("district-sans-code.json"), TEMPLATE);
        String db = dir.resolve("w.mv.db").toString();
        draw(new Random(24));
        Path original = workbook("envoi1", "yaounde4_2024.xlsx", "EP-MF-0102", SCHOOLS);
        CliRun first = CliRun.emis("import", "--db", db, "--template", template.toString(), original.toString());
        assertEquals(0, first.code(), first.err());
        assertFalse(first.out().contains("CODE_LIKELY_TYPO"), first.out());
        // Three of the four schools again, under a name of its own: a corrected copy leaving EP-MF-0104 out.
        Path copy = workbook("envoi2", "yaounde4_2024_v2.xlsx", "EP-MF-0102", SCHOOLS.subList(0, 3));
        CliRun again = CliRun.emis("import", "--db", db, "--template", template.toString(), copy.toString());
        assertEquals(0, again.code(), again.err());
        int[] left = figures.get("EP-MF-0104");
        int written = (int) java.util.Arrays.stream(left).filter(v -> v != 0).count();
        String line = lineStarting(again.out(), "NOT IN THIS FILE: EP-MF-0104 (École EP-MF-0104), whose return came"
                + " from the earlier yaounde4_2024.xlsx (" + written + " figure(s)), still counts");
        assertTrue(line.endsWith("withdraw its return: emis withdraw --db " + db + " --year 2024 --school EP-MF-0104"),
                line);
        assertFalse(again.out().contains("looks like the mistyped code"), again.out());
    }

    @Test
    void aTypoConfirmedAsTwoSchoolsIsNoPhantom() throws Exception {
        Path template = Files.writeString(dir.resolve("district-sans-code.json"), TEMPLATE);
        String db = dir.resolve("w.mv.db").toString();
        draw(new Random(25));
        Path original = workbook("envoi1", "yaounde4_2024.xlsx", TYPED, SCHOOLS);
        assertEquals(0, CliRun.emis("import", "--db", db, "--template", template.toString(), original.toString())
                .code());
        CliRun validate = CliRun.emis("validate", "--db", db, "--year", "2024", "--format", "json");
        assertTrue(validate.code() <= 1, validate.err());
        CliRun findings = CliRun.emis("findings", "--db", db, "--year", "2024", "--format", "json");
        List<String> typos = new ArrayList<>();
        findings.json().forEach(f -> {
            if (f.path("rule").asText().equals("IMP-35") && f.path("school").asText().equals(STORED)) {
                typos.add(f.path("id").asText());
            }
        });
        assertEquals(1, typos.size(), findings.out());
        assertEquals(0, CliRun.emis("confirm", "--db", db, "--finding", typos.get(0), "--comment",
                "two schools, checked by phone").code());
        // Confirmed: no typo. The same name corrects the earlier file, so the school is still named, plainly.
        Path same = workbook("envoi2", "yaounde4_2024.xlsx", "EP-MF-0102", SCHOOLS);
        CliRun again = CliRun.emis("import", "--db", db, "--template", template.toString(), same.toString());
        assertEquals(0, again.code(), again.err());
        String line = lineStarting(again.out(), "NOT IN THIS FILE: " + STORED);
        assertTrue(line.contains("whose return came from the earlier yaounde4_2024.xlsx (3 figure(s)), still counts"),
                line);
        assertFalse(again.out().contains("looks like the mistyped code"), again.out());
        CliRun export = CliRun.emis("export", "--db", db, "--year", "2024", "--format", "long-csv", "--out",
                dir.resolve("long.csv").toString());
        assertEquals(0, export.code(), export.err());
        assertFalse(export.out().contains("Likely code typos"), export.out());
    }

    /** The one line of {@code out} that starts (after its indent) with {@code start}. */
    private static String lineStarting(String out, String start) {
        List<String> hits = out.lines().map(String::strip).filter(l -> l.startsWith(start)).toList();
        assertEquals(1, hits.size(), "one line starting " + start + " in:\n" + out);
        return hits.get(0);
    }

    /** The school's teachers (both sexes, all ages) in a long CSV. */
    private static int teachers(Path csv, String school) {
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            int sum = 0;
            for (String l : lines.subList(1, lines.size())) {
                String[] c = l.split(",", -1);
                if (c[0].equals(school) && c[3].equals("teachers") && c[4].equals("total") && !c[6].isEmpty()
                        && !c[7].isEmpty()) {
                    sum += Integer.parseInt(c[7]);
                }
            }
            return sum;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Random figures for each school, none zero (a zero is a figure too, but never blank here). */
    private void draw(Random random) {
        for (String s : SCHOOLS) {
            int[] v = new int[7];
            for (int k = 0; k < 4; k++) {
                v[k] = 20 + random.nextInt(40);
            }
            v[4] = 2 + random.nextInt(8);
            v[5] = 1 + random.nextInt(8);
            v[6] = 4 + random.nextInt(6);
            figures.put(s, v);
        }
    }

    /**
     * A district workbook without district codes: a title row, then Effectifs (one row per school, CP1/CP2 by sex)
     * and Enseignants (teachers by sex, and classrooms), the code of
     * EP-MF-0102 written {@code teachersCode} on Enseignants.
     */
    private Path workbook(String folder, String name, String teachersCode, List<String> schools) throws Exception {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet e = wb.createSheet("Effectifs");
            e.createRow(0).createCell(0).setCellValue("EFFECTIFS DES ÉLÈVES - ANNÉE SCOLAIRE 2024");
            row(e, 2, List.of("Code école", "Nom de l'école", "CP1 Filles", "CP1 Garçons", "CP2 Filles",
                    "CP2 Garçons"));
            Sheet t = wb.createSheet("Enseignants");
            t.createRow(0).createCell(0).setCellValue("PERSONNEL ENSEIGNANT ET SALLES DE CLASSE");
            row(t, 2, List.of("Code école", "Nom de l'école", "Enseignants F", "Enseignants H", "Salles de classe"));
            for (int i = 0; i < schools.size(); i++) {
                String s = schools.get(i);
                int[] v = figures.get(s);
                List<Object> cells = new ArrayList<>(List.of(s, "École " + s));
                for (int k = 0; k < 4; k++) {
                    cells.add(v[k]);
                }
                row(e, 3 + i, cells);
                String code = s.equals("EP-MF-0102") ? teachersCode : s;
                row(t, 3 + i, List.of(code, "École " + s, v[4], v[5], v[6]));
            }
            t.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            wb.write(out);
        }
        return file;
    }

    private static void row(Sheet sheet, int at, List<?> values) {
        Row r = sheet.createRow(at);
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof Number n) {
                r.createCell(c).setCellValue(n.doubleValue());
            } else {
                r.createCell(c).setCellValue(String.valueOf(v));
            }
        }
    }
}
