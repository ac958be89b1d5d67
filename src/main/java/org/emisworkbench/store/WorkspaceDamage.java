package org.emisworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.emisworkbench.model.Message;

/**
 * A damaged workspace is reported as damaged, left as it is, and the officer is pointed to the newest
 * backup beside it (the copies made before each import and before each upgrade).
 */
final class WorkspaceDamage {
    /** {@code NAME.backup-20261202-193000.mv.db} or {@code NAME.backup-v2-20261202-193000.mv.db}. */
    private static final Pattern BACKUP_STAMP = Pattern.compile("\\.backup-(?:v[^-]+-)?(\\d{8}-\\d{6})(?:-\\d+)?"
            + Pattern.quote(Workspace.SUFFIX) + "$");

    private WorkspaceDamage() {
    }

    /** The refusal of the damaged {@code file}, naming why and the newest backup if there is one. */
    static WorkspaceException damaged(Path file, Message why, Throwable cause) {
        Optional<Path> backup = newestBackup(file);
        return backup.isPresent()
                ? new WorkspaceException(cause, "workspace.damaged", file.getFileName(), why, backup.get())
                : new WorkspaceException(cause, "workspace.damagedNoBackup", file.getFileName(), why);
    }

    /** The backups of {@code file} beside it, newest first (by the time in their names). */
    static List<Path> backups(Path file) {
        String stem = stem(file);
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(stem + ".backup-") && BACKUP_STAMP.matcher(n).find() && Files.isRegularFile(p);
            }).sorted(Comparator.comparing(WorkspaceDamage::stamp).thenComparing(Path::toString).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static Optional<Path> newestBackup(Path file) {
        return backups(file).stream().findFirst();
    }

    private static String stamp(Path backup) {
        Matcher m = BACKUP_STAMP.matcher(backup.getFileName().toString());
        return m.find() ? m.group(1) : "";
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - Workspace.SUFFIX.length());
    }
}
