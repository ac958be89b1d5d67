package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLoaderTest {
    static final String GOOD = """
            {"id": "t-wide", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Pupils"], "key": ["School ID"],
               "columns": [{"patterns": ["Grade {grade}\\n{sex}"], "field": "enrolment"},
                           {"patterns": ["Total {sex}"], "total": "enrolment"}]}]}
            """;

    @Test
    void loadsAGoodTemplate() throws Exception {
        Template t = TemplateLoader.parse(GOOD, "good.json", null);
        assertEquals("t-wide", t.id());
        assertEquals(Layout.WIDE, t.layout());
        assertEquals(Role.CENSUS, t.role());
        assertEquals(Template.DEFAULT_REFERENCE_DATE, t.referenceDate());
    }

    @Test
    void reportsEveryProblemAtOnceWithJsonPaths() {
        String bad = """
                {"id": "Bad Id", "version": 0, "layout": "diagonal", "colour": "red",
                 "sheets": [{"names": ["Pupils"],
                   "columns": [{"headers": ["Name"], "field": "school.nickname"},
                               {"patterns": ["Grade {grad} {sex}"], "field": "enrolment"},
                               {"patterns": ["G{grade} {sex}"], "field": "enrolment", "sex": "X"}]},
                   {"names": ["Teachers"], "key": ["School"], "columns": [{"headers": ["T"], "field": "teachers.total", "sex": "F"}]}]}
                """;
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.parse(bad, "bad.json", null));
        List<String> p = e.problems();
        assertHas(p, "$.id:");
        assertHas(p, "$.version:");
        assertHas(p, "$.layout: \"diagonal\"");
        assertHas(p, "$.colour: unknown property");
        assertHas(p, "$.sheets[0].columns[0].field: unknown canonical field \"school.nickname\"");
        assertHas(p, "$.sheets[0].columns[1].patterns[0]: unknown placeholder {grad}");
        assertHas(p, "$.sheets[0].columns[2].sex: \"X\" is not a sex code");
        assertTrue(p.size() >= 7, p::toString);
    }

    @Test
    void semanticProblemsAreReportedTogether() {
        String bad = """
                {"id": "t", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Pupils"],
                   "columns": [{"patterns": ["G{grade}"], "field": "enrolment"},
                               {"headers": ["Boys"], "field": "repeaters", "sex": "M"},
                               {"headers": ["Owner"], "field": "school.ownership", "codeList": "owners"},
                               {"headers": ["owner"], "field": "school.name"}]}]}
                """;
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.parse(bad, "b.json", null));
        List<String> p = e.problems();
        assertHas(p, "$.sheets[0].key: a wide sheet needs");
        assertHas(p, "$.sheets[0].columns[0].patterns[0]: no {sex}");
        assertHas(p, "$.sheets[0].columns[1]: literal headers need a fixed grade");
        assertHas(p, "$.sheets[0].columns[2].codeList: no code list \"owners\"");
        assertHas(p, "header \"owner\" also matches");
    }

    @Test
    void emptySheetsAndBadRolesAreRefused() {
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.parse(
                "{\"id\":\"x\",\"version\":1,\"layout\":\"grid\",\"role\":\"teachers\",\"sheets\":[]}", "x", null));
        assertHas(e.problems(), "$.role:");
        assertHas(e.problems(), "$.sheets: at least one sheet");
    }

    @Test
    void invalidJsonAndDuplicateKeysAreRefused() {
        assertThrows(TemplateException.class, () -> TemplateLoader.parse("{\"id\": ", "x", null));
        assertThrows(TemplateException.class, () -> TemplateLoader.parse(
                "{\"id\":\"a\",\"id\":\"b\",\"version\":1,\"layout\":\"wide\",\"sheets\":[]}", "x", null));
    }

    @Test
    void tooLargeFileIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.json");
        Files.writeString(f, " ".repeat((int) TemplateLoader.MAX_BYTES + 10) + GOOD);
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.load(f));
        assertHas(e.problems(), "larger than");
    }

    @Test
    void aCodeListFileATemplateOfTheFolderNamesIsNoUnusableTemplate(@TempDir Path dir) throws Exception {
        // import --template FILE keeps the template and its code-list files in the workspace's templates folder.
        Path folder = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(folder.resolve("lists.json"), "{\"ownership\": {\"public\": [\"gouvernement\"]}}");
        Files.writeString(folder.resolve("other-lists.json"), "{\"ownership\": {\"private\": [\"privé\"]}}");
        Files.writeString(folder.resolve("t.json"), GOOD.replace("\"layout\": \"wide\",",
                "\"layout\": \"wide\", \"codeListFiles\": [\"lists.json\"],"));
        TemplateRegistry registry = TemplateRegistry.load(folder);
        List<String> unusable = registry.problems().stream().map(TemplateException::getMessage).toList();
        assertEquals(1, unusable.size(), unusable::toString);
        assertTrue(unusable.get(0).contains("other-lists.json"), "a file no template names is still said: " + unusable);
    }

    @Test
    void codeListFilesStayInsideTheTemplateFolder(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("secret.json"), "{}");
        Files.writeString(folder.resolve("lists.json"), "{\"ownership\": {\"public\": [\"gouvernement\"]}}");
        String json = GOOD.replace("\"layout\": \"wide\",",
                "\"layout\": \"wide\", \"codeListFiles\": [\"lists.json\", \"../secret.json\", \"/etc/passwd\", "
                        + "\"sub/../../secret.json\"],");
        Path f = folder.resolve("t.json");
        Files.writeString(f, json);
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.load(f));
        assertEquals(3, e.problems().size(), e.problems()::toString);
        assertHas(e.problems(), "$.codeListFiles[1]: \"../secret.json\" points outside");
        assertHas(e.problems(), "$.codeListFiles[2]: \"/etc/passwd\" must be a file name relative");
        assertHas(e.problems(), "$.codeListFiles[3]");

        Files.writeString(f, GOOD.replace("\"layout\": \"wide\",", "\"layout\": \"wide\", \"codeListFiles\": [\"lists.json\"],"));
        Template t = TemplateLoader.load(f);
        assertEquals("public", t.lists().require("ownership").code("Gouvernement"));
    }

    @Test
    void templateCodeListsExtendTheBuiltInOnesAndClashesWithinThemAreReported() {
        String json = GOOD.replace("\"layout\": \"wide\",", "\"layout\": \"wide\", \"codeLists\": "
                + "{\"sex\": {\"F\": [\"mädchen\"], \"M\": [\"Mädchen\"]}},");
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.parse(json, "x", null));
        assertHas(e.problems(), "$.codeLists.sex.M: alias \"Mädchen\" already means F");
    }

    static void assertHas(List<String> problems, String start) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(start)), () -> "no problem containing '" + start
                + "' in " + String.join("\n", problems));
    }
}
