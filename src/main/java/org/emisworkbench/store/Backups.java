package org.emisworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.emisworkbench.model.WorkspaceBackup;
import org.emisworkbench.model.WorkspaceBackup.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups beside a workspace, found by name: {@code NAME.backup-before-import-YYYYMMDD-HHMMSS.mv.db}
 * (made before each import, the newest few kept), {@code NAME.backup-vN-YYYYMMDD-HHMMSS.mv.db} (made before
 * a schema upgrade, never removed) and any other {@code NAME.backup-YYYYMMDD-HHMMSS.mv.db} a person made.
 * Two copies made in the same second get {@code -2}, {@code -3}… after the time.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    /** How many backups made before imports are kept when the officer did not say. */
    public static final int DEFAULT_KEPT = 3;
    /** The most the setting allows: each is a whole copy of the workspace. */
    public static final int MAX_KEPT = 20;
    static final String BEFORE_IMPORT = "before-import-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("\\.backup-(" + BEFORE_IMPORT + "|v[^-]+-)?(\\d{8}-\\d{6})"
            + "(?:-(\\d+))?" + Pattern.quote(Workspace.SUFFIX) + "$");

    private Backups() {
    }

    /** The backups of the workspace {@code path} ({@code census} or {@code census.mv.db}), newest first. */
    public static List<WorkspaceBackup> beside(Path path) {
        Path file = Workspace.databaseFile(path);
        String stem = WorkspaceDamage.stem(file);
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        List<WorkspaceBackup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(p -> {
                String n = p.getFileName().toString();
                if (n.startsWith(stem + ".backup-") && Files.isRegularFile(p)) {
                    parse(p, n.substring(stem.length())).ifPresent(found::add);
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("Cannot list the backups beside {}: {}", file, e.getMessage());
            return List.of();
        }
        found.sort(Comparator.comparing(WorkspaceBackup::madeAt).thenComparing(WorkspaceBackup::number).reversed());
        return List.copyOf(found);
    }

    /** The newest backup of the workspace, if any. */
    public static Optional<Path> newest(Path path) {
        return beside(path).stream().findFirst().map(WorkspaceBackup::file);
    }

    private static Optional<WorkspaceBackup> parse(Path p, String tail) {
        Matcher m = NAME.matcher(tail);
        if (!m.matches()) {
            return Optional.empty();
        }
        Kind kind = m.group(1) == null ? Kind.OTHER : m.group(1).equals(BEFORE_IMPORT) ? Kind.BEFORE_IMPORT
                : Kind.BEFORE_UPGRADE;
        try {
            LocalDateTime at = LocalDateTime.parse(m.group(2), STAMP);
            return Optional.of(new WorkspaceBackup(p, kind, at, m.group(3) == null ? 1 : Integer.parseInt(m.group(3)),
                    Files.size(p)));
        } catch (DateTimeParseException | NumberFormatException | IOException e) {
            return Optional.empty(); // not a time, or gone meanwhile: not a backup of ours
        }
    }

    /**
     * A free name for a backup of {@code file} made now before an import: after the highest number already
     * used in this second, never a number freed by removing an older backup of the same second (a name given
     * twice would make two backups look like one).
     */
    static Path nextBeforeImport(Path file, LocalDateTime now) {
        String base = WorkspaceDamage.stem(file) + ".backup-" + BEFORE_IMPORT + now.format(STAMP);
        int highest = 0;
        Path folder = file.toAbsolutePath().getParent();
        try (java.util.stream.Stream<Path> siblings = Files.list(folder)) {
            for (Path p : (Iterable<Path>) siblings::iterator) {
                highest = Math.max(highest, numberOf(p.getFileName().toString(), base));
            }
        } catch (IOException e) {
            highest = 0; // the folder cannot be listed: fall back on the first name free
        }
        Path target = file.resolveSibling(highest == 0 ? base + Workspace.SUFFIX
                : base + "-" + (highest + 1) + Workspace.SUFFIX);
        for (int n = Math.max(2, highest + 2); Files.exists(target); n++) {
            target = file.resolveSibling(base + "-" + n + Workspace.SUFFIX);
        }
        return target;
    }

    /** 1 for the plain backup name of {@code base}, n for {@code base-n}, 0 for any other file. */
    private static int numberOf(String name, String base) {
        if (!name.startsWith(base) || !name.endsWith(Workspace.SUFFIX)) {
            return 0;
        }
        String middle = name.substring(base.length(), name.length() - Workspace.SUFFIX.length());
        if (middle.isEmpty()) {
            return 1;
        }
        return middle.matches("-\\d{1,6}") ? Integer.parseInt(middle.substring(1)) : 0;
    }

    /**
     * Removes the backups made before imports beyond the newest {@code kept}; the others (before an
     * upgrade, or made by a person) are never removed.
     *
     * @return the files removed
     */
    static List<Path> prune(Path file, int kept) {
        List<WorkspaceBackup> auto = beside(file).stream().filter(b -> b.kind() == Kind.BEFORE_IMPORT).toList();
        List<Path> removed = new ArrayList<>();
        for (WorkspaceBackup old : auto.subList(Math.min(Math.max(kept, 1), auto.size()), auto.size())) {
            try {
                Files.deleteIfExists(old.file());
                removed.add(old.file());
                LOG.info("Removed the old backup {}", old.file());
            } catch (IOException e) {
                LOG.warn("Could not remove the old backup {}: {}", old.file(), e.getMessage());
            }
        }
        return removed;
    }
}
