package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.StoredFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How far an officer can trust each rule of the default pack, over the sample country (2024 and 2025):
 * per rule, its findings on returns the answer key plants an error in and on clean returns; per planted
 * kind, how many the rule meant for it finds. docs/rules.md §9 prints this table, and this test keeps it
 * true: when a rule or the sample country changes, it fails and prints the table to paste.
 */
class PackPrecisionTest {
    private static final String START = "<!-- precision: kept true by PackPrecisionTest -->";
    private static final String END = "<!-- /precision -->";

    @TempDir
    static Path dir;

    @Test
    void docsRulesPrintsThePacksPrecisionAndRecallOnTheSampleCountry() throws Exception {
        List<JsonNode> answers = new ArrayList<>();
        new ObjectMapper().readTree(SampleCountryFixture.SAMPLES.resolve("answer-key.json").toFile())
                .forEach(answers::add);
        assertFalse(answers.isEmpty());
        Set<String> plantedReturns = new HashSet<>();
        Set<String> plantedCells = new HashSet<>();
        for (JsonNode a : answers) {
            plantedReturns.add(a.get("school").asText() + "|" + a.get("year").asInt());
            if (a.get("kind").asText().equals("location")) {
                // A school's point is in the master list, which both years of the census read: planted in both.
                plantedReturns.add(a.get("school").asText() + "|2024");
                plantedReturns.add(a.get("school").asText() + "|2025");
            }
            plantedCells.add(cell(Path.of(a.get("file").asText()).getFileName().toString(), a.get("sheet").asText() + "!"
                    + a.get("cell").asText()));
        }
        List<StoredFinding> findings;
        try (Workbench wb = SampleCountryFixture.copy(dir.resolve("census"))) {
            findings = new ValidationService(wb).findings(FindingFilter.all());
        }
        assertFalse(findings.isEmpty());

        // rule → {severity, on planted returns, on clean returns, of those on a school planted the year before}
        Map<String, Object[]> byRule = new TreeMap<>(PackPrecisionTest::ruleOrder);
        for (StoredFinding s : findings) {
            var f = s.finding();
            boolean planted;
            boolean plantedBefore = false;
            if (f.schoolCode() != null) {
                planted = plantedReturns.contains(f.schoolCode() + "|" + f.year());
                plantedBefore = plantedReturns.contains(f.schoolCode() + "|" + (f.year() - 1));
            } else if (f.source() != null) {
                // A row without its school code belongs to no school: it is planted when its cell is.
                planted = plantedCells.contains(cell(f.source().file(), f.source().sheetCell()));
            } else {
                continue; // district findings (DST-01) are about no one return
            }
            Object[] row = byRule.computeIfAbsent(f.ruleId(), k -> new Object[] {f.severity().name()
                    .toLowerCase(Locale.ROOT), 0, 0, 0});
            int at = planted ? 1 : 2;
            row[at] = (Integer) row[at] + 1;
            if (!planted && plantedBefore) {
                row[3] = (Integer) row[3] + 1;
            }
        }
        StringBuilder t = new StringBuilder(START).append('\n');
        t.append("| rule | severity | on returns with a planted error | on clean returns | of which last year's return"
                + " is planted | share on planted |\n");
        t.append("|---|---|---:|---:|---:|---:|\n");
        byRule.forEach((rule, r) -> {
            int planted = (Integer) r[1];
            int clean = (Integer) r[2];
            t.append("| ").append(rule).append(" | ").append(r[0]).append(" | ").append(planted).append(" | ")
                    .append(clean).append(" | ").append(r[3]).append(" | ").append(percent(planted, planted + clean))
                    .append(" |\n");
        });

        // planted kind → {rule meant for it, planted, found}
        Map<String, int[]> byKind = new TreeMap<>();
        for (JsonNode a : answers) {
            String kind = a.get("kind").asText();
            String rule = SampleCountryEndToEndTest.RULE_OF_KIND.get(kind);
            int[] k = byKind.computeIfAbsent(kind, x -> new int[2]);
            k[0]++;
            String school = a.get("school").asText();
            int year = a.get("year").asInt();
            String at = cell(Path.of(a.get("file").asText()).getFileName().toString(), a.get("sheet").asText() + "!"
                    + a.get("cell").asText());
            // Found on the school's return of that year, or at the planted cell (a row whose code was blanked).
            boolean found = findings.stream().anyMatch(s -> s.finding().ruleId().equals(rule)
                    && (school.equals(s.finding().schoolCode()) && year == s.finding().year()
                    || s.finding().source() != null && at.equals(cell(s.finding().source().file(),
                    s.finding().source().sheetCell()))));
            if (found) {
                k[1]++;
            }
        }
        t.append('\n');
        t.append("| planted kind | found by | planted | found | recall |\n");
        t.append("|---|---|---:|---:|---:|\n");
        byKind.forEach((kind, k) -> t.append("| ").append(kind).append(" | ")
                .append(SampleCountryEndToEndTest.RULE_OF_KIND.getOrDefault(kind, "—")).append(" | ").append(k[0])
                .append(" | ").append(k[1]).append(" | ").append(percent(k[1], k[0])).append(" |\n"));
        t.append(END);

        assertTrue(byRule.values().stream().anyMatch(r -> (Integer) r[1] > 0), "planted errors are found");
        assertTrue(byRule.entrySet().stream().filter(e -> "error".equals(e.getValue()[0]))
                .allMatch(e -> (Integer) e.getValue()[2] == 0), "no error rule fires on a clean return:\n" + t);
        String docs = Files.readString(Path.of("docs/rules.md"));
        int from = docs.indexOf(START);
        int to = docs.indexOf(END);
        assertTrue(from >= 0 && to > from, "docs/rules.md §9 has no precision table; paste:\n" + t);
        assertEquals(t.toString(), docs.substring(from, to + END.length()),
                "docs/rules.md's precision table is out of date; paste:\n" + t);
    }

    private static String cell(String file, String sheetCell) {
        return file + "|" + sheetCell;
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "—" : String.format(Locale.ROOT, "%.0f %%", 100.0 * part / whole);
    }

    /** IMP-2 before IMP-10: prefix, then number. */
    private static int ruleOrder(String a, String b) {
        String pa = a.replaceAll("-?\\d+$", "");
        String pb = b.replaceAll("-?\\d+$", "");
        if (!pa.equals(pb)) {
            return pa.compareTo(pb);
        }
        return Integer.compare(number(a), number(b));
    }

    private static int number(String id) {
        String n = id.replaceAll("^.*?(\\d+)$", "$1");
        return n.matches("\\d+") ? Integer.parseInt(n) : 0;
    }
}
