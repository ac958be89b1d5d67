package org.emisworkbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.emisworkbench.model.DiskFull;
import org.emisworkbench.model.Refusal;

/**
 * The one way every output file is written (summaries, exports, query workbooks, charts, the sample
 * country, corrected returns): never over the open workspace, never over a file of another kind
 * (an {@code .xlsx} output replaces only an {@code .xlsx}, a PDF only a PDF — judged by the name and
 * by the file's first bytes, so a letter renamed {@code notes.xlsx} is not replaced — and nothing replaces
 * an H2 database whatever its name), over an earlier output only when the officer said so ({@code --force},
 * or the window's save dialog, which asks first), and through a temporary file in the same folder
 * moved into place at the end, so a failed write leaves the old file whole.
 */
public final class OutputFile {
    private OutputFile() {
    }

    /** Writes the content to the file given; the file does not exist yet and is in the target's folder. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }


    /**
     * Checks that {@code target} may be written, without writing anything: its name ends with one of
     * {@code extensions} (".xlsx"), it is not {@code workspace} (the open workspace file, or null) nor a
     * database, and it exists only if {@code replace}.
     *
     * @throws Refusal with a plain message otherwise
     */
    public static void check(Path target, List<String> extensions, boolean replace, Path workspace) {
        Path file = target.toAbsolutePath().normalize();
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (extensions.stream().noneMatch(e -> name.toLowerCase(Locale.ROOT).endsWith(e))) {
            throw new Refusal("output.wrongKind", name, String.join(" / ", extensions));
        }
        if (workspace != null && sameFile(file, workspace)) {
            throw new Refusal("output.isWorkspace", name);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new Refusal("output.otherKind", name); // a link to nothing, or no right to look
        }
        String realName = real.getFileName() == null ? "" : real.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(real) || extensions.stream().noneMatch(realName::endsWith)) {
            throw new Refusal("output.otherKind", name);
        }
        // The file's first bytes, read once: a database under any name, or content not of the kind its name says.
        String head = head(real);
        if (head == null || head.startsWith("H:2") || !holdsItsKind(head, realName)) {
            throw new Refusal("output.otherKind", name);
        }
        if (!replace) {
            throw new Refusal("output.exists", name);
        }
    }

    /**
     * Checks {@code target} as {@link #check} does, then writes it through a temporary file in the same
     * folder, moved over the target at the end.
     *
     * @return the file written
     * @throws Refusal     when the target may not be written
     * @throws IOException when writing fails; the target is then as it was
     */
    public static Path write(Path target, List<String> extensions, boolean replace, Path workspace, Content content)
            throws IOException {
        check(target, extensions, replace, workspace);
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        Files.createDirectories(folder);
        // Same folder (so the move is a rename), same extension (writers choose the format by it).
        Path temp = Files.createTempFile(folder, ".", "-" + file.getFileName());
        try {
            Files.delete(temp); // writers create their file themselves
            try {
                content.writeTo(temp);
            } catch (IOException | RuntimeException e) {
                // A refusal in plain words (no schools to write, say) is passed on as it is.
                if (!(e instanceof org.emisworkbench.model.Localized) && diskFull(e, folder)) {
                    // Said plainly whatever the writer wrapped it in (POI's "Failed to save: content types
                    // part", OpenPDF's ExceptionConverter): the old file is left whole below.
                    throw new Refusal("output.diskFull", file.getFileName().toString());
                }
                throw e;
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Whether a failed write was the disk running out of room: the failure says so somewhere in its chain, or a
     * writer dropped those words (POI logs them and throws its own) and the folder's disk has next to no room left.
     */
    static boolean diskFull(Throwable failure, Path folder) {
        if (DiskFull.anywhereIn(failure)) {
            return true;
        }
        try {
            return Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Less room than this left on the output's disk after a failed write means the disk filled. */
    static final long NEARLY_FULL = 1L << 20;

    private static boolean sameFile(Path file, Path workspace) {
        try {
            if (file.equals(workspace.toAbsolutePath().normalize())) {
                return true;
            }
            return Files.exists(file) && Files.exists(workspace) && Files.isSameFile(file, workspace);
        } catch (IOException e) {
            return true; // cannot tell: do not risk the workspace
        }
    }

    /**
     * True when an existing file's content is of the kind its name says (a letter saved as
     * {@code notes.xlsx} is not a workbook): judged by its first bytes, as the programs that open it do.
     * An empty file holds nothing to lose. A kind not listed here is judged by its name alone.
     */
    static boolean holdsItsKind(String start, String lowerName) {
        if (start.isEmpty()) {
            return true;
        }
        if (lowerName.endsWith(".xlsx") || lowerName.endsWith(".xlsm") || lowerName.endsWith(".zip")
                || lowerName.endsWith(".docx")) {
            return start.startsWith("PK\u0003\u0004");
        }
        if (lowerName.endsWith(".xls")) {
            return start.startsWith("\u00D0\u00CF\u0011\u00E0");
        }
        if (lowerName.endsWith(".pdf")) {
            return start.startsWith("%PDF");
        }
        if (lowerName.endsWith(".png")) {
            return start.startsWith("\u0089PNG");
        }
        String text = start.startsWith("\u00EF\u00BB\u00BF") ? start.substring(3) : start;
        if (lowerName.endsWith(".json") || lowerName.endsWith(".geojson")) {
            String t = text.stripLeading();
            return t.isEmpty() || t.charAt(0) == '{' || t.charAt(0) == '[';
        }
        if (lowerName.endsWith(".svg")) {
            return text.stripLeading().startsWith("<");
        }
        if (lowerName.endsWith(".csv") || lowerName.endsWith(".txt")) {
            return text.indexOf('\u0000') < 0 && !start.startsWith("PK\u0003\u0004") && !start.startsWith("%PDF");
        }
        return true;
    }

    /**
     * The first 4 KB of an existing file as Latin-1 text (one character a byte), or null when it cannot be read
     * (refused as of another kind: nothing unread is replaced). An H2 database, a workspace or its backup under any
     * name, starts with "H:2".
     */
    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return null;
        }
    }
}
