package org.emisworkbench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.store.Workspace;
import org.emisworkbench.store.WorkspaceException;
import org.emisworkbench.store.WorkspaceFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Workshop mode: a participant's workspace back to a fresh import of the sample country, so that
 * everyone can start an exercise again. The workspace that was there is moved aside, never deleted.
 */
public final class WorkshopService {
    /** The label of the copy kept of the replaced workspace: {@code census.before-reset.mv.db}. */
    public static final String SET_ASIDE_LABEL = "before-reset";
    private static final Logger LOG = LoggerFactory.getLogger(WorkshopService.class);

    private WorkshopService() {
    }

    /** Where {@link #reset} keeps the workspace it replaces at {@code db}. */
    public static Path setAsideFile(Path db) {
        return WorkspaceFiles.asideName(db, SET_ASIDE_LABEL);
    }

    /**
     * Replaces the workspace at {@code db} with a new one holding the sample country. A workspace already
     * there is moved to {@link #setAsideFile} (replacing an older one of that name); a file that is not a
     * workspace database is left alone and the reset refused.
     *
     * @param samples the sample workbooks, or null for the ones the window's "Open the sample country"
     *                uses ({@link SampleCountry#findOrGenerate}, made in {@code home} when not found)
     * @throws ServiceException when {@code db} is not a workspace, is in use, or {@code samples} is not a
     *                          sample country; nothing was changed then
     */
    public static WorkshopReset reset(Path db, Path samples, Path home, Progress progress, Cancellation cancel) {
        long start = System.nanoTime();
        if (samples != null && !SampleCountry.isSampleFolder(samples)) {
            throw new ServiceException(Message.of("workshop.notSamples", samples));
        }
        WorkspaceFiles.Found there = inspect(db);
        progress.step(0, -1, Message.of("progress.findingSamples"));
        Path folder = samples != null ? samples.toAbsolutePath().normalize()
                : SampleCountry.findOrGenerate(home, progress, cancel);
        cancel.check();
        // Only now, with the workbooks at hand, is the old workspace moved: a failure before leaves it in place.
        Path setAside = there == WorkspaceFiles.Found.WORKSPACE ? setAside(db) : null;
        try (Workbench wb = Workbench.open(db)) {
            // Built-in templates only: a trainer's own templates must not change how the sample country reads.
            ImportReport report = new ImportService(wb, TemplateCatalog.load(null)).importFiles(
                    new ImportRequest(List.of(folder), null, null), progress, cancel);
            SampleCountry.boundaries(wb, folder);
            Map<Integer, Integer> byYear = new TreeMap<>();
            for (SchoolListing s : wb.schools(null, null)) {
                byYear.merge(s.year(), 1, Integer::sum);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            WorkshopReset result = new WorkshopReset(wb.databaseFile(), setAside, folder, report,
                    new TreeMap<>(byYear), plantedErrors(folder), millis);
            LOG.info("Workshop reset of {} from {} in {} ms (old workspace set aside: {})", result.database(),
                    folder, millis, setAside);
            return result;
        }
    }

    private static WorkspaceFiles.Found inspect(Path db) {
        WorkspaceFiles.Found there;
        try {
            there = WorkspaceFiles.inspect(db);
        } catch (WorkspaceException e) {
            throw new ServiceException(Message.of("workshop.unchanged", e.message()), e);
        }
        if (there == WorkspaceFiles.Found.OTHER) {
            throw new ServiceException(Message.of("workshop.notWorkspace", Workspace.databaseFile(db)));
        }
        return there;
    }

    private static Path setAside(Path db) {
        return Workbench.translated(() -> WorkspaceFiles.setAside(db, SET_ASIDE_LABEL));
    }

    private static int plantedErrors(Path samples) {
        Path key = samples.resolve("answer-key.json");
        if (!Files.isRegularFile(key)) {
            return -1;
        }
        try {
            JsonNode entries = new ObjectMapper().readTree(key.toFile());
            return entries.isArray() ? entries.size() : -1;
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}", key, e.getMessage());
            return -1;
        }
    }
}
