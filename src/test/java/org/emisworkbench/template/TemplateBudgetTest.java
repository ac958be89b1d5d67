package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small template whose header patterns would expand to hundreds of millions of headers (1,000
 * patterns, each under the one-pattern limit) is refused alone, before anything is expanded, naming the
 * template and the limit; the other templates stay usable.
 */
class TemplateBudgetTest {
    @TempDir
    Path dir;

    /** The placeholders of the largest pattern that stays under the one-pattern limit, from the code lists. */
    static String placeholders() {
        CodeLists lists = CodeLists.builtIn();
        String best = null;
        long bestSize = 0;
        for (String p : List.of("{grade}", "{sex}", "{age}", "{grade} {sex}", "{grade} {age}", "{sex} {age}")) {
            long size = 1;
            for (String name : List.of("grade", "sex", "age")) {
                if (p.contains("{" + name + "}")) {
                    size *= lists.require(name).aliasTable().size();
                }
            }
            if (size < HeaderMatcher.MAX_EXPANSION && size > bestSize) {
                best = p;
                bestSize = size;
            }
        }
        return best;
    }

    /** Headers one such pattern expands to (independently of the matcher: the product of alias counts). */
    private static long oneGradeSexAge() {
        CodeLists lists = CodeLists.builtIn();
        long size = 1;
        for (String name : List.of("grade", "sex", "age")) {
            if (placeholders().contains("{" + name + "}")) {
                size *= lists.require(name).aliasTable().size();
            }
        }
        return size;
    }

    private static String hostile(int patterns) {
        StringBuilder cols = new StringBuilder();
        for (int i = 0; i < patterns; i++) {
            cols.append(i == 0 ? "" : ",").append("{\"patterns\": [\"" + placeholders() + " p").append(i)
                    .append("\"], \"field\": \"enrolment\"}");
        }
        return "{\"id\": \"thousand\", \"version\": 1, \"layout\": \"wide\", \"sheets\": [{\"names\": [\"Pupils\"],"
                + " \"key\": [\"School ID\"], \"columns\": [" + cols + "]}]}";
    }

    @Test
    void aThousandPatternTemplateIsRefusedAloneAndQuickly() throws Exception {
        long each = oneGradeSexAge();
        assertTrue(each < HeaderMatcher.MAX_EXPANSION, "each pattern alone is within the one-pattern limit: " + each);
        assertTrue(1000 * each > 100L * HeaderMatcher.MAX_EXPANSION, "together far beyond any memory");
        Path folder = Files.createDirectories(dir.resolve("templates"));
        String json = hostile(1000);
        assertTrue(json.length() < 64 * 1024, "a small file: " + json.length());
        Files.writeString(folder.resolve("thousand.json"), json);
        Files.writeString(folder.resolve("good.json"), TemplateLoaderTest.GOOD);
        TemplateRegistry registry = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> TemplateRegistry.load(folder));
        assertTrue(registry.byId("t-wide").isPresent(), "the good template of the folder is usable");
        assertTrue(registry.byId("sample-wide").isPresent(), "the built-in templates are usable");
        assertFalse(registry.byId("thousand").isPresent());
        assertEquals(1, registry.problems().size(), registry.problems()::toString);
        String problem = registry.problems().get(0).getMessage();
        assertTrue(problem.startsWith("thousand.json"), problem);
        assertTrue(problem.contains("its 1000 header patterns expand to " + 1000 * each + " headers, more than the"
                + " limit of 200000 for one sheet"), problem);
    }

    @Test
    void patternsWithinOneSheetButTooManyForATemplateAreRefusedToo() {
        long each = oneGradeSexAge();
        int perSheet = (int) (HeaderMatcher.MAX_EXPANSION / each);
        int sheets = (int) (HeaderMatcher.MAX_TEMPLATE_EXPANSION / (perSheet * each)) + 1;
        StringBuilder json = new StringBuilder("{\"id\": \"many-sheets\", \"version\": 1, \"layout\": \"wide\", \"sheets\": [");
        for (int s = 0; s < sheets; s++) {
            json.append(s == 0 ? "" : ",").append("{\"names\": [\"S").append(s).append("\"], \"key\": [\"School ID\"],"
                    + " \"columns\": [");
            for (int i = 0; i < perSheet; i++) {
                json.append(i == 0 ? "" : ",").append("{\"patterns\": [\"" + placeholders() + " s").append(s).append('p')
                        .append(i).append("\"], \"field\": \"enrolment\"}");
            }
            json.append("]}");
        }
        json.append("]}");
        TemplateException e = org.junit.jupiter.api.Assertions.assertThrows(TemplateException.class,
                () -> TemplateLoader.parse(json.toString(), "many-sheets.json", null));
        long total = (long) sheets * perSheet * each;
        assertTrue(e.getMessage().contains("expand to " + total + " headers, more than the limit of "
                + HeaderMatcher.MAX_TEMPLATE_EXPANSION + " for one template"), e.getMessage());
    }

    @Test
    void theBuiltInTemplatesAreWellWithinTheLimits() {
        TemplateRegistry registry = TemplateRegistry.load(null);
        assertTrue(registry.problems().isEmpty(), registry.problems()::toString);
        assertTrue(registry.list().size() >= 7);
        for (Template t : registry.list()) {
            List<String> errors = new java.util.ArrayList<>();
            assertTrue(HeaderMatcher.withinBudget(t, t.lists(), errors), t.id() + ": " + errors);
        }
    }
}
