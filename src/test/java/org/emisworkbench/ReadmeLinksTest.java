package org.emisworkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** README.md is the way into the documentation: every page under docs/ is linked from it, and every link works. */
class ReadmeLinksTest {
    @Test
    void everyDocIsLinkedFromTheReadmeAndEveryLinkResolves() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> unlinked;
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            unlinked = docs.filter(p -> p.toString().endsWith(".md")).map(p -> p.toString().replace('\\', '/'))
                    .filter(p -> !readme.contains("](" + p + ")")).sorted().toList();
        }
        assertEquals(List.of(), unlinked, "docs not linked from README.md");
        List<String> broken = java.util.regex.Pattern.compile("\\]\\(([^)#:]+)\\)").matcher(readme).results()
                .map(m -> m.group(1)).filter(link -> !Files.exists(Path.of(link))).toList();
        assertEquals(List.of(), broken, "links of README.md to nothing");
    }

    /**
     * No text file of the project keeps a merge's conflict markers (README.md did for a day: the decision list showed
     * {@code <<<<<<< HEAD} to every reader, and no test read it).
     */
    @Test
    void noFileKeepsMergeConflictMarkers() throws IOException {
        List<String> marked;
        try (Stream<Path> files = Stream.concat(Stream.of(Path.of("README.md")),
                Stream.of("docs", "src", "installer", ".ci").map(Path::of).filter(Files::exists).flatMap(ReadmeLinksTest::walk))) {
            marked = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(md|java|json|properties|xml|sh|txt|csv)$"))
                    .filter(ReadmeLinksTest::hasConflictMarker).map(Path::toString).sorted().toList();
        }
        assertEquals(List.of(), marked, "files with merge conflict markers");
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean hasConflictMarker(Path p) {
        try (Stream<String> lines = Files.lines(p, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return lines.anyMatch(l -> l.startsWith("<<<<<<< ") || l.startsWith(">>>>>>> "));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
