package org.emisworkbench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/trainer-guide.md as the test reads it: per exercise, the prose of its expected answer and the
 * lines of its {@code check} block in the answer key.
 */
final class TrainerGuide {
    static final Path FILE = Path.of("docs/trainer-guide.md");
    private static final Pattern EXERCISE = Pattern.compile("^### Exercise (\\d+) ");
    private static final Pattern ANSWERS = Pattern.compile("^### Answers to exercise (\\d+)\\s*$");
    static final Pattern SCHOOL = Pattern.compile("\\bSCH\\d{5}\\b");
    static final Pattern CELL = Pattern.compile("\\b[A-Z][A-Za-z]*![A-Z]{1,3}\\d+\\b");
    /** Numbers worth checking: three digits or more, or with decimals ("1,584", "98.8", "0.99"). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.!−-])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\w])");

    /** One exercise: its expected-answer prose and its check lines (in order). */
    record Exercise(int number, String expected, List<String> checks) {
    }

    private TrainerGuide() {
    }

    static Map<Integer, Exercise> read() throws IOException {
        List<String> lines = Files.readAllLines(FILE);
        Map<Integer, StringBuilder> expected = new LinkedHashMap<>();
        Map<Integer, List<String>> checks = new LinkedHashMap<>();
        Integer exercise = null;
        Integer answers = null;
        boolean inExpected = false;
        boolean inCheck = false;
        for (String line : lines) {
            Matcher e = EXERCISE.matcher(line);
            Matcher a = ANSWERS.matcher(line);
            if (inCheck) {
                if (line.startsWith("```")) {
                    inCheck = false;
                } else if (!line.isBlank()) {
                    checks.computeIfAbsent(answers, k -> new ArrayList<>()).add(line.trim());
                }
            } else if (line.startsWith("#")) {
                exercise = e.find() ? Integer.valueOf(e.group(1)) : null;
                answers = a.find() ? Integer.valueOf(a.group(1)) : null;
                inExpected = false;
            } else if (exercise != null && line.startsWith("**Expected answer.**")) {
                inExpected = true;
            } else if (line.startsWith("```check")) {
                if (answers == null) {
                    throw new IllegalStateException("A check block outside '### Answers to exercise N'");
                }
                if (checks.containsKey(answers)) {
                    throw new IllegalStateException("Two check blocks for exercise " + answers);
                }
                inCheck = true;
            }
            if (inExpected) {
                expected.computeIfAbsent(exercise, k -> new StringBuilder()).append(line).append('\n');
            }
        }
        Map<Integer, Exercise> out = new LinkedHashMap<>();
        Set<Integer> all = new LinkedHashSet<>(expected.keySet());
        all.addAll(checks.keySet());
        for (int n : all) {
            out.put(n, new Exercise(n, expected.getOrDefault(n, new StringBuilder()).toString(),
                    checks.getOrDefault(n, List.of())));
        }
        return out;
    }

    /** The numbers of a text worth checking, normalised ("1,584" → "1584"). */
    static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String whole = m.group(1).replace(",", "");
            if (m.group(2) != null || whole.length() >= 3) {
                out.add(whole + (m.group(2) == null ? "" : m.group(2)));
            }
        }
        return out;
    }

    static Set<String> matches(Pattern p, String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
