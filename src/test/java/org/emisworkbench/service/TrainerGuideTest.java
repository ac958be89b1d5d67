package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.StoredFinding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/trainer-guide.md tells trainers the answers: its planted errors must be those of
 * sample-workbooks/answer-key.json, and its numbers what the workbench computes when the exercises are
 * done in order on the sample country.
 */
class TrainerGuideTest {
    @TempDir
    static Path dir;
    static Map<Integer, TrainerGuide.Exercise> guide;
    static List<JsonNode> key = new ArrayList<>();

    @BeforeAll
    static void read() throws Exception {
        guide = TrainerGuide.read();
        new ObjectMapper().readTree(SampleCountryFixture.SAMPLES.resolve("answer-key.json").toFile())
                .forEach(key::add);
    }

    @Test
    void everyExerciseHasAnExpectedAnswerAndChecks() {
        assertTrue(guide.size() >= 8, "at least eight exercises: " + guide.keySet());
        for (TrainerGuide.Exercise e : guide.values()) {
            assertFalse(e.expected().isBlank(), "exercise " + e.number() + " has no expected answer");
            assertFalse(e.checks().isEmpty(), "exercise " + e.number() + " has no check block");
        }
    }

    @Test
    void plantedErrorsAreThoseOfTheAnswerKey() {
        List<String> wrong = new ArrayList<>();
        for (TrainerGuide.Exercise e : guide.values()) {
            Set<String> claimed = new HashSet<>();
            for (String line : e.checks()) {
                String[] w = line.split("\\s+");
                switch (w[0]) {
                    case "planted" -> {
                        String entry = String.join(" ", Arrays.copyOfRange(w, 1, w.length));
                        claimed.add(entry);
                        if (key.stream().noneMatch(a -> entry(a).equals(entry))) {
                            wrong.add(e.number() + ": not in answer-key.json: " + line);
                        }
                    }
                    case "not-planted" -> key.stream().filter(a -> a.get("school").asText().equals(w[1])
                            && a.get("year").asText().equals(w[2]))
                            .forEach(a -> wrong.add(e.number() + ": " + line + " but the key has " + entry(a)));
                    case "complete" -> {
                        String[] filters = Arrays.copyOfRange(w, 1, w.length);
                        Set<String> all = new TreeSet<>();
                        key.stream().filter(a -> matchesEntry(entry(a), filters)).forEach(a -> all.add(entry(a)));
                        Set<String> listed = new TreeSet<>();
                        claimed.stream().filter(c -> matchesEntry(c, filters)).forEach(listed::add);
                        if (!listed.equals(all)) {
                            wrong.add(e.number() + ": " + line + " lists " + listed + " but the key has " + all);
                        }
                    }
                    default -> { }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void expectedAnswersNameOnlyWhatTheChecksHold() {
        List<String> wrong = new ArrayList<>();
        for (TrainerGuide.Exercise e : guide.values()) {
            String checks = String.join("\n", e.checks());
            Set<String> checkedNumbers = TrainerGuide.numbers(checks.replace("=", " "));
            for (String code : TrainerGuide.matches(TrainerGuide.SCHOOL, e.expected())) {
                if (!checks.contains(code)) {
                    wrong.add(e.number() + ": school " + code);
                }
            }
            for (String cell : TrainerGuide.matches(TrainerGuide.CELL, e.expected())) {
                if (!checks.contains(cell)) {
                    wrong.add(e.number() + ": cell " + cell);
                }
            }
            for (String n : TrainerGuide.numbers(e.expected())) {
                if (!checkedNumbers.contains(n)) {
                    wrong.add(e.number() + ": number " + n);
                }
            }
        }
        assertEquals(List.of(), wrong, "named in an expected answer but not in its check block");
    }

    @Test
    void answersAreWhatTheWorkbenchComputesDoingTheExercisesInOrder() {
        List<String> wrong = new ArrayList<>();
        try (Workbench wb = SampleCountryFixture.copy(dir.resolve("workshop"))) {
            GuideMetrics metrics = new GuideMetrics(wb, SampleCountryFixture.importReport(), dir.resolve("queries"));
            for (TrainerGuide.Exercise e : guide.values()) {
                for (String line : e.checks()) {
                    String problem = check(metrics, line.split("\\s+"));
                    if (problem != null) {
                        wrong.add("exercise " + e.number() + ": " + line + " — " + problem);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static String check(GuideMetrics m, String[] w) {
        switch (w[0]) {
            case "planted", "complete", "not-planted" -> {
                return null; // checked against the answer key above
            }
            case "finding" -> {
                return m.findings(Integer.parseInt(w[2]), w[1], w[3]).stream().anyMatch(f -> f.finding().source() != null
                        && w[4].equals(f.finding().source().sheetCell())) ? null : "no such finding";
            }
            case "trace", "not-traced" -> {
                String cell = w[w.length - 1];
                boolean found = m.sources(w[1], Integer.parseInt(w[2]), w[3], w[4], w[5]).stream()
                        .anyMatch(s -> s.source() != null && cell.equals(s.source().sheetCell())
                                && (w[0].equals("not-traced") || s.source().file().equals(w[6])));
                return found == w[0].equals("trace") ? null : (found ? "the figure comes from " + cell
                        : "the figure does not come from " + w[6] + " " + cell);
            }
            case "do" -> {
                doStep(m, w);
                return null;
            }
            case "value" -> {
                int eq = Arrays.asList(w).indexOf("=");
                String expected = String.join(" ", Arrays.copyOfRange(w, eq + 1, w.length));
                Object actual = m.value(w[1], Arrays.copyOfRange(w, 2, eq));
                return same(expected, actual) ? null : "the workbench says " + actual;
            }
            default -> {
                return "unknown check";
            }
        }
    }

    private static void doStep(GuideMetrics m, String[] w) {
        switch (w[1]) {
            case "import" -> m.importFile(Path.of(w[2]));
            case "validate" -> new ValidationService(m.workbench()).validate(null, Integer.parseInt(w[2]), null,
                    Progress.NONE, Cancellation.none());
            case "confirm" -> {
                List<StoredFinding> f = m.findings(Integer.parseInt(w[3]), w[2], w[4]);
                assertEquals(1, f.size(), String.join(" ", w));
                new ValidationService(m.workbench()).mark(f.get(0).id(), FindingStatus.CONFIRMED,
                        "Checked in the workshop: the figure of this year is right");
            }
            default -> throw new IllegalArgumentException("unknown step " + String.join(" ", w));
        }
    }

    /** A number written with d decimals matches the computed value rounded to d decimals. */
    static boolean same(String expected, Object actual) {
        if (actual instanceof Number n && expected.matches("-?\\d+(\\.\\d+)?")) {
            BigDecimal want = new BigDecimal(expected);
            return new BigDecimal(n.toString()).setScale(want.scale(), RoundingMode.HALF_UP).compareTo(want) == 0;
        }
        return expected.equals(String.valueOf(actual));
    }

    private static String entry(JsonNode a) {
        String school = a.get("school").asText();
        return (school.isEmpty() ? "-" : school) + " " + a.get("year").asText() + " " + a.get("kind").asText() + " "
                + a.get("file").asText() + " " + a.get("sheet").asText() + "!" + a.get("cell").asText();
    }

    /** Filters {@code kind=}, {@code year=}, {@code district=} on an entry line of the answer key. */
    private static boolean matchesEntry(String entry, String[] filters) {
        String[] w = entry.split(" ");
        for (String f : filters) {
            String[] kv = f.split("=", 2);
            boolean ok = switch (kv[0]) {
                case "kind" -> w[2].equals(kv[1]);
                case "year" -> w[1].equals(kv[1]);
                case "district" -> w[0].startsWith("SCH" + kv[1].substring(1)) || w[3].contains(kv[1]);
                default -> throw new IllegalArgumentException("unknown filter " + f);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
