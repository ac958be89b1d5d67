package org.emisworkbench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Finding;
import org.emisworkbench.store.Provenance;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.Template;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.CellRange;
import org.emisworkbench.workbook.SheetGrid;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.workbook.Workbooks;

/**
 * The words a school's own form gives a grade ({@code Grade 2}, {@code ECE}, {@code Year 2}, {@code CP}), for what is
 * sent to the school: the header or row label the finding's figure was read under, in the file its return came from
 * (the same content, by its SHA-256, as when imported), read through the grade list of the template that imported it.
 * Above the finding's cell first (a column's heading, merged or not), then to its left (a row's label); the longest
 * run of words the list reads as the finding's grade is kept as written ({@code Grade 2} of {@code 2023 Grade 2 Boys}).
 * Null when it cannot be known: the file is gone or changed, the finding has no cell or no grade, nothing near the
 * cell names the grade; the query then says the grade's code. One reader for many findings: each file and sheet is
 * opened once.
 */
final class FormGradeWords implements AutoCloseable {
    /** The largest sheet held whole to look for its headings; a larger one says the code. */
    private static final int MAX_CELLS = 400_000;

    private final Workbench workbench;
    private final List<Template> templates;
    private final Map<String, Optional<WorkbookReader>> files = new HashMap<>();
    private final Map<String, Optional<SheetGrid>> sheets = new HashMap<>();
    /** The return file of a school, year and file name: asked of the workspace once for all their findings. */
    private final Map<String, Optional<Provenance.ReturnFile>> returns = new HashMap<>();

    FormGradeWords(Workbench workbench) {
        this.workbench = workbench;
        this.templates = TemplateCatalog.forWorkspace(workbench.databaseFile(), null).templates();
    }

    /** The form's words for the grade {@code f} is about, or null when not known. */
    String of(Finding f) {
        if (f.grade() == null || f.source() == null || f.schoolCode() == null || f.source().file() == null) {
            return null;
        }
        CellRef at = f.source().firstCell();
        if (at == null) {
            return null;
        }
        Optional<Provenance.ReturnFile> file = returns.computeIfAbsent(
                f.schoolCode() + "\n" + f.year() + "\n" + f.source().file(), k -> workbench.store(ws -> new Provenance(ws)
                        .returnFile(f.schoolCode(), f.year(), f.source().file())));
        if (file.isEmpty()) {
            return null;
        }
        SheetGrid grid = grid(file.get(), f.source().sheet());
        if (grid == null) {
            return null;
        }
        CodeList list = gradeList(file.get().templateId());
        int row = at.row();
        int col = at.col();
        for (int r = row - 1; r >= 0; r--) {
            String words = named(text(grid, r, col), list, f.grade(), true);
            if (words != null) {
                return words;
            }
        }
        for (int c = col - 1; c >= 0; c--) {
            String words = named(text(grid, row, c), list, f.grade(), false);
            if (words != null) {
                return words;
            }
        }
        return null;
    }

    /**
     * The longest run of the text's words the list reads as {@code grade}, as written; a bare number only above the
     * cell ({@code digits}: on a row, a number beside the figure is an age, not a grade).
     */
    static String named(String text, CodeList list, String grade, boolean digits) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] words = text.strip().split("\\s+");
        for (int n = words.length; n >= 1; n--) {
            for (int from = 0; from + n <= words.length; from++) {
                String run = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + n));
                if ((digits || run.codePoints().anyMatch(Character::isLetter)) && grade.equals(list.code(run))) {
                    return run;
                }
            }
        }
        return null;
    }

    /** The text a cell shows, or its merged region's when it lies inside one; null for a number or a blank. */
    private static String text(SheetGrid grid, int row, int col) {
        Cell cell = grid.cell(row, col);
        if (cell.isBlank()) {
            CellRange merged = grid.mergedAt(row, col);
            cell = merged == null ? cell : grid.cell(merged.firstRow(), merged.firstCol());
        }
        return cell.kind() == CellKind.TEXT ? cell.text() : null;
    }

    private CodeList gradeList(String templateId) {
        for (Template t : templates) {
            if (t.id().equals(templateId)) {
                return t.lists().require("grade");
            }
        }
        return CodeLists.builtIn().require("grade");
    }

    private SheetGrid grid(Provenance.ReturnFile file, String sheet) {
        String key = file.path() + "\n" + sheet;
        if (!sheets.containsKey(key)) {
            sheets.put(key, Optional.ofNullable(read(file, sheet)));
        }
        return sheets.get(key).orElse(null);
    }

    private SheetGrid read(Provenance.ReturnFile file, String sheet) {
        WorkbookReader reader = files.computeIfAbsent(file.path(), p -> open(Path.of(p), file.hash())).orElse(null);
        if (reader == null) {
            return null;
        }
        try {
            for (SheetInfo info : reader.sheets()) {
                if (info.name().equals(sheet)) {
                    return reader.grid(info, MAX_CELLS);
                }
            }
        } catch (WorkbookException e) {
            return null; // too large or unreadable now: the code is said
        }
        return null;
    }

    /** The file as it was imported, or empty when it is gone or its content changed since. */
    private static Optional<WorkbookReader> open(Path file, String hash) {
        try {
            if (!Files.isRegularFile(file) || !hash.equalsIgnoreCase(WorkbookFiles.sha256(file))) {
                return Optional.empty();
            }
            return Optional.of(Workbooks.open(file));
        } catch (IOException | WorkbookException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        List<WorkbookReader> open = new ArrayList<>();
        files.values().forEach(o -> o.ifPresent(open::add));
        for (WorkbookReader r : open) {
            try {
                r.close();
            } catch (Exception e) {
                // read only: nothing to lose
            }
        }
        files.clear();
        sheets.clear();
        returns.clear();
    }
}
