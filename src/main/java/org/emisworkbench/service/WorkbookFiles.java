package org.emisworkbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.emisworkbench.model.Message;

/** Finding workbooks in folders, and fingerprinting their content. */
final class WorkbookFiles {
    private WorkbookFiles() {
    }

    /**
     * The files to import and what could not be looked at. A problem names a path (a folder that cannot
     * be opened, a loop of folder links, a named pipe) and says why; the other files are still imported.
     */
    record Listing(List<Path> files, List<Problem> problems) {
        Listing {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** A path that was not imported, and why in plain words. */
    record Problem(Path path, Message message) {
    }

    static boolean isWorkbookName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        // "~$name.xlsx" is Excel's lock file of an open workbook, not a workbook.
        return !n.startsWith("~$") && (n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls"));
    }

    /**
     * The phrase (a {@code workbook.looksLike.*} key) for a file of figures in a form the workbench does not read,
     * by its name: text exports (CSV, TSV), OpenDocument and Excel binary workbooks; null for any other file.
     */
    static String dataOfAnotherKind(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.startsWith("~$") || n.startsWith(".~lock")) {
            return null;
        }
        int dot = n.lastIndexOf('.');
        return switch (dot < 0 ? "" : n.substring(dot + 1)) {
            case "csv", "tsv", "txt" -> "workbook.looksLike.text";
            case "ods", "fods" -> "workbook.looksLike.openDocument";
            case "xlsb" -> "workbook.looksLike.xlsb";
            default -> null;
        };
    }

    /**
     * Files as given (whatever their extension), and workbooks found in folders, in a stable order.
     * Folder links are followed, a link given directly too; a loop of links is reported and read once.
     */
    static Listing expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                Walk walk = new Walk();
                try {
                    Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
                } catch (IOException e) {
                    walk.failed(p, e);
                }
                walk.files.sort(null);
                walk.problems.sort(java.util.Comparator.comparing(Problem::path));
                out.addAll(walk.files);
                problems.addAll(walk.problems);
                if (walk.files.isEmpty() && walk.problems.isEmpty()) {
                    // A folder that brings nothing is said, never a quiet "0 file(s)" (review 27, F7).
                    problems.add(new Problem(p, Message.of("import.noWorkbookInFolder", p)));
                }
            } else {
                out.add(p);
            }
        }
        return new Listing(out, problems);
    }

    /** Collects the workbooks of a folder tree; a part that cannot be read is noted and the walk goes on. */
    static final class Walk implements FileVisitor<Path> {
        final List<Path> files = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isWorkbookName(file)) {
                if (attrs.isRegularFile()) {
                    files.add(file);
                } else {
                    problems.add(new Problem(file, Message.of("import.notAFile", file.getFileName(), kind(file))));
                }
            } else if (attrs.isRegularFile() && dataOfAnotherKind(file) != null) {
                // Figures the officer may think were read (a CSV export, a LibreOffice sheet) are named, with
                // what to do; letters, PDFs and pictures beside the returns are no figures and pass unsaid.
                problems.add(new Problem(file, Message.of("import.skippedInFolder", file.getFileName(),
                        Message.of(dataOfAnotherKind(file)))));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            failed(file, e);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                failed(dir, e);
            }
            return FileVisitResult.CONTINUE;
        }

        void failed(Path path, IOException e) {
            Message m;
            if (e instanceof FileSystemLoopException) {
                m = Message.of("import.folderLoop", path);
            } else if (e instanceof AccessDeniedException) {
                m = Message.of("import.folderDenied", path);
            } else if (e instanceof NoSuchFileException) {
                m = Message.of("import.brokenLink", path);
            } else {
                m = Message.of("import.folderUnreadable", path, String.valueOf(e.getMessage()));
            }
            problems.add(new Problem(path, m));
        }
    }

    /**
     * What a path that is not a plain file is, as a phrase: a named pipe would block a reader forever,
     * a device or socket is no workbook, a link may point nowhere.
     */
    static Message kind(Path p) {
        if (Files.isDirectory(p)) {
            return Message.of("fileKind.folder");
        }
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            return Message.of("fileKind.brokenLink");
        }
        try {
            int type = ((Integer) Files.getAttribute(p, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> Message.of("fileKind.fifo");
                case 0020000, 0060000 -> Message.of("fileKind.device");
                case 0140000 -> Message.of("fileKind.socket");
                default -> Message.of("fileKind.special");
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return Message.of("fileKind.special");
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
