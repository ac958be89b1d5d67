package org.emisworkbench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.emisworkbench.model.DiskFull;
import org.emisworkbench.model.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk while an output is written is said plainly, whatever the writing library wrapped the
 * operating system's words in, and the earlier output of that name stays whole (issue 12, 9c).
 */
class OutputFileDiskFullTest {
    @TempDir
    Path dir;

    private Path earlierPdf() throws IOException {
        Path out = dir.resolve("summary.pdf");
        Files.writeString(out, "%PDF-1.4 an earlier summary", StandardCharsets.ISO_8859_1);
        return out;
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    @Test
    void theOperatingSystemsWordsWrappedByAPdfLibraryBecomeOnePlainRefusal() throws Exception {
        Path out = earlierPdf();
        byte[] before = Files.readAllBytes(out);
        // OpenPDF's ExceptionConverter: a RuntimeException whose cause (and message) is the IOException.
        Refusal r = assertThrows(Refusal.class, () -> OutputFile.write(out, List.of(".pdf"), true, null, f -> {
            Files.writeString(f, "%PDF-1.4 half");
            throw new RuntimeException(new IOException("No space left on device"));
        }));
        assertEquals("output.diskFull", r.message().key());
        assertTrue(r.getMessage().startsWith("The disk is full: summary.pdf could not be written"), r.getMessage());
        assertArrayEquals(before, Files.readAllBytes(out), "the earlier summary is whole");
        assertTrue(leftovers().isEmpty(), "no temporary file left: " + leftovers());
    }

    @Test
    void aWritersOwnFailureOnADiskWithRoomIsPassedOnAsItIs() throws Exception {
        Path out = earlierPdf();
        RuntimeException own = new IllegalStateException("Failed to save: content types part");
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> OutputFile.write(out, List.of(".pdf"), true, null, f -> {
                    throw own;
                }));
        assertSame(own, thrown, "a disk with room left: not called a full disk");
        assertTrue(Files.getFileStore(dir).getUsableSpace() >= OutputFile.NEARLY_FULL, "the test disk has room");
        assertFalse(OutputFile.diskFull(own, dir));
        assertTrue(leftovers().isEmpty());
    }

    @Test
    void aPlainRefusalFromTheContentIsNotTakenForAFullDisk() throws Exception {
        Path out = dir.resolve("d01.xlsx");
        Refusal noSchools = new Refusal("output.exists", "x"); // any refusal already in plain words
        assertSame(noSchools, assertThrows(Refusal.class,
                () -> OutputFile.write(out, List.of(".xlsx"), false, null, f -> {
                    throw noSchools;
                })));
        assertFalse(Files.exists(out));
    }

    @Test
    void theWordsAreFoundAsACauseAsWhatWasSuppressedOrNotAtAll() {
        IOException enospc = new IOException("No space left on device");
        assertTrue(DiskFull.anywhereIn(new RuntimeException("wrapper", enospc)));
        RuntimeException closing = new RuntimeException("page missing");
        closing.addSuppressed(new IOException("There is not enough space on the disk"));
        assertTrue(DiskFull.anywhereIn(closing), "Windows' words, suppressed under the next failure");
        assertTrue(DiskFull.anywhereIn(new IOException("Disk quota exceeded")));
        assertFalse(DiskFull.anywhereIn(new IOException("Permission denied")));
        assertFalse(DiskFull.anywhereIn(new RuntimeException("Failed to save: content types part")));
        assertFalse(DiskFull.anywhereIn(null));
    }
}
