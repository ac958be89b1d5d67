package org.emisworkbench.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** Resolves a file a template refers to, refusing anything outside the template's folder. */
final class TemplatePaths {
    private TemplatePaths() {
    }

    /** The file inside {@code folder}, or null with a problem in {@code errors}. */
    static Path resolveInside(Path folder, String name, String path, List<String> errors) {
        if (folder == null) {
            errors.add(path + ": built-in templates cannot refer to files");
            return null;
        }
        if (name == null || name.isBlank()) {
            errors.add(path + ": empty file name");
            return null;
        }
        try {
            Path relative = Path.of(name);
            if (relative.isAbsolute() || relative.getRoot() != null || name.startsWith("/") || name.startsWith("\\")
                    || name.contains(":")) {
                errors.add(path + ": \"" + name + "\" must be a file name relative to the template's folder");
                return null;
            }
            Path base = folder.toAbsolutePath().normalize();
            Path resolved = base.resolve(relative).normalize();
            if (!resolved.startsWith(base) || name.contains("..")) {
                errors.add(path + ": \"" + name + "\" points outside the template's folder");
                return null;
            }
            if (!Files.isRegularFile(resolved)) {
                errors.add(path + ": \"" + name + "\" not found next to the template");
                return null;
            }
            // A symbolic link inside the folder may still lead out of it.
            if (!resolved.toRealPath().startsWith(base.toRealPath())) {
                errors.add(path + ": \"" + name + "\" points outside the template's folder");
                return null;
            }
            return resolved;
        } catch (InvalidPathException | IOException e) {
            errors.add(path + ": \"" + name + "\" is not a usable file name");
            return null;
        }
    }
}
