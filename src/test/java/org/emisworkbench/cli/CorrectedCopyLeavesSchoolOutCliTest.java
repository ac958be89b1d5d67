package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district's file sent again, corrected, under the same name, leaving a school out (review 17, item 2): the
 * school's earlier return is kept, and the import names it, in its text, its JSON ({@code returnsKept}) and its
 * warnings; another district's file of the same name, or a single school's corrected return under another name,
 * names nothing. The workbooks are written here (French headers); the sums expected are worked out from what was
 * written.
 */
class CorrectedCopyLeavesSchoolOutCliTest {
    private static final String TEMPLATE = """
            {"id": "ecoles-district", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["Écoles"], "key": ["Code école"],
               "columns": [{"headers": ["Nom de l'école"], "field": "school.name"},
                           {"headers": ["District"], "field": "school.district"},
                           {"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
            """;

    @TempDir
    Path dir;

    /** [school][G1 F, G1 M, G2 F, G2 M] as last written for each code. */
    private final java.util.Map<String, int[]> written = new java.util.HashMap<>();

    @Test
    void aCorrectedCopyLeavingASchoolOutNamesItAndKeepsItsReturn() throws Exception {
        Path template = Files.writeString(dir.resolve("ecoles-district.json"), TEMPLATE);
        String db = dir.resolve("w.mv.db").toString();
        Random random = new Random(17);
        Path v1 = file("envoi1", "recensement-2023.xlsx", "Kanel", List.of("KN-101", "KN-102", "KN-103", "KN-104"),
                random);
        assertEquals(0, CliRun.emis("import", "--db", db, "--template", template.toString(), v1.toString()).code());
        int[] leftOut = written.get("KN-103").clone();
        Path v2 = file("envoi2", "recensement-2023.xlsx", "Kanel", List.of("KN-101", "KN-102", "KN-104"), random);

        CliRun json = CliRun.emis("import", "--db", db, "--template", template.toString(), "--format", "json",
                v2.toString());
        assertEquals(0, json.code(), json.err());
        JsonNode f = json.json().path("files").get(0);
        assertEquals(3, f.path("schoolsReplaced").asInt());
        assertEquals(1, f.path("returnsKept").size(), f.toString());
        assertEquals("KN-103", f.path("returnsKept").get(0).path("code").asText());
        assertEquals("École KN-103", f.path("returnsKept").get(0).path("name").asText());
        assertEquals("recensement-2023.xlsx", f.path("returnsKept").get(0).path("earlierFile").asText());
        assertTrue(f.path("warnings").toString().contains("KN-103 (École KN-103)"), f.path("warnings").toString());

        // The school left out keeps its earlier figures; the others have the corrected copy's.
        try (org.emisworkbench.service.Workbench w = org.emisworkbench.service.Workbench.open(Path.of(db))) {
            for (String code : List.of("KN-101", "KN-102", "KN-103", "KN-104")) {
                int expected = java.util.Arrays.stream(code.equals("KN-103") ? leftOut : written.get(code)).sum();
                int stored = w.schoolDetails().figures(code, 2023, "Kanel").stream()
                        .filter(r -> r.topic() == org.emisworkbench.model.Topic.ENROLMENT && r.total() != null)
                        .mapToInt(r -> r.total()).sum();
                assertEquals(expected, stored, code + ": the figures of its latest return");
            }
        }

        // The same words, in French, in the text summary of another copy leaving out one more school.
        Path v3 = file("envoi3", "recensement-2023.xlsx", "Kanel", List.of("KN-101", "KN-104"), random);
        CliRun text = CliRun.emis("import", "--db", db, "--template", template.toString(), "--lang", "fr",
                v3.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("2 école(s) dont l’ancien fichier recensement-2023.xlsx donnait le"
                + " questionnaire ne figurent pas dans ce fichier : KN-102 (École KN-102), KN-103 (École KN-103)"),
                text.out());
    }

    @Test
    void anotherDistrictsFileOfTheSameNameOrOneSchoolsReturnNamesNothing() throws Exception {
        Path template = Files.writeString(dir.resolve("ecoles-district.json"), TEMPLATE);
        String db = dir.resolve("w.mv.db").toString();
        Random random = new Random(18);
        Path kanel = file("kanel", "recensement-2023.xlsx", "Kanel", List.of("KN-201", "KN-202", "KN-203"), random);
        assertEquals(0, CliRun.emis("import", "--db", db, "--template", template.toString(), kanel.toString()).code());
        Path matam = file("matam", "recensement-2023.xlsx", "Matam", List.of("MT-301", "MT-302"), random);
        CliRun other = CliRun.emis("import", "--db", db, "--template", template.toString(), "--format", "json",
                matam.toString());
        assertEquals(0, other.code(), other.err());
        JsonNode f = other.json().path("files").get(0);
        assertEquals(2, f.path("schoolsAdded").asInt());
        assertEquals(0, f.path("returnsKept").size(), "another district's file: " + f);
        // One school's corrected return, under a name of its own.
        Path one = file("corrige", "kn-202-corrige-2023.xlsx", "Kanel", List.of("KN-202"), random);
        CliRun single = CliRun.emis("import", "--db", db, "--template", template.toString(), "--format", "json",
                one.toString());
        JsonNode g = single.json().path("files").get(0);
        assertEquals(1, g.path("schoolsReplaced").asInt(), g.toString());
        assertEquals(0, g.path("returnsKept").size(), "one school's return leaves nobody out: " + g);
        assertTrue(g.path("warnings").isEmpty(), g.toString());
    }

    /** A district's file of schools with random pupils in two grades, in {@code folder} under {@code name}. */
    private Path file(String folder, String name, String district, List<String> codes, Random random)
            throws Exception {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Écoles");
            List<String> heads = new ArrayList<>(List.of("Code école", "Nom de l'école", "District", "CP1 Filles",
                    "CP1 Garçons", "CP2 Filles", "CP2 Garçons"));
            Row h = s.createRow(0);
            for (int c = 0; c < heads.size(); c++) {
                h.createCell(c).setCellValue(heads.get(c));
            }
            for (int i = 0; i < codes.size(); i++) {
                Row r = s.createRow(i + 1);
                r.createCell(0).setCellValue(codes.get(i));
                r.createCell(1).setCellValue("École " + codes.get(i));
                r.createCell(2).setCellValue(district);
                int[] v = new int[4];
                for (int k = 0; k < 4; k++) {
                    v[k] = 10 + random.nextInt(40);
                    r.createCell(3 + k).setCellValue(v[k]);
                }
                written.put(codes.get(i), v);
            }
            wb.write(out);
        }
        return file;
    }
}
