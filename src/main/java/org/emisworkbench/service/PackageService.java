package org.emisworkbench.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.exchange.PackagePartRows;
import org.emisworkbench.exchange.PackageZip;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.DistrictPackage;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.store.CensusLoader;
import org.emisworkbench.store.DistrictPackages;

/**
 * From district to nation (docs/exchange.md, decision 0015): a district's checked year as one package
 * file for the ministry, and packages put together in a national workspace, each all or nothing, a newer
 * package of a district and year replacing the earlier one (kept as history), the district's confirmed
 * findings staying confirmed.
 */
public final class PackageService {
    static final List<String> ZIP = List.of(".zip");

    private final Workbench workbench;

    PackageService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** A package written: where, and the rows of each part. */
    public record Sent(Path file, String district, int year, int schools, Map<String, Long> rows) {
    }

    /**
     * A package imported, or ({@code already}) found imported before and left as it was.
     *
     * @param replaced the history id of the earlier package of the district and year it replaced, or null
     */
    public record Received(Path file, String district, int year, boolean already, int files, int schools,
                           long figures, int findings, int marks, Long replaced) {
    }

    /**
     * Writes {@code district}'s {@code year} to {@code out} (a {@code .zip}, by custom {@code D03-2025.emis.zip}),
     * through a temporary file moved into place, never over the workspace, over an earlier file only when
     * {@code replace}.
     */
    public Sent write(int year, String district, Path out, boolean replace, Progress progress, Cancellation cancel) {
        workbench.reports().check(out, ZIP, replace);
        GradeSystem grades = workbench.store(ws -> new CensusLoader(ws).grades());
        progress.step(0, -1, Message.of("package.writing", district, year));
        DistrictPackages.Contents[] contents = new DistrictPackages.Contents[1];
        List<PackageZip.Part> parts = new ArrayList<>();
        Path written = workbench.reports().write(out, ZIP, replace, file -> {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file))) {
                PackageZip.Writer zip = new PackageZip.Writer(os, DistrictPackages.PARTS);
                contents[0] = workbench.store(ws -> new DistrictPackages(ws).write(year, district, grades,
                        (part, row) -> {
                            try {
                                zip.row(part, row);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }, cancel));
                DistrictPackages.Contents c = contents[0];
                parts.addAll(zip.finish(new PackageZip.Manifest(PackageZip.VERSION, c.district(), c.districtName(),
                        year, Instant.now(), System.getProperty("user.name"),
                        workbench.name(), c.templates(),
                        c.rulePacks().stream().map(p -> new PackageZip.RulePack(p.id(), p.version())).toList(),
                        List.of())));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        Map<String, Long> rows = new LinkedHashMap<>();
        parts.forEach(p -> rows.put(p.name(), p.rows()));
        return new Sent(written, contents[0].district(), year, contents[0].schools(), rows);
    }

    /**
     * Imports district packages one after the other, each all or nothing; {@code finished} hears each
     * package's outcome. A package refused does not stop the next ones.
     *
     * @return the packages imported; the refused ones are in {@code refused} as their messages
     */
    public List<Received> importPackages(List<Path> files, Progress progress, Cancellation cancel,
                                         List<Message> refused) {
        List<Received> out = new ArrayList<>();
        BackupBeforeImport backup = new BackupBeforeImport(workbench, ImportRequest.DEFAULT_BACKUPS_KEPT, progress,
                cancel);
        for (int i = 0; i < files.size(); i++) {
            cancel.check();
            progress.update(i, files.size(), files.get(i).getFileName().toString());
            try {
                out.add(importPackage(files.get(i), backup, progress, cancel));
            } catch (ServiceException e) {
                refused.add(e.message());
            }
        }
        progress.update(files.size(), files.size(), null);
        backup.finish(!out.isEmpty());
        return out;
    }

    /** Imports one package, all or nothing; a package that does not match its manifest is refused, naming the part. */
    public Received importPackage(Path file, Progress progress, Cancellation cancel) {
        BackupBeforeImport backup = new BackupBeforeImport(workbench, ImportRequest.DEFAULT_BACKUPS_KEPT, progress,
                cancel);
        Received received = null;
        try {
            received = importPackage(file, backup, progress, cancel);
            return received;
        } finally {
            backup.finish(received != null);
        }
    }

    private Received importPackage(Path file, BackupBeforeImport backup, Progress progress, Cancellation cancel) {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw new ServiceException(Message.of("package.noSuchFile", file));
            }
            String sha;
            try {
                sha = WorkbookFiles.sha256(file);
            } catch (IOException e) {
                throw new ServiceException(Message.of("package.cannotRead", e.getMessage()));
            }
            try (PackageZip.Reader zip = PackageZip.Reader.open(file, DistrictPackages.PARTS)) {
                // Every part is checked against the manifest before anything is written.
                zip.verify();
                PackageZip.Manifest m = zip.manifest();
                if (m.rulePacks().isEmpty() && m.rows("findings") > 0) {
                    throw new ServiceException(Message.of("package.badManifest", Message.of("package.why.field", "rule_packs")));
                }
                DistrictPackages.Identity id = new DistrictPackages.Identity(name, sha, m.district(), m.year(),
                        m.madeAt(), m.madeBy(), m.madeIn(), m.rulePacks().stream()
                        .map(p -> new DistrictPackages.RulePack(p.id(), p.version())).toList());
                synchronized (workbench.importLock) {
                    Message noBackup = backup.beforeWriting();
                    if (noBackup != null) {
                        throw new ServiceException(Message.of("import.noBackup", name, noBackup));
                    }
                    DistrictPackages.Imported done = workbench.store(ws -> new DistrictPackages(ws)
                            .read(id, part -> rows(zip.rows(part)), progress, cancel));
                    if (done == null) {
                        return new Received(file, m.district(), m.year(), true, 0, 0, 0, 0, 0, null);
                    }
                    return new Received(file, done.district(), done.year(), false, done.files(), done.schools(),
                            done.figures(), done.findings(), done.marks(), done.replaced());
                }
            }
        } catch (org.emisworkbench.model.Refusal e) {
            throw new ServiceException(Message.of("package.refused", name, e.message()), e);
        } catch (ServiceException e) {
            throw new ServiceException(Message.of("package.refused", name, e.message()), e);
        }
    }

    private static DistrictPackages.Rows rows(PackagePartRows rows) {
        return new DistrictPackages.Rows() {
            @Override
            public Map<String, Object> next() {
                return rows.next();
            }

            @Override
            public long line() {
                return rows.line();
            }

            @Override
            public void close() {
                rows.close();
            }
        };
    }

    /** The packages imported into this workspace, newest first, the replaced ones kept as history. */
    public List<DistrictPackage> history() {
        return workbench.store(ws -> new DistrictPackages(ws).history());
    }
}
