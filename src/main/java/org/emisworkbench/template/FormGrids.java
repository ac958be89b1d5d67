package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Finds the tables of a form by age (or one row), grade and sex among a sheet's first rows, the way the
 * grid reader will look for them: a title, within four rows above a header row of grades (M/F
 * sub-columns on the row below, or an M row and an F row under each age), or above an M/F header alone
 * (a table of one grade, new entrants to grade 1 by age), or above a header of sexes or ages over rows
 * that each start with a grade (a table whose rows are grades). The topic is guessed from the title's words.
 */
final class FormGrids {
    /** Rows between a title and its header, as the grid reader searches them. */
    private static final int TITLE_ROWS = 4;
    private static final List<String> TOPIC_WORDS = List.of("effectif", "enrol", "inscrit", "eleve", "pupil",
            "repe", "redoubl", "nouveau", "new entr", "admis", "intake", "handicap", "disab",
            // Spanish and Portuguese: matrícula, repitentes (review 28, F6).
            "matric", "repit");

    /** A table found: its mapping and the rows it covers, title to last value row (0-based). */
    record Found(GridMapping grid, int firstRow, int lastRow) {
    }

    private FormGrids() {
    }

    static List<Found> find(List<List<Cell>> rows) {
        return find(rows, null, null, CodeLists.builtIn().require("grade"), false, 0);
    }

    /**
     * As {@link #find(List)}, also finding a table of one sex (grades across with no M/F under them) whose title, or
     * else the sheet's name {@code sheet}, says the sex ({@link GridSexWords}; a lone letter read in {@code language}),
     * its grades named as {@code grades} names them (the built-in list, with {@code Form 1}… when the years of
     * primary are given: {@link SecondaryYears#grades}).
     */
    static List<Found> find(List<List<Cell>> rows, String sheet, String language, CodeList grades) {
        return find(rows, sheet, language, grades, false, 0);
    }

    /** As {@link #find(List, String, String, CodeList)}, tables and their titles looked for from row {@code top} down. */
    static List<Found> find(List<List<Cell>> rows, String sheet, String language, CodeList grades, int top) {
        return find(rows, sheet, language, grades, false, top);
    }

    /**
     * The tables of a row per grade under banners that the officer splits by hand ({@code whole}, found under
     * banners that do not each name another topic, {@code Inscrits | Doublants}): one table per banner over its
     * sexes, each read as the topic its banner names (the officer then says the right one). Empty when no
     * two banners stand over the table's sexes.
     */
    static List<GridMapping> split(List<List<Cell>> rows, GridMapping whole, SecondaryYears secondary) {
        List<GridMapping> out = new ArrayList<>();
        for (Found f : find(rows, null, null, secondary.grades(rows), true, 0)) {
            if (!f.grid().band().isEmpty() && f.firstRow() <= whole.row() && whole.row() <= f.lastRow()) {
                out.add(f.grid());
            }
        }
        return out;
    }

    /** {@code allBands}: two banners over a table's sexes make bands even when their words name one topic. */
    private static List<Found> find(List<List<Cell>> rows, String sheet, String language, CodeList grades,
                                    boolean allBands, int top) {
        CodeList sexes = CodeLists.forDrafting().require("sex");
        CodeList ages = CodeLists.builtIn().require("age");
        List<Found> found = new ArrayList<>();
        int after = top - 1;
        for (int h = 0; h < rows.size(); h++) {
            if (h <= after) {
                continue;
            }
            int gradeCells = count(rows.get(h), grades);
            int sexCells = (int) rows.get(h).stream().filter(c -> c.kind() == CellKind.TEXT
                    && OfWhichSex.code(sexes, c.text()) != null).count();
            String sexLayout;
            int start;
            String grade = null;
            String byGrade = null;
            boolean oneSex = false;
            int ageCells = gradeCells == 0 ? ageCount(rows.get(h), ages) : 0;
            Map<String, List<String>> topicRows = Map.of();
            Map<String, List<Cell>> banded = Map.of();
            // Grades written as lone numbers under a banner naming them (ages when rows of grades follow, below).
            int across = gradeCells > 0 ? gradeCells : numberedGrades(rows, h, after);
            if (gradeCells == 0 && (sexCells >= 2 || sexCells == 1 && totalCell(rows.get(h)))
                    && (gradeLabelFirst(rows, h, h + 1, grades) || unknownThenGrades(rows, h + 1, grades))) {
                // Grade | Boys | Girls | Total, a row per grade: the commonest table of a school return. Grade | Total |
                // Girls too: the reader works the boys out as the total less the girls (decision 0044).
                sexLayout = "columns";
                start = h + 1;
                byGrade = "grade";
            } else if (ageCells >= 2 && h + 1 < rows.size() && count(rows.get(h + 1), sexes) >= 2
                    && gradeLabelFirst(rows, h, h + 2, grades)) {
                sexLayout = "columns";
                start = h + 2;
                byGrade = "grade";
            } else if (ageCells >= 2 && gradeLabelFirst(rows, h, h + 1, grades) && sexColumn(rows, h + 1, sexes, true)) {
                sexLayout = "rows";
                start = h + 1;
                byGrade = "grade";
            } else if (gradeCells >= 2 && h + 2 < rows.size() && count(rows.get(h + 1), sexes) == 0
                    && count(rows.get(h + 2), sexes) >= 2
                    && (banded = bands(rows.get(h + 1), rows.get(h + 2), sexes, true)).size() >= 2) {
                // CI | CP … merged over Nouveaux | Redoublants, each over G | F: grades across over bands of topics
                // (decision 0100).
                sexLayout = "columns";
                start = h + 3;
            } else if (across >= 2 && h + 1 < rows.size() && count(rows.get(h + 1), sexes) >= 2) {
                sexLayout = "columns";
                start = h + 2;
            } else if (across >= 2 && sexColumn(rows, h + 1, sexes, false)) {
                sexLayout = "rows";
                start = h + 1;
            } else if (across >= 2 && !(topicRows = TopicSexRows.find(rows, h + 1, sexes)).isEmpty()) {
                // Enrolment Boys | Enrolment Girls | Repeaters Boys …: the topic and the sex in the row's label.
                sexLayout = "rows";
                start = h + 1;
            } else if (across == 0 && sexCells >= 2) {
                sexLayout = "columns";
                start = h + 1;
                grade = "G1";
            } else if (gradeCells >= 2 && sexCells == 0 && h + 1 < rows.size()) {
                // Grades across with no M/F under them: a table of one sex, when its title or sheet says which.
                sexLayout = "columns";
                start = h + 1;
                oneSex = true;
            } else if (gradeCells == 0 && sexCells == 0 && gradeLabelFirst(rows, h, h + 1, grades)) {
                // BOYS beside GIRLS over Class | New | Repeaters | Total (or over ages), a row per grade (decision 0061).
                List<Found> bySex = oneSexByGrade(rows, h, after, language, ages);
                if (bySex.isEmpty()) {
                    continue;
                }
                found.addAll(bySex);
                after = bySex.stream().mapToInt(Found::lastRow).max().orElse(h);
                continue;
            } else {
                continue;
            }
            // A table of one grade may be titled on its header's own row, left of its sexes (Nouveaux inscrits au
            // CI | G | F over Nombre | 12 | 14), the title naming the topic and the grade.
            Cell beside = grade != null ? titleBeside(rows.get(h), sexes) : null;
            if (beside != null && TopicGrades.of(beside.text()) == null
                    && !DraftVocabulary.sheetTopic(beside.text()).equals("new_entrants")) {
                beside = null; // a heading of the rows (Age | M | F), the title standing above
            }
            Cell title = beside != null ? beside : title(rows, h, after, grades, sexes, ages);
            if (title == null && byGrade != null && sexLayout.equals("columns")) {
                // No title over the table, only label lines (Escola: | EP 1): its grade heading (Classe) titles it;
                // else its corner cell, whatever its word (Grado | Hombres | Mujeres, review 28 F6), as the import
                // reads a corner title.
                title = rows.get(h).stream().filter(c -> c.kind() == CellKind.TEXT
                        && NumberedGrades.gradesHeading(c.text())).findFirst().orElse(null);
                Cell first = rows.get(h).stream().filter(c -> !c.isBlank()).findFirst().orElse(null);
                if (title == null && first != null && first.kind() == CellKind.TEXT
                        && OfWhichSex.code(sexes, first.text()) == null && !HeaderText.isTotalWord(first.text())) {
                    title = first;
                }
            }
            if (title == null && gradeCells >= 2 && byGrade == null && grade == null && !oneSex
                    && sexLayout.equals("columns")) {
                // No title line over grades across their sexes (a Philippines return: Category | Kinder | Grade 1…):
                // the header's corner cell titles it, as the import reads such a title (decision 0082).
                title = corner(rows.get(h), grades, sexes);
            }
            if (title == null) {
                continue;
            }
            String sex = oneSex ? GridSexWords.of(title.text(), sheet, language) : null;
            if (oneSex && sex == null) {
                continue;
            }
            String topic = DraftVocabulary.sheetTopic(title.text());
            TopicGrades.TopicGrade named = grade != null ? TopicGrades.of(title.text()) : null;
            if (named != null) {
                // The title names its topic and its grade: Nouveaux inscrits au CI (new entrants, G1), Redoublants CM2.
                topic = named.topic();
                grade = named.grade();
            } else if (grade != null && !topic.equals("new_entrants")) {
                // An M/F header without grades is a table of one grade: only new entrants (to grade 1) are known.
                continue;
            }
            int last = start;
            // To the first blank row, or to the title of a table stacked right under this one (a row whose next
            // row is a header of grades).
            while (last + 1 < rows.size() && !rows.get(last + 1).isEmpty()
                    && !(last + 2 < rows.size() && count(rows.get(last + 2), grades) >= 2)) {
                last++;
            }
            String folded = DraftVocabulary.fold(title.text());
            // A corner title naming no topic (Grado) on a sheet whose name names the one taken (Matrícula): as sure
            // as a title naming it; "(50%)" there read as a coin toss over a table the sheet names (review 29).
            String sheetFolded = sheet == null ? "" : DraftVocabulary.fold(sheet);
            boolean sheetNamesTopic = TOPIC_WORDS.stream().anyMatch(sheetFolded::contains)
                    && DraftVocabulary.sheetTopic(sheet).equals(topic);
            double confidence = TOPIC_WORDS.stream().anyMatch(folded::contains) || sheetNamesTopic ? 0.8 : 0.5;
            String rowsKind = byGrade != null ? byGrade
                    : firstLabelIsAge(rows, h, start, grades, ages, sexes) ? "age" : "none";
            List<Cell> sexTitles = oneSex ? oneSexTitles(rows, title, language) : List.of();
            if (sexTitles.size() >= 2) {
                // EFFECTIFS - GARÇONS | EFFECTIFS - FILLES side by side (review 16b): one grid per title, each of the
                // sex its title names, each reading the block its title heads; never the first title's grid alone.
                for (Cell t : sexTitles) {
                    found.add(new Found(new GridMapping(t.row(), t.col(), TemplateDrafter.oneLine(t.text()),
                            DraftVocabulary.sheetTopic(t.text()), rowsKind, sexLayout, null, List.of(), confidence,
                            GridSexWords.of(t.text(), language)), t.row(), last));
                }
                after = last;
                continue;
            }
            if (!banded.isEmpty()) {
                if (rowsKind.equals("none")) {
                    // Only one row of figures under such a header is read (ages down it are not).
                    for (GridMapping g : gradeBands(banded, title, confidence)) {
                        found.add(new Found(g, title.row(), last));
                    }
                }
                after = last;
                continue;
            }
            if (!topicRows.isEmpty()) {
                for (Map.Entry<String, List<String>> t : topicRows.entrySet()) {
                    found.add(new Found(new GridMapping(title.row(), title.col(), TemplateDrafter.oneLine(title.text()),
                            t.getKey(), "none", sexLayout, null, t.getValue(), confidence), title.row(), last));
                }
                after = last;
                continue;
            }
            if (byGrade != null && sexLayout.equals("columns") && h - 1 > after
                    && YearBands.allYears(rows.get(h - 1), rows.get(start - 1), sexes)) {
                // Last year's figures beside this year's (2023-24 | 2024-25 over the sexes): the census year's band
                // is read, whichever year the file is; last year's stays unread, reported.
                Cell above = title(rows, h - 1, after, grades, sexes, ages);
                Cell t = above != null ? above : title;
                found.add(new Found(new GridMapping(t.row(), t.col(), TemplateDrafter.oneLine(t.text()),
                        DraftVocabulary.sheetTopic(t.text()), rowsKind, sexLayout, null, List.of(YearBands.THIS_YEAR),
                        confidence), t.row(), last));
                after = last;
                continue;
            }
            Map<String, List<Cell>> bands = byGrade != null && sexLayout.equals("columns") && h - 1 > after
                    ? bands(rows.get(h - 1), rows.get(start - 1), sexes, allBands) : Map.of();
            if (!bands.isEmpty()) {
                // Enrolment | Repeaters side by side over their sexes: one table per topic, under the title above
                // them; or tables side by side, each under its own title (then the band is the title itself).
                // Bands of one topic (Day | Boarding) are one table whose figures add up.
                int firstSex = rows.get(start - 1).stream().filter(c -> sexes.code(c.text()) != null)
                        .mapToInt(Cell::col).min().orElse(0);
                boolean titled = bands.values().stream().flatMap(List::stream).anyMatch(c -> c.col() < firstSex);
                Cell above = titled ? null : title(rows, h - 1, after, grades, sexes, ages);
                for (Map.Entry<String, List<Cell>> b : bands.entrySet()) {
                    Cell first = b.getValue().get(0);
                    Cell t = titled ? first : above != null ? above : title;
                    List<String> texts = b.getValue().stream().map(c -> TemplateDrafter.oneLine(c.text())).toList();
                    // Bands naming no topic (Day, Boarding) count what the title says.
                    // Split by the officer (allBands), each banner is its own table, of the topic its words name.
                    String field = allBands ? DraftVocabulary.sheetTopic(b.getKey())
                            : bands.size() == 1 && !titled ? DraftVocabulary.sheetTopic(t.text()) : b.getKey();
                    found.add(new Found(new GridMapping(t.row(), t.col(), TemplateDrafter.oneLine(t.text()),
                            field, rowsKind, sexLayout, null, texts, confidence), t.row(), last));
                }
                after = last;
                continue;
            }
            List<Cell> titles = byGrade == null && grade == null && sexLayout.equals("columns") && h - 1 > after
                    ? titlesSideBySide(rows.get(h - 1), rows.get(start - 1), sexes) : List.of();
            if (titles.size() >= 2) {
                // ENROLMENT | REPEATERS | NEW ENTRANTS, each over its own grades and sexes: one grid per title,
                // each reading the block its title heads.
                for (Cell t : titles) {
                    found.add(new Found(new GridMapping(t.row(), t.col(), TemplateDrafter.oneLine(t.text()),
                            DraftVocabulary.sheetTopic(t.text()), rowsKind, sexLayout, null, List.of(), confidence),
                            t.row(), last));
                }
                after = last;
                continue;
            }
            List<String> topicsDown = rowsKind.equals("none") && grade == null && !oneSex && sexLayout.equals("columns")
                    ? topicsDown(rows, start, last) : List.of();
            if (topicsDown.size() >= 2) {
                // Enrollment | Repeaters | Learners with Disabilities down the rows, grades across: one grid per
                // topic, each reading its own row ("rows": "none"), never the first row's topic alone (review 26).
                for (String t : topicsDown) {
                    found.add(new Found(new GridMapping(title.row(), title.col(), TemplateDrafter.oneLine(title.text()),
                            t, "none", sexLayout, null, List.of(), confidence), title.row(), last));
                }
                after = last;
                continue;
            }
            found.add(new Found(new GridMapping(title.row(), title.col(), TemplateDrafter.oneLine(title.text()),
                    topic, rowsKind, sexLayout, grade, List.of(), confidence, sex), title.row(), last));
            if (byGrade != null && sexLayout.equals("columns")) {
                // Boys | Girls | Repeaters Boys | Repeaters Girls on one header row: a grid per other topic named in
                // its cells, read under that band (the band written in the cell itself).
                for (String band : bandsInCells(rows.get(start - 1), sexes, topic)) {
                    found.add(new Found(new GridMapping(title.row(), title.col(), TemplateDrafter.oneLine(title.text()),
                            DraftVocabulary.sheetTopic(band), rowsKind, sexLayout, null, List.of(band), confidence),
                            title.row(), last));
                }
            }
            after = last;
        }
        if (found.stream().anyMatch(f -> "enrolment".equals(f.grid().field()) && !addedBands(f.grid()))) {
            // The enrolment of another table of the sheet (by age) is read: the new pupils and the repeaters of a
            // table of grades over bands are not read a second time as it, added up (decision 0100).
            found.removeIf(f -> addedBands(f.grid()));
        }
        return withStreams(rows, found);
    }

    /** A grid of grades over bands whose new pupils and repeaters are added up into the enrolment (decision 0100). */
    private static boolean addedBands(GridMapping g) {
        return "enrolment".equals(g.field()) && "none".equals(g.rows()) && "columns".equals(g.sexLayout())
                && g.band().size() >= 2 && g.band().stream().anyMatch(b ->
                        DraftVocabulary.subColumn(b) == DraftVocabulary.SubColumn.REPEATERS);
    }

    /**
     * The grids of a table whose grades stand across over bands of topics, the sexes under each band, one row of
     * figures ({@code CI} over {@code Nouveaux | Redoublants} over {@code G | F}, a Burkinabè questionnaire de
     * rentrée; decision 0100): one grid per topic its bands name, each reading its bands under every grade. Bands
     * saying a grade's new pupils and its repeaters (decision 0060's words: {@code Nouveaux}, {@code New}, {@code
     * Novos}; {@code Redoublants}, {@code Repeaters}, {@code Repetentes}) are its enrolment added up, and the new ones
     * of the first grade are its new entrants; a band naming another topic is read as that topic.
     *
     * @param banners each banner over the sexes (a {@code Total} aside), keyed by its text
     */
    private static List<GridMapping> gradeBands(Map<String, List<Cell>> banners, Cell title, double confidence) {
        Map<String, List<String>> byTopic = new LinkedHashMap<>();
        List<String> fresh = new ArrayList<>();
        List<String> repeating = new ArrayList<>();
        for (List<Cell> cells : banners.values()) {
            String text = TemplateDrafter.oneLine(cells.get(0).text()).strip();
            DraftVocabulary.SubColumn sub = DraftVocabulary.subColumn(text);
            String topic = sub == DraftVocabulary.SubColumn.REPEATERS ? "repeaters"
                    : sub != null ? "new_entrants" : DraftVocabulary.sheetTopic(text);
            byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(text);
            if (sub == DraftVocabulary.SubColumn.REPEATERS) {
                repeating.add(text);
            } else if (sub != null) {
                fresh.add(text);
            }
        }
        String t = TemplateDrafter.oneLine(title.text());
        List<GridMapping> out = new ArrayList<>();
        byTopic.forEach((topic, texts) -> out.add(new GridMapping(title.row(), title.col(), t, topic, "none", "columns",
                topic.equals("new_entrants") ? "G1" : null, texts, confidence)));
        if (!byTopic.containsKey("enrolment") && !fresh.isEmpty() && !repeating.isEmpty()) {
            List<String> both = new ArrayList<>(fresh);
            both.addAll(repeating);
            out.add(new GridMapping(title.row(), title.col(), t, "enrolment", "none", "columns", null, both,
                    confidence));
        }
        return out;
    }

    /**
     * Tables with a row per grade and a column headed {@code Stream} (or {@code Section}, {@code Shift}, the words of a
     * wide sheet's {@code row.stream}) left of their figures: right of the grade, a grade cell left blank on a row
     * whose stream is filled ({@code Form 1} on its first stream's row only), or left of it, the stream written on its
     * block's first row only ({@code Morning} over Grade 1…6, then {@code Afternoon}): their streams add up into the
     * grade (grid {@code stream}, decision 0091).
     */
    private static List<Found> withStreams(List<List<Cell>> rows, List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            GridMapping g = f.grid();
            Cell heading = null;
            if ("grade".equals(g.rows()) && "columns".equals(g.sexLayout()) && g.sex() == null) {
                for (int r = g.row() + 1; r <= f.lastRow() && r < rows.size() && r <= g.row() + 3 && heading == null;
                        r++) {
                    heading = rows.get(r).stream().filter(c -> c.kind() == CellKind.TEXT && c.col() > g.col() - 1
                            && StreamHeaders.names(TemplateDrafter.oneLine(c.text()))).findFirst().orElse(null);
                }
            }
            out.add(heading == null ? f : new Found(g.withStream(TemplateDrafter.oneLine(heading.text()).strip()),
                    f.firstRow(), f.lastRow()));
        }
        return out;
    }

    /**
     * The words naming another topic than {@code topic} beside a sex in cells of the header row ({@code Repeaters
     * Boys}, {@code Girls Repeaters}, {@code Redoublants F}), each once when the row names both sexes with it.
     */
    static List<String> bandsInCells(List<Cell> header, CodeList sexes, String topic) {
        Map<String, java.util.Set<String>> sexesOf = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        for (Cell c : header) {
            if (c.kind() != CellKind.TEXT || c.isBlank() || sexes.code(c.text()) != null) {
                continue;
            }
            String t = TemplateDrafter.oneLine(c.text()).strip();
            int last = t.lastIndexOf(' ');
            int first = t.indexOf(' ');
            String band = null;
            String sex = null;
            // A word of a longer text: "Gel", "Fi" are no sex there ("Hand gel"), only as a whole heading.
            if (last > 0 && sexes.code(t.substring(last + 1)) != null && !CodeLists.shortLocalSexWord(t.substring(last + 1))) {
                band = t.substring(0, last).replaceAll("[\\s\\-–:/]+$", "").strip();
                sex = sexes.code(t.substring(last + 1));
            } else if (first > 0 && sexes.code(t.substring(0, first)) != null
                    && !CodeLists.shortLocalSexWord(t.substring(0, first))) {
                band = t.substring(first + 1).replaceAll("^[\\s\\-–:/]+", "").strip();
                sex = sexes.code(t.substring(0, first));
            }
            if (band == null || band.isEmpty() || DraftVocabulary.sheetTopic(band).equals(topic)
                    || DraftVocabulary.sheetTopic(band).equals("enrolment")) {
                continue;
            }
            String key = HeaderText.normalizeLabel(band);
            written.putIfAbsent(key, band);
            sexesOf.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(sex);
        }
        return written.entrySet().stream().filter(e -> sexesOf.get(e.getKey()).size() >= 2).map(Map.Entry::getValue)
                .toList();
    }

    /**
     * The cell of {@code bandRow} standing over column {@code col}: a merged band's text sits in its first cell,
     * so it is the nearest filled cell at or left of the column (a text only, when {@code textOnly}); null when none.
     */
    static Cell bandOver(List<Cell> bandRow, int col, boolean textOnly) {
        Cell band = null;
        for (Cell c : bandRow) {
            if (c.col() > col) {
                break;
            }
            if (!c.isBlank() && (!textOnly || c.kind() == CellKind.TEXT)) {
                band = c;
            }
        }
        return band;
    }

    /**
     * The bands over a table's sex columns when there are two or more ({@code Enrolment} merged over
     * {@code Boys | Girls}, {@code Repeaters} over the next two; {@code Day} and {@code Boarding}; or the titles of
     * two tables side by side): each band's cell, grouped by the topic its text names, in order; empty when the row
     * above the header is no such row (one band or title, a {@code Total} band aside).
     */
    private static Map<String, List<Cell>> bands(List<Cell> bandRow, List<Cell> sexRow, CodeList sexes,
            boolean allBands) {
        Map<String, Cell> bands = new LinkedHashMap<>();
        for (Cell s : sexRow) {
            if (s.kind() != CellKind.TEXT || sexes.code(s.text()) == null) {
                continue;
            }
            Cell band = bandOver(bandRow, s.col(), true);
            if (band == null) {
                return Map.of();
            }
            String text = TemplateDrafter.oneLine(band.text());
            if (!HeaderText.fold(text).startsWith("total")) {
                bands.putIfAbsent(HeaderText.normalizeLabel(text), band);
            }
        }
        Map<String, List<Cell>> byTopic = new LinkedHashMap<>();
        if (bands.size() >= 2) {
            // allBands (the mapping screen's split): one table per banner, keyed by its text; else by topic
            bands.forEach((label, c) -> byTopic.computeIfAbsent(allBands ? label : DraftVocabulary.sheetTopic(c.text()),
                    k -> new ArrayList<>()).add(c));
        }
        boolean addsUnknown = byTopic.values().stream().anyMatch(g -> g.size() >= 2
                && g.stream().anyMatch(c -> !BandWords.known(c.text())));
        // A banner that may be another topic (Doublants, Abandons) is never added into the title's topic unasked:
        // the table is left whole, its clashes reported, for the officer to split (BandWords).
        return allBands || !addsUnknown ? byTopic : new LinkedHashMap<>();
    }

    /**
     * The titles on {@code title}'s row that each name one sex ({@code … - BOYS | … - GIRLS}), two or more, left to
     * right; else empty. Each heads a table of one sex standing beside the others over the same header row.
     */
    private static List<Cell> oneSexTitles(List<List<Cell>> rows, Cell title, String language) {
        for (List<Cell> row : rows) {
            if (row.isEmpty() || row.get(0).row() != title.row()) {
                continue;
            }
            List<Cell> titled = row.stream().filter(c -> c.kind() == CellKind.TEXT && !c.isBlank()
                    && GridSexWords.of(c.text(), language) != null).toList();
            return titled.size() >= 2 ? titled : List.of();
        }
        return List.of();
    }

    /**
     * Tables of one sex with a row per grade, side by side under titles each naming its sex ({@code BOYS} over
     * {@code Class | New | Repeaters | Total}, {@code GIRLS} beside it; decision 0061), header on row {@code h}:
     * per title, a grid of its ages when two or more ages stand under it, else a grid of enrolment reading the
     * column naming enrolment, or else every other column but the total added up ({@code New + Repeaters}, the
     * {@code Total} then checked), or else the total alone; and a grid of repeaters reading the column naming them.
     * Empty when no title above the header names one sex.
     */
    private static List<Found> oneSexByGrade(List<List<Cell>> rows, int h, int after, String language, CodeList ages) {
        List<Cell> titles = List.of();
        for (int r = h - 1; r >= Math.max(after + 1, h - TITLE_ROWS) && titles.isEmpty(); r--) {
            titles = rows.get(r).stream().filter(c -> c.kind() == CellKind.TEXT && !c.isBlank()
                    && GridSexWords.of(c.text(), language) != null).toList();
            if (titles.isEmpty() && rows.get(r).stream().anyMatch(c -> !c.isBlank())) {
                return List.of(); // the nearest row above the header names no sex
            }
        }
        int last = h + 1;
        while (last + 1 < rows.size() && !rows.get(last + 1).isEmpty()) {
            last++;
        }
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            Cell t = titles.get(i);
            int to = i + 1 < titles.size() ? titles.get(i + 1).col() - 1 : Integer.MAX_VALUE;
            List<Cell> heads = rows.get(h).stream().filter(c -> c.col() >= t.col() && c.col() <= to && !c.isBlank())
                    .toList();
            if (heads.size() < 2) {
                continue;
            }
            String sex = GridSexWords.of(t.text(), language);
            String title = TemplateDrafter.oneLine(t.text());
            if (ageCount(heads, ages) >= 2) {
                out.add(new Found(new GridMapping(t.row(), t.col(), title, DraftVocabulary.sheetTopic(t.text()), "grade",
                        "columns", null, List.of(), 0.8, sex), t.row(), last));
                continue;
            }
            List<String> named = new ArrayList<>();
            List<String> repeaters = new ArrayList<>();
            List<String> others = new ArrayList<>();
            String total = null;
            for (Cell c : heads.subList(1, heads.size())) {
                String text = TemplateDrafter.oneLine(c.kind() == CellKind.NUMBER ? c.shown() : c.text());
                String folded = DraftVocabulary.fold(text);
                if (HeaderText.isTotalWord(text)) {
                    total = total == null ? text : total;
                } else if (DraftVocabulary.sheetTopic(text).equals("repeaters")) {
                    repeaters.add(text);
                } else if (List.of("enrol", "inscrit", "effectif", "matric").stream().anyMatch(folded::contains)) {
                    named.add(text);
                } else {
                    others.add(text);
                }
            }
            List<String> enrolment = new ArrayList<>(named);
            if (enrolment.isEmpty() && !others.isEmpty()) {
                // New | Repeaters | Total: the pupils are the new ones and the repeaters, the total checks them.
                heads.subList(1, heads.size()).stream().map(c -> TemplateDrafter.oneLine(
                        c.kind() == CellKind.NUMBER ? c.shown() : c.text())).filter(x -> others.contains(x)
                        || repeaters.contains(x)).forEach(enrolment::add);
            }
            if (enrolment.isEmpty() && total != null) {
                enrolment.add(total);
            }
            double confidence = named.isEmpty() ? 0.5 : 0.8;
            if (!enrolment.isEmpty()) {
                out.add(new Found(new GridMapping(t.row(), t.col(), title, "enrolment", "grade", "columns", null,
                        enrolment, confidence, sex), t.row(), last));
            }
            if (!repeaters.isEmpty()) {
                out.add(new Found(new GridMapping(t.row(), t.col(), title, "repeaters", "grade", "columns", null,
                        repeaters, 0.8, sex), t.row(), last));
            }
        }
        return out;
    }

    /** True when the row holds a total's header ({@code Total}, {@code Totaux}). */
    private static boolean totalCell(List<Cell> row) {
        // Total, or a word for both sexes (HM, T, Ensemble) beside the one sex: Classe | HM | M, Grade | T | G.
        return row.stream().anyMatch(c -> c.kind() == CellKind.TEXT
                && (HeaderText.isTotalWord(c.text())
                || HeaderText.BOTH_SEXES_WORDS.contains(HeaderText.normalizeLabel(c.text()))));
    }

    /**
     * The titles of age × grade tables standing side by side over a header's sexes, one per topic (each title the
     * band over its own sexes); empty unless two or more titles name two or more topics, one title each.
     */
    private static List<Cell> titlesSideBySide(List<Cell> titleRow, List<Cell> sexRow, CodeList sexes) {
        Map<String, List<Cell>> byTopic = bands(titleRow, sexRow, sexes, false);
        if (byTopic.size() < 2 || byTopic.values().stream().anyMatch(g -> g.size() != 1)) {
            return List.of();
        }
        return byTopic.values().stream().map(g -> g.get(0)).toList();
    }

    private static int count(List<Cell> row, CodeList list) {
        int n = 0;
        for (Cell c : row) {
            n += c.kind() == CellKind.TEXT && list.code(c.text()) != null ? 1 : 0;
        }
        return n;
    }

    /** Header cells naming an age ({@code 6}, {@code 6 ans}, {@code < 6}); a number cell is an age too. */
    private static int ageCount(List<Cell> row, CodeList ages) {
        int n = 0;
        for (Cell c : row) {
            String code = c.isBlank() ? null : ages.code(c.kind() == CellKind.NUMBER ? c.shown() : c.text());
            n += code != null && !code.equals("*") ? 1 : 0;
        }
        return n;
    }

    /**
     * True when the row's first cell is a grade label written as text ({@code Grade 1}, {@code CP1}), or a number
     * (1 … 12) under a heading naming grades on the header rows from {@code header}, or on the row just above it
     * ({@code Grade}, {@code Std}, {@code Classe}): a {@code 1} under {@code Age} is an age, never a grade.
     */
    /**
     * True when row {@code r} starts with a text no grade list knows and the two rows below it start with grades
     * ({@code Iniciação} or a pre-primary class of another name above {@code 1ª Classe | 2ª Classe}): the table is
     * still one with a row per grade, its unknown first row said in a note ({@link #unknownFirstRows}) and, on
     * import, reported as an unknown code, never a table missed whole (review 25).
     */
    private static boolean unknownThenGrades(List<List<Cell>> rows, int r, CodeList grades) {
        if (r + 2 >= rows.size() || rows.get(r).isEmpty()) {
            return false;
        }
        Cell first = rows.get(r).get(0);
        if (first.kind() != CellKind.TEXT || first.isBlank() || grades.code(first.text()) != null) {
            return false;
        }
        for (int k = r + 1; k <= r + 2; k++) {
            List<Cell> row = rows.get(k);
            if (row.isEmpty() || row.get(0).col() != first.col() || row.get(0).kind() != CellKind.TEXT
                    || grades.code(row.get(0).text()) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first cells of tables with a row per grade whose first row names no grade the list knows (see
     * {@link #unknownThenGrades}): the draft names each in a note, so the officer adds the word to the grade list.
     */
    static List<Cell> unknownFirstRows(List<List<Cell>> rows, CodeList grades) {
        CodeList sexes = CodeLists.forDrafting().require("sex");
        List<Cell> out = new ArrayList<>();
        for (int h = 0; h + 1 < rows.size(); h++) {
            int sexCells = (int) rows.get(h).stream().filter(c -> c.kind() == CellKind.TEXT
                    && OfWhichSex.code(sexes, c.text()) != null).count();
            // Grades across on the row above the sexes (Age | Grade 1 | Grade 2 over Male | Female): a row per age,
            // whose first row ("<6") is an age, not a grade (review 26).
            boolean gradesAcross = h > 0 && count(rows.get(h - 1), grades) >= 2;
            if (!gradesAcross && count(rows.get(h), grades) == 0
                    && (sexCells >= 2 || sexCells == 1 && totalCell(rows.get(h)))
                    && !gradeLabelFirst(rows, h, h + 1, grades) && unknownThenGrades(rows, h + 1, grades)) {
                out.add(rows.get(h + 1).get(0));
            }
        }
        return out;
    }

    /**
     * Rows of a table under a heading of sexes ({@code Lahy | Vavy | Total}) whose labels the grade list knows none of
     * but which number themselves 1, 2, 3… ({@code Kilasi 1}, {@code Kilasi 2}): a form in a language whose grade word
     * is not built in. No table is drafted from them (what they are is not guessed); the draft proposes the grade
     * list's lines for them instead of saying nothing (review 30 C3).
     *
     * @param header the heading row's first cell
     * @param labels the rows' labels, the n-th being grade n
     */
    record UnknownGrades(Cell header, List<Cell> labels) {
        /** The template's grade list for them, as JSON: {@code {"G1": ["Kilasi 1"], "G2": ["Kilasi 2"]}}. */
        String codeListJson() {
            StringBuilder sb = new StringBuilder("{");
            for (int g = 0; g < labels.size(); g++) {
                String text = TemplateDrafter.oneLine(labels.get(g).text()).strip().replace("\\", "\\\\")
                        .replace("\"", "\\\"");
                sb.append(g == 0 ? "" : ", ").append("\"G").append(g + 1).append("\": [\"").append(text).append("\"]");
            }
            return sb.append('}').toString();
        }
    }

    /** A label ending or starting with its number, in any digits ({@code Kilasi 1}, {@code ۱ صنف}) or Roman figures. */
    private static final java.util.regex.Pattern NUMBERED_LABEL = java.util.regex.Pattern.compile(
            "\\p{L}[\\p{L} .'-]*?\\s*(\\p{Nd}{1,2}|\\b[ivx]{1,4})|(\\p{Nd}{1,2})\\s*\\p{L}[\\p{L} .'-]*");

    /**
     * The tables of {@code rows} whose rows number grades the list does not know ({@link UnknownGrades}): at least two
     * rows, numbered 1, 2, 3… down, each with a figure beside it, under a row naming two sexes and no grade.
     */
    static List<UnknownGrades> unknownGrades(List<List<Cell>> rows, CodeList grades) {
        CodeList sexes = CodeLists.forDrafting().require("sex");
        List<UnknownGrades> out = new ArrayList<>();
        for (int h = 0; h + 2 < rows.size(); h++) {
            List<Cell> head = rows.get(h);
            long sexCells = head.stream().filter(c -> c.kind() == CellKind.TEXT && sexes.code(c.text()) != null)
                    .map(c -> sexes.code(c.text())).distinct().count();
            if (sexCells < 2 || count(head, grades) > 0 || head.isEmpty()) {
                continue;
            }
            List<Cell> labels = new ArrayList<>();
            for (int r = h + 1; r < rows.size(); r++) {
                List<Cell> row = rows.get(r);
                Cell first = row.isEmpty() ? null : row.get(0);
                if (first == null || first.kind() != CellKind.TEXT || grades.code(first.text()) != null
                        || row.stream().noneMatch(c -> c.kind() == CellKind.NUMBER
                        || c.kind() == CellKind.TEXT && c.text().strip().matches("\\p{Nd}+"))
                        || numberOf(first.text()) != labels.size() + 1) {
                    break;
                }
                labels.add(first);
            }
            if (labels.size() >= 2) {
                out.add(new UnknownGrades(head.get(0), labels));
                h += labels.size();
            }
        }
        return out;
    }

    /** The number a label gives itself ({@code Kilasi 3} → 3, {@code Kilasi IV} → 4), or 0. */
    private static int numberOf(String text) {
        java.util.regex.Matcher m = NUMBERED_LABEL.matcher(HeaderText.normalizeLabel(text));
        if (!m.matches()) {
            return 0;
        }
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        int roman = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii").indexOf(n);
        if (roman >= 0) {
            return roman + 1;
        }
        int v = 0;
        for (char c : n.toCharArray()) {
            v = v * 10 + Character.digit(c, 10);
        }
        return v;
    }

    private static boolean gradeLabelFirst(List<List<Cell>> rows, int header, int r, CodeList grades) {
        if (r >= rows.size() || rows.get(r).isEmpty()) {
            return false;
        }
        Cell first = rows.get(r).get(0);
        if (first.kind() == CellKind.TEXT && grades.code(first.text()) == null && rows.get(r).size() > 2
                && streamHeading(rows.get(header), first.col())) {
            // Shift | Grade | Boys | Girls: the shift leads each block of grades (grid stream, decision 0091); the
            // grade stands right of it.
            first = rows.get(r).get(1);
        }
        if (first.kind() == CellKind.TEXT) {
            return grades.code(first.text()) != null;
        }
        if (first.kind() != CellKind.NUMBER || !NumberedGrades.gradeNumber(first.number())) {
            return false;
        }
        // The heading may stand on the row above the header: on the band row ("Std" beside "Enrolment" merged
        // over Boys | Girls), or merged down over both header rows (its text is on the upper one).
        for (int h = r - 1; h >= Math.max(0, header - 1); h--) {
            for (Cell c : rows.get(h)) {
                if (c.col() == first.col() && c.kind() == CellKind.TEXT && !c.isBlank()) {
                    return NumberedGrades.saysGrades(List.of(c.text()));
                }
            }
        }
        return false;
    }

    /** True when the header row's cell in column {@code col} names a stream, shift or session ({@link StreamHeaders}). */
    private static boolean streamHeading(List<Cell> header, int col) {
        return header.stream().anyMatch(c -> c.col() == col && c.kind() == CellKind.TEXT
                && StreamHeaders.names(TemplateDrafter.oneLine(c.text())));
    }

    /**
     * The number of grades a header row writes as lone numbers ({@code 1 | 2 | 3}, going up by one) when the
     * heading over them names grades: the text left of them on their row ({@code Classe | 1 | 2}), else the
     * banner over the first of them within two rows above ({@code Classe} merged over them, or the table's
     * title) when the text beside them names neither grades nor ages ({@code Sexe}, the heading of the rows).
     * Such numbers under {@code Age}, or under nothing, are not grades: 0.
     */
    private static int numberedGrades(List<List<Cell>> rows, int h, int after) {
        int n = 0;
        int firstCol = -1;
        double previous = 0;
        for (Cell c : rows.get(h)) {
            if (c.kind() != CellKind.NUMBER) {
                continue;
            }
            if (!NumberedGrades.gradeNumber(c.number()) || n > 0 && c.number() != previous + 1) {
                return 0;
            }
            firstCol = n == 0 ? c.col() : firstCol;
            previous = c.number();
            n++;
        }
        if (n < 2) {
            return 0;
        }
        for (int r = h; r >= Math.max(after + 1, h - 2); r--) {
            Cell heading = null;
            for (Cell c : rows.get(r)) {
                if (c.col() > firstCol || r == h && c.col() == firstCol) {
                    break;
                }
                if (c.kind() == CellKind.TEXT && !c.isBlank()) {
                    heading = c;
                }
            }
            if (heading == null) {
                continue;
            }
            if (NumberedGrades.saysGrades(List.of(heading.text()))) {
                return n;
            }
            if (r < h || NumberedGrades.saysAges(heading.text())) {
                return 0;
            }
            // "Sexe | 1 | 2 | 3": the heading of the row labels beside the numbers; the banner above says what they are.
        }
        return 0;
    }

    /**
     * True when the row holds a sex label before its numbers (the M/F rows layout); with {@code afterLabel}, past
     * the row's first cell, its grade label, which may be a number ({@code 1 | M | 20 | 8}).
     */
    private static boolean sexColumn(List<List<Cell>> rows, int r, CodeList sexes, boolean afterLabel) {
        if (r >= rows.size()) {
            return false;
        }
        for (Cell c : rows.get(r)) {
            if (afterLabel && c == rows.get(r).get(0)) {
                continue;
            }
            if (c.kind() == CellKind.NUMBER) {
                return false;
            }
            if (c.kind() == CellKind.TEXT && sexes.code(c.text()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The nearest text above the header that is not itself a grade, sex or age label, or null. */
    /**
     * The text left of the first sex of a header row of sexes, when it is the row's only other text: the title of
     * a table of one grade written beside its sexes; else null.
     */
    private static Cell titleBeside(List<Cell> header, CodeList sexes) {
        Cell title = null;
        for (Cell c : header) {
            if (c.kind() == CellKind.TEXT && OfWhichSex.code(sexes, c.text()) != null) {
                return title;
            }
            if (!c.isBlank()) {
                if (title != null || c.kind() != CellKind.TEXT) {
                    return null;
                }
                title = c;
            }
        }
        return null;
    }

    /**
     * The corner cell of a header row of grades: its text left of the first grade, when it names no grade, sex or
     * age ({@code Category}, {@code Indicator}); else null.
     */
    private static Cell corner(List<Cell> header, CodeList grades, CodeList sexes) {
        for (Cell c : header) {
            if (c.isBlank()) {
                continue;
            }
            boolean plain = c.kind() == CellKind.TEXT && grades.code(c.text()) == null && sexes.code(c.text()) == null
                    && CodeLists.builtIn().require("age").code(c.text()) == null && !yearLine(c.text());
            return plain ? c : null;
        }
        return null;
    }

    /**
     * The graded topics the rows {@code start}…{@code last} name in their first cell ({@code Enrollment},
     * {@code Repeaters}, {@code Learners with Disabilities}: the built-in {@code topic} list, as the import reads
     * such rows), in order, each once; empty when a row is labelled with anything else (ages, a total, a sex).
     */
    private static boolean gradedTopic(String code) {
        // The list also names counts that are no topic of a grid (teachers, classrooms): those are not graded.
        return java.util.Arrays.stream(org.emisworkbench.model.Topic.values())
                .anyMatch(t -> t.code().equalsIgnoreCase(code) && t.graded());
    }

    private static List<String> topicsDown(List<List<Cell>> rows, int start, int last) {
        CodeList topics = CodeLists.builtIn().require("topic");
        List<String> out = new ArrayList<>();
        for (int r = start; r <= last && r < rows.size(); r++) {
            Cell first = rows.get(r).stream().filter(c -> !c.isBlank()).findFirst().orElse(null);
            if (first == null) {
                continue;
            }
            String code = first.kind() == CellKind.TEXT ? topics.code(first.text()) : null;
            if (code == null || !gradedTopic(code)) {
                return List.of();
            }
            if (!out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    private static Cell title(List<List<Cell>> rows, int header, int after, CodeList grades, CodeList sexes,
                              CodeList ages) {
        for (int r = header - 1; r >= Math.max(after + 1, header - TITLE_ROWS); r--) {
            if (FormCells.labelLine(rows.get(r))) {
                // Escola: | EP 1, Ano lectivo: | 2025, Año lectivo | 2024 above the table: labels and their values,
                // no title.
                continue;
            }
            for (Cell c : rows.get(r)) {
                // A heading naming grades or ages alone ("Classe" merged over 1 … 6, "Age" over the age labels)
                // heads columns or rows; it is no title.
                if (c.kind() == CellKind.TEXT && !c.isBlank() && grades.code(c.text()) == null
                        && sexes.code(c.text()) == null && ages.code(c.text()) == null
                        && !NumberedGrades.headingOnly(c.text()) && !yearLine(c.text())) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * True for a line stating the school year ({@code Année scolaire : 2024-2025}, {@code Academic Year: 2016 E.C.}):
     * a year label's words, or none, before a year. It titles no block (as the grid reader takes it, section 5 of
     * the templates guide); drafted as a title, it made a grid reading the table another grid reads (review 27).
     */
    static boolean yearLine(String text) {
        String year = YearBands.yearIn(text);
        if (year == null || !text.contains(year)) {
            return false;
        }
        String before = text.substring(0, text.indexOf(year)).replaceAll("[\\s:：,\\-–—]+$", "");
        String words = DraftVocabulary.fold(HeaderText.normalizeLabel(before));
        return words.isEmpty() || FormDrafter.YEAR_LABELS.stream().anyMatch(w -> words.equals(w)
                || words.endsWith(" " + w));
    }

    /**
     * True when the first label of the first value row is an age ("6 ans", 6, "< 6"). Cells under the header's
     * grade and sex labels are the table's figures, never its labels: in a {@code Boys | 5 | 3} row under
     * {@code Std 1 | Std 2}, the 5 is a count, not an age.
     */
    private static boolean firstLabelIsAge(List<List<Cell>> rows, int header, int start, CodeList grades,
                                           CodeList ages, CodeList sexes) {
        if (start >= rows.size()) {
            return false;
        }
        java.util.Set<Integer> figures = new java.util.HashSet<>();
        for (int r = header; r < start; r++) {
            for (Cell c : rows.get(r)) {
                if (c.kind() == CellKind.NUMBER
                        || c.kind() == CellKind.TEXT && (grades.code(c.text()) != null || sexes.code(c.text()) != null)) {
                    figures.add(c.col());
                }
            }
        }
        for (Cell c : rows.get(start)) {
            if (c.isBlank() || c.kind() == CellKind.TEXT && sexes.code(c.text()) != null) {
                continue;
            }
            if (figures.contains(c.col())) {
                return false;
            }
            return ages.code(c.shown()) != null;
        }
        return false;
    }
}
