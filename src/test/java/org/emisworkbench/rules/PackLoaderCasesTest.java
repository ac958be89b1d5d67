package org.emisworkbench.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.emisworkbench.rules.pack.PackProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule packs with problems, as data (golden files): each {@code NAME.json} of
 * {@code src/test/resources/rule-cases} is refused with exactly the problems of {@code NAME.problems},
 * one a line, in the order reported. A new case is two files, no code. {@code -Dgolden.write=true}
 * writes the problems found instead, to review before committing.
 */
class PackLoaderCasesTest {
    private static final Path CASES = Path.of("src/test/resources/rule-cases");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aPackIsRefusedWithExactlyItsProblems(String name) throws IOException {
        List<String> found = PackLoaderRuleTest.problems(Files.readString(CASES.resolve(name + ".json"))).stream()
                .map(PackProblem::toString).toList();
        Path golden = CASES.resolve(name + ".problems");
        if (Boolean.getBoolean("golden.write")) {
            Files.write(golden, found);
        }
        List<String> expected = Files.readAllLines(golden);
        assertFalse(expected.isEmpty(), name);
        assertEquals(String.join("\n", expected), String.join("\n", found), name);
    }
}
