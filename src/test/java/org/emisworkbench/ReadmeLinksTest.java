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
}
