package org.emisworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps workspace files readable by their owner alone, where the file system has POSIX rights. */
final class FilePermissions {
    private static final Logger LOG = LoggerFactory.getLogger(FilePermissions.class);

    private FilePermissions() {
    }

    static void restrictToOwner(Path file) {
        if (!Files.exists(file) || Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return; // Windows: the user's profile folder already is private to the user.
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not restrict {} to its owner: {}", file, e.getMessage());
        }
    }
}
