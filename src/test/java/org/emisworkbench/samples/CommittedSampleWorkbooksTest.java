package org.emisworkbench.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.emisworkbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample-workbooks/ folder is what the generator makes with the defaults. */
class CommittedSampleWorkbooksTest {
    private static final Path COMMITTED = Path.of("sample-workbooks");

    @TempDir
    Path out;

    @Test
    void committedSetIsUpToDate() throws IOException {
        assumeTrue(Files.isDirectory(COMMITTED), "run from the project folder");
        SampleCountryGenerator.generate(out, SampleCountryGenerator.DEFAULT_SEED,
                SampleCountryGenerator.DEFAULT_SCHOOLS, Progress.NONE);
        List<Path> expected = files(out);
        List<Path> committed = files(COMMITTED).stream().filter(p -> !p.toString().equals("README.md")).toList();
        assertEquals(expected, committed, "regenerate with: emis samples --out sample-workbooks");
        for (Path f : expected) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(COMMITTED.resolve(f)),
                    f + " differs; regenerate sample-workbooks");
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
