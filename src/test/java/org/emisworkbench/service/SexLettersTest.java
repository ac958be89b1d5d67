package org.emisworkbench.service;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateException;
import org.emisworkbench.template.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Portuguese headers and sex letters whose meaning depends on the language: French G is garçons,
 * English G is girls, Portuguese H/M are homens/mulheres (M female) unless F stands beside M
 * (feminino/masculino). Workbooks are written here; figures expected are the numbers written, by the
 * sex the test knows each column holds.
 */
class SexLettersTest {
    @TempDir
    Path dir;

    /** Per school: girls and boys of grades 1 and 2, then female and male teachers. */
    private final Map<String, int[]> expected = new LinkedHashMap<>();

    /** A Portuguese district file writing H (homens) and M (mulheres): M columns hold girls. */
    private Path portuguese(String name) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Escolas");
            row(s, 0, "Código da escola", "Nome da escola", "Distrito", "1ª classe H", "1ª classe M", "2ª classe H",
                    "2ª classe M", "Professores H", "Professores M", "Salas de aula em bom estado");
            for (int i = 0; i < 4; i++) {
                int[] v = {20 + i, 18 + 2 * i, 15 + i, 17 + 3 * i, 2 + i % 2, 3 + i};
                expected.put("MZ" + (100 + i), v);
                // H then M: boys first, girls second.
                row(s, i + 1, "MZ" + (100 + i), "Escola Primária " + i, "D0" + (1 + i % 2), v[1], v[0], v[3], v[2],
                        v[5], v[4], 4 + i);
            }
            return save(wb, name);
        }
    }

    private Path save(XSSFWorkbook wb, String name) throws Exception {
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        return f;
    }

    private void assertFigures(Workbench w, int year) {
        for (var e : expected.entrySet()) {
            var rows = new SchoolDetails(w).figures(e.getKey(), year, null);
            var g1 = rows.stream().filter(r -> r.topic() == Topic.ENROLMENT && r.slot() == 1).findFirst().orElseThrow();
            var g2 = rows.stream().filter(r -> r.topic() == Topic.ENROLMENT && r.slot() == 2).findFirst().orElseThrow();
            int[] v = e.getValue();
            assertEquals(List.of(v[0], v[1], v[2], v[3]), List.of(g1.female(), g1.male(), g2.female(), g2.male()),
                    e.getKey() + " enrolment F/M");
            if (v.length > 4) {
                var t = rows.stream().filter(r -> r.topic() == Topic.TEACHERS && r.slot() == 0).findFirst().orElseThrow();
                assertEquals(List.of(v[4], v[5]), List.of(t.female(), t.male()), e.getKey() + " teachers F/M");
            }
        }
    }

    @Test
    void aPortugueseWorkbookIsDraftedInPortugueseAndItsMIsReadAsMulheres() throws Exception {
        Path file = portuguese("escolas-2024.xlsx");
        TemplateWorkshop.DraftResult d = new TemplateWorkshop(TemplateCatalog.load(null)).draft(file, "escolas");
        Template t = d.draft().template();
        assertEquals("pt", t.language(), d.draft().json());
        var columns = d.sheets().get(0).columns();
        assertTrue(columns.get(0).key(), "Código da escola is the key");
        assertEquals(List.of("school.name", "school.district"), List.of(columns.get(1).field(), columns.get(2).field()));
        ColumnMapping h1 = columns.get(3);
        ColumnMapping m1 = columns.get(4);
        assertEquals(List.of("enrolment", "G1", "M"), List.of(h1.field(), h1.grade(), h1.sex()), "1ª classe H: boys");
        assertEquals(List.of("enrolment", "G1", "F"), List.of(m1.field(), m1.grade(), m1.sex()), "1ª classe M: girls");
        assertEquals(List.of("teachers.total", "F"), List.of(columns.get(8).field(), columns.get(8).sex()));
        assertEquals("classrooms.good", columns.get(9).field());
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = imports.importWith(new XSSFWorkbook(Files.newInputStream(file)), "escolas-2024.xlsx",
                    d.draft().json(), null);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(4, f.schoolsAdded());
            assertEquals(0, f.problemCount(), "every column read: " + f.problems());
            assertFigures(imports.workbench, 2024);
        }
    }

    @Test
    void aTemplateThatDoesNotSayItsLanguageNeverReadsAPortugueseMAsMale() throws Exception {
        Path file = portuguese("escolas-2024.xlsx");
        String silent = """
                {"id": "pt-wide", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Escolas"], "key": ["Código da escola"], "columns": [
                   {"headers": ["Nome da escola"], "field": "school.name"},
                   {"headers": ["Distrito"], "field": "school.district"},
                   {"patterns": ["{grade} {sex}"], "field": "enrolment"},
                   {"patterns": ["Professores {sex}"], "field": "teachers.total"},
                   {"headers": ["Salas de aula em bom estado"], "field": "classrooms.good"}]}]}
                """;
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult refused = imports.importWith(new XSSFWorkbook(Files.newInputStream(file)), "escolas-2024.xlsx",
                    silent, null);
            assertEquals(FileOutcome.FAILED, refused.outcome());
            assertTrue(refused.message().contains("sheet Escolas: the headers are in Portuguese")
                    && refused.message().contains("E1 “1ª classe m”") && refused.message().contains("\"language\": \"pt\""),
                    refused.message());
            assertEquals(0, imports.workbench.schools(2024, null).size(), "nothing kept");

            FileResult ok = imports.importWith(new XSSFWorkbook(Files.newInputStream(file)), "escolas-2024.xlsx",
                    silent.replace("\"layout\": \"wide\",", "\"layout\": \"wide\", \"language\": \"pt\","), null);
            assertEquals(FileOutcome.IMPORTED, ok.outcome(), ok.message());
            assertFigures(imports.workbench, 2024);
        }
    }

    @Test
    void aPortugueseWorkbookWritingFBesideMReadsMAsMasculino() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Matrícula");
            row(s, 0, "Código da escola", "Nome da escola", "1ª classe F", "1ª classe M", "2ª classe F", "2ª classe M");
            for (int i = 0; i < 3; i++) {
                int[] v = {11 + i, 13 + i, 9 + 2 * i, 10 + i};
                expected.put("AO" + i, v);
                row(s, i + 1, "AO" + i, "Escola " + i, v[0], v[1], v[2], v[3]);
            }
            save(wb, "matricula-2024.xlsx");
        }
        Path file = dir.resolve("matricula-2024.xlsx");
        TemplateWorkshop.DraftResult d = new TemplateWorkshop(TemplateCatalog.load(null)).draft(file, "matricula");
        assertEquals("pt", d.draft().template().language());
        assertEquals(List.of("M"), d.draft().template().codeLists().get("sex").get("M"), d.draft().json());
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = imports.importWith(new XSSFWorkbook(Files.newInputStream(file)), "matricula-2024.xlsx",
                    d.draft().json(), null);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(0, f.problemCount(), f.problems().toString());
            assertFigures(imports.workbench, 2024);
        }
    }

    @Test
    void aFrenchWorkbookWritingGBesideFReadsGAsGarcons() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Effectifs");
            row(s, 0, "Code école", "Nom de l'école", "CP1 F", "CP1 G", "CP2 F", "CP2 G");
            for (int i = 0; i < 3; i++) {
                int[] v = {21 + i, 25 + 2 * i, 19 + i, 18 + i};
                expected.put("BF" + i, v);
                row(s, i + 1, "BF" + i, "École " + i, v[0], v[1], v[2], v[3]);
            }
            save(wb, "effectifs-2024.xlsx");
        }
        Path file = dir.resolve("effectifs-2024.xlsx");
        TemplateWorkshop.DraftResult d = new TemplateWorkshop(TemplateCatalog.load(null)).draft(file, "effectifs");
        assertEquals("fr", d.draft().template().language(), d.draft().json());
        assertEquals("M", d.sheets().get(0).columns().get(3).sex(), "CP1 G: garçons");
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = imports.importWith(new XSSFWorkbook(Files.newInputStream(file)), "effectifs-2024.xlsx",
                    d.draft().json(), null);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(0, f.problemCount(), f.problems().toString());
            assertFigures(imports.workbench, 2024);
        }
    }

    @Test
    void anEnglishWorkbookKeepsGForGirlsAndALanguageOutsideTheListIsRefused() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Enrolment");
            row(s, 0, "School code", "School name", "Grade 1 G", "Grade 1 B", "Grade 2 G", "Grade 2 B");
            row(s, 1, "EN1", "Hill school", 5, 6, 7, 8);
            save(wb, "enrolment-2024.xlsx");
        }
        TemplateWorkshop.DraftResult d = new TemplateWorkshop(TemplateCatalog.load(null))
                .draft(dir.resolve("enrolment-2024.xlsx"), "enrolment");
        assertNull(d.draft().template().language(), d.draft().json());
        assertEquals("F", d.sheets().get(0).columns().get(2).sex(), "Grade 1 G: girls");
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.parse("""
                {"id": "x", "version": 1, "layout": "wide", "language": "de",
                 "sheets": [{"names": ["S"], "key": ["Code"], "columns": [{"headers": ["Name"], "field": "school.name"}]}]}
                """, "x.json", null));
        assertTrue(e.problems().contains("$.language: \"de\" is not one of en, es, fr, id, pt"), e.problems().toString());
    }

    @Test
    void aPortugueseRosterWithoutLanguageIsRefusedAndWithItCountsMAsWomen() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("Escola"), 0, "Código da escola:", "EP-77");
            Sheet p = wb.createSheet("Alunos");
            row(p, 0, "Nome do aluno", "Sexo", "Data de nascimento", "Classe");
            String[] sexes = {"H", "M", "M", "H", "M"};
            for (int i = 0; i < sexes.length; i++) {
                row(p, i + 1, "Aluno " + i, sexes[i], "2017-02-0" + (1 + i), "1ª classe");
            }
            save(wb, "ep77-2024.xlsx");
        }
        String roster = """
                {"id": "pt-roster", "version": 1, "layout": "roster", "year": {"fromFileName": true},
                 "sheets": [
                   {"names": ["Escola"], "required": ["school.code"],
                    "labels": [{"labels": ["Código da escola"], "field": "school.code"}]},
                   {"names": ["Alunos"], "kind": "pupils", "ignore": ["Nome do aluno"], "columns": [
                     {"headers": ["Sexo"], "field": "pupil.sex"},
                     {"headers": ["Data de nascimento"], "field": "pupil.birth_date"},
                     {"headers": ["Classe"], "field": "pupil.grade"}]}]}
                """;
        Path file = dir.resolve("ep77-2024.xlsx");
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult refused = imports.importWith(new XSSFWorkbook(Files.newInputStream(file)), "ep77-2024.xlsx",
                    roster, null);
            assertEquals(FileOutcome.FAILED, refused.outcome());
            assertTrue(refused.message().contains("sheet Alunos") && refused.message().contains("B3"),
                    refused.message());
            FileResult ok = imports.importWith(new XSSFWorkbook(Files.newInputStream(file)), "ep77-2024.xlsx",
                    roster.replace("\"layout\": \"roster\",", "\"layout\": \"roster\", \"language\": \"pt\","), null);
            assertEquals(FileOutcome.IMPORTED, ok.outcome(), ok.message());
            var g1 = new SchoolDetails(imports.workbench).figures("EP-77", 2024, null).stream()
                    .filter(r -> r.topic() == Topic.ENROLMENT && r.slot() == 1).findFirst().orElseThrow();
            assertEquals(List.of(3, 2), List.of(g1.female(), g1.male()), "three M (mulheres), two H (homens)");
        }
    }

    @Test
    void aFrenchRosterWithoutLanguageIsRefusedAndWithItCountsGAsBoys() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("École"), 0, "Code de l'école :", "BF-12");
            Sheet p = wb.createSheet("Registre");
            row(p, 0, "Nom et prénoms", "Sexe", "Date de naissance", "Classe");
            String[] sexes = {"G", "F", "G", "G", "F", "F", "F"};
            for (int i = 0; i < sexes.length; i++) {
                row(p, i + 1, "Élève " + i, sexes[i], "2017-02-0" + (1 + i), "CP1");
            }
            save(wb, "bf12-2024.xlsx");
        }
        String roster = """
                {"id": "fr-roster", "version": 1, "layout": "roster", "year": {"fromFileName": true},
                 "sheets": [
                   {"names": ["École"], "required": ["school.code"],
                    "labels": [{"labels": ["Code de l'école"], "field": "school.code"}]},
                   {"names": ["Registre"], "kind": "pupils", "ignore": ["Nom et prénoms"], "columns": [
                     {"headers": ["Sexe"], "field": "pupil.sex"},
                     {"headers": ["Date de naissance"], "field": "pupil.birth_date"},
                     {"headers": ["Classe"], "field": "pupil.grade"}]}]}
                """;
        Path file = dir.resolve("bf12-2024.xlsx");
        try (TemplateImports imports = new TemplateImports(dir)) {
            // Without a language, G would be read as girls: three boys counted as girls, unseen.
            FileResult refused = imports.importWith(new XSSFWorkbook(Files.newInputStream(file)), "bf12-2024.xlsx",
                    roster, null);
            assertEquals(FileOutcome.FAILED, refused.outcome(), refused.message());
            assertTrue(refused.message().contains("sheet Registre") && refused.message().contains("B2")
                    && refused.message().contains("\"language\": \"fr\""), refused.message());
            FileResult ok = imports.importWith(new XSSFWorkbook(Files.newInputStream(file)), "bf12-2024.xlsx",
                    roster.replace("\"layout\": \"roster\",", "\"layout\": \"roster\", \"language\": \"fr\","), null);
            assertEquals(FileOutcome.IMPORTED, ok.outcome(), ok.message());
            var g1 = new SchoolDetails(imports.workbench).figures("BF-12", 2024, null).stream()
                    .filter(r -> r.topic() == Topic.ENROLMENT && r.slot() == 1).findFirst().orElseThrow();
            assertEquals(List.of(4, 3), List.of(g1.female(), g1.male()), "four F (filles), three G (garçons)");
        }
    }

    /**
     * A Spanish district file writing {@code boys} then {@code girls} under each grade: girls are the second of each
     * pair. The numbers written are the figures expected, by the sex the test knows each column holds.
     */
    private Path spanish(String name, String boys, String girls) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Matrícula");
            row(s, 0, "Código modular", "Nombre de la escuela", "G1 " + boys, "G1 " + girls, "G2 " + boys,
                    "G2 " + girls);
            for (int i = 0; i < 3; i++) {
                int[] v = {11 + 2 * i, 14 + i, 9 + 3 * i, 12 + i};
                expected.put("0456" + (780 + i), v);
                row(s, i + 1, "0456" + (780 + i), "I.E. N° " + (100 + i), v[1], v[0], v[3], v[2]);
            }
            return save(wb, name);
        }
    }

    /** A wide template of the Spanish file, its sexes read by the built-in list under {@code language}. */
    private static String spanishTemplate(String language) {
        return """
                {"id": "es-wide", "version": 1, "layout": "wide", "year": {"fromFileName": true}%s,
                 "sheets": [{"names": ["Matrícula"], "key": ["Código modular"], "columns": [
                   {"headers": ["Nombre de la escuela"], "field": "school.name"},
                   {"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                """.formatted(language == null ? "" : ", \"language\": \"" + language + "\"");
    }

    @Test
    void aSpanishLoneMIsRefusedWithoutTheLanguageNamingSpanishAndReadAsMujeresWithIt() throws Exception {
        Path file = spanish("matricula-2024.xlsx", "H", "M");
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult refused = imports.importWith(new XSSFWorkbook(Files.newInputStream(file)), "matricula-2024.xlsx",
                    spanishTemplate(null), null);
            assertEquals(FileOutcome.FAILED, refused.outcome(), refused.message());
            assertTrue(refused.message().contains("sheet Matrícula: the headers are in Spanish, where M may mean mujeres")
                    && refused.message().contains("D1 “g1 m”")
                    && refused.message().contains("\"language\": \"es\""), refused.message());
            assertTrue(!refused.message().contains("Portuguese"), refused.message());
            assertEquals(0, imports.workbench.schools(2024, null).size(), "nothing kept");

            FileResult ok = imports.importWith(new XSSFWorkbook(Files.newInputStream(file)), "matricula-2024.xlsx",
                    spanishTemplate("es"), null);
            assertEquals(FileOutcome.IMPORTED, ok.outcome(), ok.message());
            assertEquals(3, ok.schoolsAdded());
            assertFigures(imports.workbench, 2024);
        }
    }

    @Test
    void spanishSexWordsAreReadInSpanishOnlyWithoutCodeLists() throws Exception {
        // Built in for Spanish templates only: every built-in spelling multiplies every template's {grade} {sex}.
        var builtIn = org.emisworkbench.template.CodeLists.builtIn().require("sex");
        var es = org.emisworkbench.template.CodeLists.merge(Map.of(), new java.util.ArrayList<>(), "codeLists", "es")
                .require("sex");
        for (String[] w : new String[][] {{"Niños", "M"}, {"Niñas", "F"}, {"NINOS", "M"}, {"Femenino", "F"},
            {"Masculino", "M"}}) {
            assertEquals(w[1], es.code(w[0]), w[0]);
        }
        assertNull(builtIn.code("Niñas"), "not for every language");
        assertNull(builtIn.code("Femenino"), "not for every language");
        int n = 0;
        for (String[] pair : new String[][] {{"Niños", "Niñas"}, {"Masculino", "Femenino"}}) {
            expected.clear();
            Path workspace = Files.createDirectories(dir.resolve("w" + n++));
            Path file = spanish("matricula-" + n + "-2024.xlsx", pair[0], pair[1]);
            try (TemplateImports imports = new TemplateImports(workspace)) {
                FileResult ok = imports.importWith(new XSSFWorkbook(Files.newInputStream(file)), file.getFileName()
                        .toString(), spanishTemplate("es"), null);
                assertEquals(FileOutcome.IMPORTED, ok.outcome(), ok.message());
                assertEquals(0, ok.problemCount(), "every column read, no codeLists: " + ok.problems());
                assertFigures(imports.workbench, 2024);
            }
        }
    }
}
