package org.emisworkbench.service;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Message;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateException;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.template.TemplateRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A template given to an import as a file ({@code import --template FILE}) is kept in the {@code templates} folder
 * beside the workspace file, so that the commands after it (trace, explore, template check) find the grade names the
 * returns print without the officer copying the file. A workspace's templates already live there (the mapping screen
 * saves into it, and it travels with the workspace); a template is data, read by the one loader, and a copy is no
 * more. Nothing is overwritten: a file of the same name gets the template's id as its name instead, and a template
 * of the same id with other content already there is left as it is, and said. The workspace itself is not changed
 * (no template text in the database, no migration). A shared workspace has no folder: nothing is kept.
 */
final class KeptTemplates {
    private static final Logger LOG = LoggerFactory.getLogger(KeptTemplates.class);

    private KeptTemplates() {
    }

    /**
     * Keeps {@code used}, read from {@code given}, beside {@code workspaceFile}; what to tell the officer, or null when
     * nothing was to be said (not a file, a shared workspace, the same template already there).
     */
    static Message keep(Path workspaceFile, String given, Template used) {
        if (workspaceFile == null || given == null || used == null) {
            return null;
        }
        Path source = Path.of(given);
        if (!Files.isRegularFile(source) || Files.isSymbolicLink(source)) {
            return null; // an id: the template is already among the workspace's
        }
        Path folder = TemplateCatalog.workspaceFolder(workspaceFile);
        try {
            Map<Path, Path> files = new LinkedHashMap<>(); // source file → where it goes
            TemplateRegistry there = TemplateRegistry.load(null, folder);
            String origin = there.byId(used.id()).isPresent() ? there.origin(used.id()) : null;
            if ("built-in".equals(origin)) {
                // Kept, it would replace the built-in template of that id for every later import of the workspace.
                return Message.of("import.templateNotKeptBuiltIn", used.id());
            }
            if (origin != null) {
                Path kept = Path.of(origin);
                if (Files.isSameFile(kept, source) || same(kept, source)) {
                    return null;
                }
                return Message.of("import.templateNotKept", used.id(), kept, source.toAbsolutePath().normalize());
            }
            files.put(source, freeName(folder, source.getFileName().toString(), used.id()));
            Path from = source.toAbsolutePath().normalize().getParent();
            Path root = folder.toAbsolutePath().normalize();
            for (String list : used.codeListFiles()) {
                Path in = from.resolve(list).normalize();
                Path to = root.resolve(list).normalize();
                if (!in.startsWith(from) || !to.startsWith(root)) {
                    return null; // the loader refused such a name already
                }
                if (Files.exists(to) && !same(to, in)) {
                    return Message.of("import.templateNotKept", used.id(), to, in);
                }
                files.put(in, to);
            }
            Files.createDirectories(folder);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> e : files.entrySet()) {
                if (!Files.exists(e.getValue())) {
                    Files.createDirectories(e.getValue().getParent());
                    Files.copy(e.getKey(), e.getValue());
                    written.add(e.getValue());
                }
            }
            Path copy = files.get(source);
            try {
                TemplateLoader.load(copy);
            } catch (TemplateException e) {
                // Read beside the file it came with, it loaded: a copy that does not is taken back, never left broken.
                for (Path w : written) {
                    Files.deleteIfExists(w);
                }
                return Message.of("import.templateNotCopied", used.id(), folder, e.getMessage());
            }
            return Message.of("import.templateKept", used.id(), copy);
        } catch (FileAlreadyExistsException e) {
            return Message.of("import.templateNotCopied", used.id(), folder, "a file appeared meanwhile: " + e.getFile());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Template {} not kept beside the workspace", used.id(), e);
            return Message.of("import.templateNotCopied", used.id(), folder, String.valueOf(e.getMessage()));
        }
    }

    /** The file's own name when free, else the template's id ({@code ID.json}, {@code ID-2.json}…). */
    private static Path freeName(Path folder, String fileName, String id) {
        Path own = folder.resolve(fileName);
        if (!Files.exists(own, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return own;
        }
        String base = ReportService.safe(id);
        for (int i = 1; ; i++) {
            Path p = folder.resolve(base + (i == 1 ? "" : "-" + i) + ".json");
            if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
    }

    private static boolean same(Path a, Path b) throws IOException {
        return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    }
}
