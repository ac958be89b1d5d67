package org.emisworkbench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.emisworkbench.imports.ImportContext;
import org.emisworkbench.imports.ImportRejectedException;
import org.emisworkbench.imports.Interpreters;
import org.emisworkbench.imports.GradesPastPrimary;
import org.emisworkbench.imports.PrePrimarySummed;
import org.emisworkbench.imports.SheetsRead;
import org.emisworkbench.model.BatchInfo;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.CancelledException;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.HiddenRows;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.Localized;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SchoolNames;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.store.BatchHeader;
import org.emisworkbench.store.BatchTotals;
import org.emisworkbench.store.BatchWriter;
import org.emisworkbench.store.CensusLoader;
import org.emisworkbench.store.EngineErrors;
import org.emisworkbench.store.LowMemory;
import org.emisworkbench.store.WorkspaceException;
import org.emisworkbench.store.WorkspaceSummary;
import org.emisworkbench.template.CensusYears;
import org.emisworkbench.template.Role;
import org.emisworkbench.template.SchoolYears;
import org.emisworkbench.template.CompiledTemplate;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateMatch;
import org.emisworkbench.template.TemplateRegistry;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.workbook.Workbooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports census returns: each file all or nothing, in its own transaction. A file that cannot be
 * read, matched or stored changes nothing and gets one plain message; cell problems are recorded and
 * never stop the file.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final Workbench workbench;
    private final TemplateRegistry templates;

    public ImportService(Workbench workbench, TemplateCatalog templates) {
        this.workbench = workbench;
        this.templates = templates.registry();
    }

    /** Imports every file of the request in turn; stops early (the current file rolled back) when cancelled. */
    public ImportReport importFiles(ImportRequest request, Progress progress, Cancellation cancel) {
        return importFiles(request, progress, cancel, r -> { });
    }

    /**
     * As above; {@code finished} hears each file's result as soon as the file is done (on the importing
     * thread), so a screen can list it while the next file is read.
     */
    public ImportReport importFiles(ImportRequest request, Progress progress, Cancellation cancel,
                                    java.util.function.Consumer<FileResult> finished) {
        WorkbookFiles.Listing listing = WorkbookFiles.expand(request.paths());
        List<Path> files = listing.files();
        Template forced = request.template() == null ? null : resolveTemplate(request.template());
        GradeSystem grades = workbench.store(ws -> new CensusLoader(ws).grades());
        List<FileResult> results = new ArrayList<>();
        BackupBeforeImport backup = new BackupBeforeImport(workbench, request.backupsKept(), progress, cancel);
        // What could not be looked at (a locked folder, a loop of links, a named pipe) is reported first;
        // the files that could be listed are imported all the same.
        for (WorkbookFiles.Problem p : listing.problems()) {
            results.add(FileResult.failed(display(p.path()), FileOutcome.FAILED, p.message(), null, 0));
            finished.accept(results.get(results.size() - 1));
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress.update(i, files.size(), file.getFileName().toString());
            if (cancel.isCancelled()) {
                results.add(FileResult.failed(display(file), FileOutcome.CANCELLED, Message.of("import.cancelledBefore"),
                        null, 0));
                finished.accept(results.get(results.size() - 1));
                continue;
            }
            if (backup.failure() != null) {
                // No backup could be kept: nothing more is written in this run.
                results.add(FileResult.failed(display(file), FileOutcome.FAILED, Message.of("import.noBackup",
                        file.getFileName().toString(), backup.failure()), null, 0));
                continue;
            }
            String chosen = request.chosenFor(file);
            FileResult r = importGuarded(file, chosen, forced, request.template(), request.year(), grades, backup,
                    cancel);
            if (ImportFailures.closedAfterEarlierFailure(r, results) && workbench.workspace().answersAfterFailure()) {
                // The engine closed the workspace for the previous file's failure (it may do so a moment after
                // that file's message): this file is not at fault and wrote nothing that stays (its unfinished
                // batch goes at the reopening), so it is imported once more on the reopened workspace.
                LOG.info("Importing {} again: the workspace had been closed after the previous file failed", file);
                r = importGuarded(file, chosen, forced, request.template(), request.year(), grades, backup, cancel);
            }
            results.add(r);
            finished.accept(r);
            // After memory ran out the engine is restarted (it may answer yet fail every write); after any other
            // failure of a workspace file it is checked, and reopened if it closed itself (the file's own message
            // may name another cause than the engine's).
            boolean memory = r.outcome() == FileOutcome.FAILED && ImportFailures.memoryRanOut(r.outcomeMessage());
            if (r.outcome() == FileOutcome.FAILED && !(memory ? workbench.workspace().restartAfterMemoryFailure()
                    : workbench.workspace().file() == null || workbench.workspace().answersAfterFailure())) {
                // The engine closed the workspace and it could not be reopened: the files not yet imported
                // are each reported, none silently skipped (the rows of the failed file are removed at the
                // next opening, as after a crash).
                for (Path rest : files.subList(i + 1, files.size())) {
                    FileResult lost = FileResult.failed(display(rest), FileOutcome.FAILED, Message.of(
                            "import.workspaceClosed", rest.getFileName().toString()), null, 0);
                    results.add(lost);
                    finished.accept(lost);
                }
                break;
            }
        }
        progress.update(files.size(), files.size(), null);
        boolean stored = results.stream().anyMatch(r -> r.outcome() == FileOutcome.IMPORTED);
        backup.finish(stored);
        // A template given as a file stays with the workspace, for the commands that name grades as returns do.
        org.emisworkbench.model.Message kept = stored && forced != null && templates.byId(request.template()).isEmpty()
                ? KeptTemplates.keep(workbench.databaseFile(), request.template(), forced) : null;
        return new ImportReport(results, backup.made(), kept);
    }

    /**
     * One file, whatever fails: memory running out while matching or reading it, or the workspace failing,
     * becomes that file's result, so the files before it stay reported and the next ones are imported.
     */
    private FileResult importGuarded(Path file, String chosen, Template forced, String forcedAs, Integer year,
                                     GradeSystem grades, BackupBeforeImport backup, Cancellation cancel) {
        long memoryMark = LowMemory.mark();
        FileResult r;
        try {
            r = chosen != null
                    ? importOne(file, resolveTemplate(chosen), chosen, true, year, grades, backup, cancel)
                    : importOne(file, forced, forcedAs, false, year, grades, backup, cancel);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Storing has its own guard, which also rolls the file back; this is matching or reading. The file's
            // result says so in plain words; the Java error's name only in the debug log (issue 12, 4a).
            LOG.debug("Import of {} failed", file, e);
            r = FileResult.failed(display(file), FileOutcome.FAILED, Message.of("import.outOfMemory",
                    file.getFileName().toString()), null, 0);
        } catch (WorkspaceException | ServiceException e) {
            // The workspace itself failed (the engine closed it after running out of memory): the caller
            // reopens it for the next files. The result carries the plain reason; the engine's text is for debug.
            LOG.debug("Import of {} failed", file, e);
            r = FileResult.failed(display(file), FileOutcome.FAILED, Message.of("import.notStored",
                    file.getFileName().toString(), ((Localized) e).message()), null, 0);
        }
        if (r.outcome() == FileOutcome.FAILED && !ImportFailures.memoryRanOut(r.outcomeMessage())
                && LowMemory.ranOutSince(memoryMark)) {
            // The engine's own writing thread ran out of memory and the engine then reported a file error
            // (LowMemory): the officer reads that memory ran out, and the workspace is reopened.
            LOG.debug("Import of {} failed after memory ran out: {}", file, r.outcomeMessage().english());
            r = FileResult.failed(display(file), FileOutcome.FAILED, Message.of("import.notStored",
                    file.getFileName().toString(), Message.of("engine.outOfMemory")), r.templateId(), r.millis());
        }
        return r;
    }

    private Template resolveTemplate(String idOrFile) {
        return TemplateCatalog.resolve(templates, idOrFile);
    }

    private static String display(Path file) {
        return file.toString();
    }

    /** @param forcedAs the template as the officer named it (id or file), null when it is to be chosen by its fit */
    private FileResult importOne(Path file, Template forced, String forcedAs, boolean byOfficer, Integer givenYear,
                                 GradeSystem grades, BackupBeforeImport backup, Cancellation cancel) {
        long start = System.nanoTime();
        String name = file.getFileName().toString();
        String hash;
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                Message why = Files.exists(file) || Files.isSymbolicLink(file)
                        ? Message.of("import.notAFile", name, WorkbookFiles.kind(file))
                        : Message.of("import.noSuchFile", name);
                return FileResult.failed(display(file), FileOutcome.FAILED, why, null, 0);
            }
            size = Files.size(file);
            hash = WorkbookFiles.sha256(file);
        } catch (java.nio.file.AccessDeniedException e) {
            // Its message is the path alone ("cannot be read: returns/secret.xlsx"): the reason said in words.
            return FileResult.failed(display(file), FileOutcome.FAILED, Message.of("import.fileDenied", name), null, 0);
        } catch (IOException e) {
            return FileResult.failed(display(file), FileOutcome.FAILED, Message.of("import.cannotRead", name,
                    e.getMessage()), null, 0);
        }
        // The same file again for the same census year is a no-op, unless the officer now reads it with another
        // template: the first reading was wrong, and this one replaces its figures as a corrected return would.
        // Another census year of the same file (year bands, sheets named by year) is read: ImportedBefore.
        ImportedBefore before = new ImportedBefore(workbench.store(ws -> new WorkspaceSummary(ws).allByHash(hash)));
        if (!before.none() && givenYear != null && before.sameReading(forced, givenYear) != null) {
            return alreadyImported(file, name, before.sameReading(forced, givenYear), start);
        }
        try (WorkbookReader workbook = Workbooks.open(file)) {
            Template template = forced;
            Message note = Message.of(byOfficer ? "import.note.chosen" : "import.note.forced");
            if (template == null) {
                TemplateMatch match = templates.bestMatch(workbook);
                var best = match.best();
                if (best.isEmpty() && !before.none()) {
                    // Imported before with a template no longer there: still the same file, nothing to do.
                    return alreadyImported(file, name, before.latest(), start);
                }
                if (best.isEmpty()) {
                    Message unsplit = unsplit(workbook, name);
                    if (unsplit != null) {
                        // A CSV opened unsplit matches no template: how to split it is what the officer needs.
                        return FileResult.failed(display(file), FileOutcome.FAILED, unsplit, null, millis(start));
                    }
                    Message closest = match.candidates().isEmpty() ? Message.of("import.noTemplates")
                            : Message.of("import.closest", match.candidates().get(0).template().id(),
                            match.candidates().get(0).why());
                    return FileResult.failed(display(file), FileOutcome.FAILED, Message.of("import.noMatch", name,
                            closest, Message.of("advice.chooseTemplate")), null, millis(start));
                }
                template = best.get().template();
                note = Message.of("import.note.bestFit", Math.round(best.get().score() * 100), best.get().why());
            }
            Integer year = censusYear(workbook, template, givenYear, name);
            if (!before.none() && givenYear == null) {
                BatchInfo same = before.sameReading(forced, year);
                if (same != null) {
                    return alreadyImported(file, name, same, start);
                }
            }
            if (year == null && template.role() == Role.CENSUS) {
                var unsaved = CensusYears.formulaWithoutResult(workbook, template);
                Message labelled = unsaved.isPresent() ? null : YearNotes.labelledNotAYear("import.noYear.labelled",
                        name, workbook, template, Message.of("advice.giveYear"));
                Message why = unsaved.isPresent()
                        ? Message.of("import.noYear.formula", name, unsaved.get().cell(), unsaved.get().formula(),
                                Message.of("advice.giveYear"))
                        : labelled != null ? labelled : YearNotes.nameNotUsed("import.noYear.nameNotUsed", name, template, true)
                        .orElse(Message.of("import.noYear", name, Message.of("advice.giveYear")));
                return FileResult.failed(display(file), FileOutcome.FAILED, why, template.id(), millis(start));
            }
            if (year == null && template.role() == Role.POPULATION && !template.populationYearColumn()) {
                // Each row would be reported and nothing stored, yet the file "imported" (review 26): refuse it,
                // naming the sheet, as a census return without its year is refused.
                return FileResult.failed(display(file), FileOutcome.FAILED, Message.of(template.year() == null
                        ? "import.population.noYear" : "import.population.yearNotFound",
                        name, populationSheets(workbook, template), Message.of("advice.giveYear")), template.id(),
                        millis(start));
            }
            if (year != null && givenYear == null && template.role() == Role.CENSUS) {
                // A year far from today read from a title or name: another calendar's, most often (review 24, M3).
                Message far = FarCensusYear.of("import.yearFar", name, year,
                        YearNotes.whereRead(workbook, template, name, year));
                if (far != null) {
                    return FileResult.failed(display(file), FileOutcome.FAILED, far, template.id(), millis(start));
                }
            }
            note = withYearConflict(note, year, givenYear, template, name);
            note = withYearLabelUnread(note, workbook, template, year, givenYear, name);
            note = withYearAsRead(note, workbook, template, year, givenYear, name);
            return store(file, hash, size, workbook, template, forced == null, advice(file, forcedAs), note, year,
                    new YearsLeftOut(givenYear != null), grades, backup, cancel, start);
        } catch (WorkbookException e) {
            return FileResult.failed(display(file), FileOutcome.FAILED, e.message(), null, millis(start));
        }
    }

    /**
     * A template whose grade list reads secondary years ({@code Form 1} as G9) after more or fewer years of primary
     * than the workspace's structure has (drafted with {@code --primary 8} into a 6+3+3 workspace): the figures are
     * stored as the template says, but every level's indicator would count them in another level; the warning says to
     * give the workspace its structure ({@code emis structure}) or to draft again: a warning of the file, beside those
     * of grades past primary (review 28 F5, decision 0091).
     */
    private static List<Message> primaryYears(Template template, GradeSystem grades) {
        var assumed = org.emisworkbench.template.SecondaryYears.assumed(template).orElse(null);
        int workspace = grades.gradesOf(org.emisworkbench.model.SchoolStructure.PRIMARY).size();
        if (assumed == null || workspace == 0 || assumed.primaryYears() == workspace) {
            return List.of();
        }
        return List.of(Message.of("import.primaryYears", assumed.firstSpelling(), assumed.firstGrade(),
                assumed.primaryYears(), workspace));
    }

    /**
     * How the year was read, when the officer must know more than the year (review 27, F8): written in the Ethiopian
     * calendar, or stated by the workbook's year label and overridden by {@code --year}. A note already warning of
     * the year (a file name naming another) is kept as it is.
     */
    private static Message withYearAsRead(Message note, WorkbookReader workbook, Template template, Integer year,
                                          Integer given, String name) throws WorkbookException {
        if (year == null || template.role() != Role.CENSUS || note != null && java.util.Set.of(
                "import.note.yearConflict", "import.note.yearsInName", "import.note.otherYearsInFile",
                "import.note.yearLabelUnread").contains(note.key())) {
            return note;
        }
        if (given != null) {
            OptionalInt stated = YearNotes.statedOtherThan(workbook, template, given);
            return stated.isEmpty() ? note : Message.of("import.note.yearGivenOverWorkbook", note,
                    stated.getAsInt(), given);
        }
        Message ethiopian = YearNotes.ethiopian("import.yearEthiopian", workbook, template, name, year);
        if (ethiopian == null) {
            ethiopian = YearNotes.calendar("import.yearCalendar", workbook, template, name, year);
        }
        if (ethiopian == null) {
            ethiopian = YearNotes.wordsAfterYear("import.yearWordsAfter", workbook, template, year);
        }
        return ethiopian == null ? note : Message.of("import.note.yearEthiopian", note, ethiopian);
    }

    /**
     * The note, plus a warning when the year came from the file name while the workbook's year label holds a value that
     * is no census year: naming the label, its cell and what it holds, never dropped in silence (review 33 P1).
     */
    private static Message withYearLabelUnread(Message note, WorkbookReader workbook, Template template, Integer year,
                                               Integer given, String name) throws WorkbookException {
        OptionalInt named = SchoolYears.of(template).fromFileName(name);
        if (year == null || given != null || template.role() != Role.CENSUS || named.isEmpty()
                || named.getAsInt() != year) {
            return note;
        }
        var unread = CensusYears.unreadLabelledYear(workbook, template);
        return unread.isEmpty() ? note : Message.of("import.note.yearLabelUnread", note, unread.get().label(),
                unread.get().cell(), unread.get().text(), String.valueOf(year));
    }

    /** The file was read for this census year before (with this template): nothing to do, saying which year. */
    private static FileResult alreadyImported(Path file, String name, BatchInfo b, long start) {
        Message why = b.year() == null ? Message.of("import.already", name, b.fileName(), b.id())
                : Message.of("import.alreadyYear", name, b.fileName(), b.id(), String.valueOf(b.year()));
        return FileResult.failed(display(file), FileOutcome.ALREADY_IMPORTED, why, b.templateId(), millis(start));
    }

    /**
     * What to do about a file refused because the template does not fit it: choose one (with {@code --template}) when
     * the template was chosen by its fit; when the officer gave it, see which columns it reads ({@code emis template
     * check} with the same template and file), as telling the officer to give {@code --template} again helps nothing.
     */
    private static Message advice(Path file, String forcedAs) {
        if (forcedAs == null) {
            return Message.of("advice.chooseTemplate");
        }
        return Message.of("advice.checkTemplate", shellWord(forcedAs), shellWord(file.toString()));
    }

    /** The workbook's sheets the population template reads ({@code Population}), for naming them in a refusal. */
    private static String populationSheets(WorkbookReader workbook, Template template) throws WorkbookException {
        List<org.emisworkbench.workbook.SheetInfo> taken = new ArrayList<>();
        for (SheetSpec spec : template.sheets()) {
            org.emisworkbench.workbook.SheetInfo found = org.emisworkbench.template.SheetNames.find(
                    workbook.sheets(), spec.names(), taken);
            if (found != null) {
                taken.add(found);
            }
        }
        return taken.isEmpty() ? String.join(", ", template.sheets().get(0).names())
                : String.join(", ", taken.stream().map(org.emisworkbench.workbook.SheetInfo::name).toList());
    }

    /** A file name or id as typed on a command line: quoted when it holds a space. */
    private static String shellWord(String word) {
        return word.chars().anyMatch(Character::isWhitespace) ? "\"" + word + "\"" : word;
    }

    private static Integer censusYear(WorkbookReader workbook, Template template, Integer given, String name)
            throws WorkbookException {
        if (given != null) {
            if (template.year() != null && !template.year().columns().isEmpty()) {
                // Rows stating their year (an export's period) are not imported as another one.
                OptionalInt stated = org.emisworkbench.template.YearColumn.read(workbook, template.year().columns(),
                        SchoolYears.of(template));
                if (stated.isPresent() && stated.getAsInt() != given) {
                    throw new WorkbookException(workbook.file(), WorkbookException.Reason.UNREADABLE, Message.of(
                            "import.yearColumn.otherYear", name, stated.getAsInt(), given), null);
                }
            }
            return given;
        }
        // Population rows without a year column belong to the year the file states, read by the same rule as
        // a census return's (year.schoolYear); a population template without a year spec needs --year.
        if (template.role() != Role.CENSUS && !(template.role() == Role.POPULATION && template.year() != null)) {
            return null;
        }
        OptionalInt found = CensusYears.detect(workbook, template);
        if (found.isEmpty() && CensusYears.fileNameGivesYear(template)) {
            // Only where the template lets the name say it: a year label not found never falls back to the name
            // in silence (review 33 P2, decision 0113).
            found = SchoolYears.of(template).fromFileName(name);
        }
        return found.isPresent() ? found.getAsInt() : null;
    }

    /**
     * The note, plus a word when the file name gives another year than the workbook: the workbook's
     * (or the officer's) year is used, and the officer must know the name said otherwise; or when the name
     * holds other years than the one used.
     */
    private static Message withYearConflict(Message note, Integer year, Integer given, Template template, String name) {
        if (year == null || given != null || template.role() != Role.CENSUS) {
            return note;
        }
        SchoolYears years = SchoolYears.of(template);
        OptionalInt fromName = years.fromFileName(name);
        if (fromName.isEmpty()) {
            return note;
        }
        if (fromName.getAsInt() != year) {
            return Message.of("import.note.yearConflict", note, fromName.getAsInt(), year);
        }
        List<Integer> others = years.otherYearsInFileName(name);
        // A name holding two years (returns-2023-corrected-2024.xlsx) may be a return of the first: the officer
        // must see which one became the census year.
        return others.isEmpty() ? note : Message.of("import.note.yearsInName", note, others.stream()
                .map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")), year);
    }

    private FileResult store(Path file, String hash, long size, WorkbookReader workbook, Template template,
                             boolean guessed, Message advice, Message note,
                             Integer year, YearsLeftOut otherYears, GradeSystem grades, BackupBeforeImport backup,
                             Cancellation cancel,
                             long start) {
        String name = file.getFileName().toString();
        BatchHeader header = new BatchHeader(name, file.toAbsolutePath().toString(), hash, size, template.id(),
                template.version(), template.layout().name(), template.role().name(), year);
        synchronized (workbench.importLock) {
            try {
                Message noBackup = backup.beforeWriting();
                if (noBackup != null) {
                    return FileResult.failed(display(file), FileOutcome.FAILED, Message.of("import.noBackup", name,
                            noBackup), template.id(), millis(start));
                }
            } catch (CancelledException e) {
                return FileResult.failed(display(file), FileOutcome.CANCELLED, Message.of("import.cancelledFile", name),
                        template.id(), millis(start));
            }
            return storeLocked(file, header, workbook, template, guessed, advice, note, year, otherYears, grades,
                    cancel, start);
        }
    }

    /**
     * @param guessed true when the template was chosen by its score, not by the officer
     * @param advice  what to do when the file is refused as the template does not fit it ({@link #advice})
     */
    private FileResult storeLocked(Path file, BatchHeader header, WorkbookReader workbook, Template template,
                                   boolean guessed, Message advice,
                                   Message note, Integer year, YearsLeftOut otherYears, GradeSystem grades,
                                   Cancellation cancel, long start) {
        String name = file.getFileName().toString();
        // Only a register naming its schools needs the master list's names (decision 0037).
        SchoolNames names = template.sheets().stream().anyMatch(SheetSpec::keyedByName)
                ? workbench.schoolNames() : SchoolNames.NONE;
        try (Connection c = workbench.workspace().connect()) {
            c.setAutoCommit(false);
            try {
                SkipTally skips = new SkipTally();
                BatchTotals totals;
                List<HiddenRows> hiddenRows;
                List<Message> sheetsNotRead;
                List<Message> pastPrimary;
                try (BatchWriter writer = BatchWriter.start(c, header)) {
                    GradesPastPrimary past = new GradesPastPrimary(grades);
                    PrePrimarySummed prePrimary = new PrePrimarySummed();
                    // Blank cells among a school's figures (IMP-36): heard on the way, reported at the file's end.
                    org.emisworkbench.imports.BlankFigures blanks = new org.emisworkbench.imports.BlankFigures(grades);
                    var sink = otherYears.wrap(blanks.wrap(prePrimary.wrap(past.wrap(skips.wrap(writer)))));
                    ImportContext ctx = new ImportContext(name, year == null ? 0 : year, grades, Progress.NONE, cancel,
                            names);
                    long t0 = System.nanoTime();
                    SheetsRead read = new SheetsRead(workbook);
                    Interpreters.forLayout(template.layout()).interpret(read, template, ctx, read.noting(sink));
                    blanks.end();
                    hiddenRows = read.hiddenRows(template, skips.repeated());
                    sheetsNotRead = read.sheetsNotRead(template);
                    pastPrimary = new ArrayList<>(past.warnings(read, CompiledTemplate.of(template).lists()
                            .require("grade")));
                    pastPrimary.addAll(prePrimary.warnings());
                    pastPrimary.addAll(primaryYears(template, grades));
                    cancel.check();
                    if (guessed && template.role() == Role.CENSUS && writer.noFigureRead()) {
                        // The best fit found a key and names but not one figure: no match, whatever its score.
                        throw new ImportRejectedException("import.guessReadsNothing", name, template.id(), advice);
                    }
                    int phantoms = refusesSchoolsWithoutFigures(template) ? writer.newSchoolsWithoutFigures() : 0;
                    if (phantoms > 0) {
                        // Schools the workspace does not hold and not one figure: the template read headings or
                        // labels as codes (an age column, a form's labels). Refused whole, nothing kept (0051).
                        List<String> at = writer.newSchoolsAt();
                        throw new ImportRejectedException("import.newSchoolsNoFigures", name, template.id(), phantoms,
                                String.join(", ", at) + (phantoms > at.size() ? ", …" : ""), advice);
                    }
                    int kept = writer.returnsWithFiguresReplacedByNone();
                    if (kept > 0) {
                        // A corrected return read with a template that reads none of its figures: refused whole,
                        // the earlier returns kept, rather than replaced by nothing without a word.
                        throw new ImportRejectedException("import.noFiguresReplacing", name, template.id(), kept,
                                advice);
                    }
                    long t1 = System.nanoTime();
                    totals = writer.finish(skips.total());
                    LOG.debug("{}: read {} ms, rest of writing {} ms", name, (t1 - t0) / 1_000_000,
                            (System.nanoTime() - t1) / 1_000_000);
                }
                long t2 = System.nanoTime();
                c.commit();
                LOG.debug("{}: commit {} ms", name, (System.nanoTime() - t2) / 1_000_000);
                note = otherYears.note(note, year, name, SchoolYears.of(template));
                return imported(file, template, note, year, totals, skips, hiddenRows, sheetsNotRead, pastPrimary,
                        millis(start));
            } catch (ImportRejectedException e) {
                c.rollback();
                return FileResult.failed(display(file), FileOutcome.FAILED, e.message(), template.id(), millis(start));
            } catch (CancelledException e) {
                c.rollback();
                return FileResult.failed(display(file), FileOutcome.CANCELLED, Message.of("import.cancelledFile", name),
                        template.id(), millis(start));
            } catch (WorkbookException e) {
                c.rollback();
                return FileResult.failed(display(file), FileOutcome.FAILED, e.message(), template.id(), millis(start));
            } catch (WorkspaceException e) {
                c.rollback();
                return FileResult.failed(display(file), FileOutcome.FAILED, Message.of("import.notKept", name,
                        e.message()), template.id(), millis(start));
            } catch (OutOfMemoryError | StackOverflowError e) {
                // The file's rows are dropped with its batch writer, which frees the memory they held: the
                // workspace stays usable and the later files are still imported.
                c.rollback();
                LOG.debug("Import of {} failed", file, e);
                return FileResult.failed(display(file), FileOutcome.FAILED, Message.of("import.outOfMemory", name),
                        template.id(), millis(start));
            } catch (RuntimeException e) {
                c.rollback();
                // The result says why in plain words (the engine's failures as phrases); the exception itself only
                // for whoever asks for debug output, as its text may be the engine's (issue 12, 7b).
                LOG.debug("Import of {} failed", file, e);
                return FileResult.failed(display(file), FileOutcome.FAILED, Message.of("import.notKept", name,
                        EngineErrors.phrase(e).orElse(Message.verbatim(String.valueOf(e.getMessage())))),
                        template.id(), millis(start));
            }
        } catch (SQLException | WorkspaceException e) {
            Message why = e instanceof WorkspaceException w ? w.message()
                    : EngineErrors.phrase(e).orElse(Message.verbatim(e.getMessage()));
            return FileResult.failed(display(file), FileOutcome.FAILED, Message.of("import.notStored", name, why),
                    template.id(), millis(start));
        }
    }

    private static FileResult imported(Path file, Template template, Message note, Integer year, BatchTotals t,
                                       SkipTally skips, List<HiddenRows> hiddenRows,
                                       List<Message> sheetsNotRead, List<Message> pastPrimary, long millis) {
        List<FileResult.ProblemSummary> problems = new ArrayList<>();
        t.problems().forEach((kind, tally) -> problems.add(new FileResult.ProblemSummary(kind.name(), tally.count(),
                tally.firstCell(), tally.lastCell())));
        problems.sort(java.util.Comparator.comparing(FileResult.ProblemSummary::kind));
        List<FileResult.UnreadColumn> unread = t.unreadFigures().stream().map(p -> new FileResult.UnreadColumn(
                // A list's column by its letters (C); a form's block by its cells (B12:E13), and a form's one figure
                // by its cell (B21), as the problem line names it: its column alone says nothing on a form (review 25).
                p.sheet(), p.cell() == null ? "" : p.cell().contains(":") || formFigures(p) ? p.cell()
                        : p.cell().replaceAll("[0-9]", ""),
                p.rawText() == null ? ""
                : p.rawText(), figures(p.detail()))).toList();
        return new FileResult(display(file), FileOutcome.IMPORTED, null, template.id(), note, year, t.schoolsAdded(),
                t.schoolsReplaced(), t.valuesStored(), t.populationRows(), t.masterListed(), skips.byReason(),
                problems, millis, unread, hiddenRows, t.schoolNames().stream().map(p -> p.kind() == ProblemKind.SCHOOL_BY_NAME
                ? Message.of("import.readByName", p.sheetCell(), p.schoolCode(), p.rawText())
                : p.kind() == ProblemKind.TOTAL_ROW_WITH_CODE
                ? Message.of("import.totalRowWithCode", p.sheet(), rowOf(p.cell()), p.rawText())
                : p.kind() == ProblemKind.CODE_LEADING_ZEROS && p.words() != null
                        && p.words().key().equals("import.detail.lookAlikeInFile")
                ? Message.of("import.lookAlikeInFile", p.sheetCell(), p.rawText(), twinOf(p))
                : p.kind() == ProblemKind.CODE_LEADING_ZEROS
                ? Message.of("import.leadingZeros", p.sheetCell(), p.rawText(), twinOf(p))
                : p.kind() == ProblemKind.GRID_NOT_FOUND && p.words() != null
                        && p.words().key().startsWith("import.detail.gridUntitled.")
                ? Message.of("import.gridUntitled", p.sheet(), p.words())
                : p.kind() == ProblemKind.GRID_NOT_FOUND && p.words() != null
                        && p.words().key().equals("import.detail.gridNoHeader")
                ? Message.of("import.gridNoHeader", p.sheetCell(), p.rawText())
                : p.kind() == ProblemKind.GRID_NOT_FOUND
                ? Message.of("import.gridNotFound", p.sheet(), p.rawText())
                : p.kind() == ProblemKind.SCHOOL_ON_ONE_SHEET
                ? Message.of("import.oneSheetOnly", p.sheetCell(), p.rawText(), p.words())
                : p.kind() == ProblemKind.COLUMN_NOT_FOUND
                ? Message.of("import.columnNotFound", p.sheet(), p.rawText(), p.words())
                : p.kind() == ProblemKind.CODE_LIKELY_TYPO
                ? Message.of("import.codeLikelyTypo", p.sheetCell(), p.rawText(), p.words())
                : p.gradeNotKept()
                ? Message.of("import.gradeNotKept", p.sheetCell(), p.words())
                : Message.of("import.nameUnmatched", p.sheetCell(), p.rawText(),
                        p.words() != null ? p.words() : Message.verbatim(p.detail()))).toList(),
                sheetsNotRead, t.marks().stream().map(ImportService::mark).toList(), skips.columnsByReason(),
                t.returnsKept(), t.rowsLost() == null ? null : new FileResult.ProblemSummary(t.rowsLost().kinds(),
                        t.rowsLost().count(), t.rowsLost().firstCell(), t.rowsLost().lastCell()), pastPrimary,
                t.schoolsNew());
    }

    /** The workspace's code a CODE_LEADING_ZEROS problem names (its detail's only argument). */
    private static String twinOf(ImportProblem p) {
        return p.words() != null && !p.words().args().isEmpty() ? String.valueOf(p.words().args().get(0)) : "";
    }

    /** The row number of a cell's reference ({@code B5} → 5). */
    private static String rowOf(String cell) {
        org.emisworkbench.workbook.CellRange at = cell == null ? null : org.emisworkbench.workbook.CellRange.of(cell);
        return at == null ? "" : Integer.toString(at.firstRow() + 1);
    }

    /** One cell whose mark was set aside, worded for the file's warning: "Enrolment!C5: 1 204* read as 1204, mark * set aside". */
    private static Message mark(ImportProblem p) {
        org.emisworkbench.template.FigureMarks.Marked m = org.emisworkbench.template.FigureMarks.Marked.of(p.words());
        return m == null || m.notAvailable() ? Message.of("import.markNotAvailable", p.sheetCell(), p.rawText())
                : Message.of("import.markRead", p.sheetCell(), p.rawText(), m.value(), m.mark());
    }

    /**
     * The hint of the first visible sheet whose first rows are a CSV's lines left whole in column A ({@link
     * org.emisworkbench.template.UnsplitRows}), or null.
     */
    private static Message unsplit(WorkbookReader workbook, String name)
            throws org.emisworkbench.workbook.WorkbookException {
        for (org.emisworkbench.workbook.SheetInfo s : workbook.sheets()) {
            if (s.visible()) {
                Message hint = org.emisworkbench.template.UnsplitRows.hint(name, s.name(),
                        org.emisworkbench.template.SheetNames.firstRows(workbook, s,
                                org.emisworkbench.template.HeaderLocator.SEARCH_ROWS));
                if (hint != null) {
                    return hint;
                }
            }
        }
        return null;
    }

    /** True when an UNREAD_FIGURES problem is a form's block of figures, not a list's column (FormUnread). */
    private static boolean formFigures(ImportProblem p) {
        return p.words() != null && p.words().key().startsWith("import.detail.formFigure");
    }

    /** The count an UNREAD_FIGURES problem's detail starts with ("12 figures below it…"). */
    private static int figures(String detail) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)").matcher(detail == null ? "" : detail);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * True when a file read with {@code template} that gives schools new to the workspace and not one figure cell is
     * refused (decision 0051): census returns, not registers (a register's pupils are its figures, reported pupil by
     * pupil when unread). The check ({@code TemplateWorkshop.check}) says the same of the same files.
     */
    static boolean refusesSchoolsWithoutFigures(Template template) {
        return template.role() == Role.CENSUS && template.layout() != org.emisworkbench.template.Layout.ROSTER;
    }
}
