package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Message;

/**
 * Guesses one wide sheet's columns for {@link TemplateDrafter}: the header row found as the reader finds it
 * ({@link HeaderLocator}, with the headers of {@link DraftVocabulary}), then each column's field from its header,
 * and the columns that are left out (names, remarks, words only) or left for the officer (a second column for one
 * figure, a total adding up nothing on the sheet, a code list whose codes do not fit).
 */
final class WideColumnGuesses {
    private WideColumnGuesses() {
    }

    /**
     * A header as guessed: a bare CP read as the second year where it follows CI ({@link InitiationGrades}), a
     * {@code Form 2} as the grade the officer's years of primary make it ({@link SecondaryYears}).
     */
    private static String secondYear(String header, boolean cpIsSecond, SecondaryYears secondary) {
        return secondary.asGrade(cpIsSecond ? InitiationGrades.cpAsSecondYear(header) : header);
    }

    /**
     * Guesses one sheet's columns, reading lone sex letters as {@code letters} says (the workbook's language);
     * a column whose sex is a letter that cannot be told (a Portuguese M without H or F beside it) is left
     * out, with a note.
     */
    static SheetMapping guessSheet(String sheet, List<List<Cell>> rows, Integer headerRow, DraftLetters letters,
                                   List<Message> notes) {
        return guessSheet(sheet, rows, headerRow, null, letters, SecondaryYears.NOT_GIVEN, notes);
    }

    /** As above, reading {@code Form 1}… as the grades after {@code secondary}'s years of primary. */
    static SheetMapping guessSheet(String sheet, List<List<Cell>> rows, Integer headerRow, DraftLetters letters,
                                   SecondaryYears secondary, List<Message> notes) {
        return guessSheet(sheet, rows, headerRow, null, letters, secondary, notes);
    }

    /**
     * As {@link #guessSheet(String, List, Integer, DraftLetters, List)}, the header taking exactly {@code headerRows}
     * rows from {@code headerRow} when both are given (the officer said so on the mapping screen).
     */
    static SheetMapping guessSheet(String sheet, List<List<Cell>> rows, Integer headerRow, Integer headerRows,
                                   DraftLetters letters, List<Message> notes) {
        return guessSheet(sheet, rows, headerRow, headerRows, letters, SecondaryYears.NOT_GIVEN, notes);
    }

    private static SheetMapping guessSheet(String sheet, List<List<Cell>> rows, Integer headerRow,
                                           Integer headerRows, DraftLetters letters, SecondaryYears secondary,
                                           List<Message> notes) {
        if (headerRow == null || headerRows == null) {
            headerRows = null;
        }
        HeaderMatcher vocabulary = DraftVocabulary.matcher(letters.matcherLanguage());
        // Headers cut short ("Code établ.") are found as written out; the template keeps them as written.
        HeaderLayout h = HeaderLocator.locate(DraftVocabulary.writtenOut(rows), vocabulary, headerRow, headerRows);
        if (h != null && headerRows != null && (h.firstRow() != headerRow - 1
                || h.lastRow() - h.firstRow() + 1 != headerRows)) {
            h = null;
        }
        if (h != null && h.firstRow() != h.lastRow() && headerRows == null) {
            // A banner ("Part A") above the header ties with the header alone: then the header is one row.
            HeaderLayout lowerOnly = HeaderLocator.locate(DraftVocabulary.writtenOut(rows), vocabulary,
                    h.lastRow() + 1);
            if (lowerOnly != null && lowerOnly.firstRow() == lowerOnly.lastRow() && lowerOnly.score() >= h.score()) {
                h = lowerOnly;
            }
        }
        boolean byName = false;
        if (h == null) {
            // No school-code column: a list may name its schools instead (decision 0037), read by its name column.
            h = HeaderLocator.locate(DraftVocabulary.writtenOut(rows), vocabulary.withoutKey(), headerRow, headerRows);
            byName = h != null;
        }
        int first;
        int last;
        if (h != null) {
            first = h.firstRow();
            last = h.lastRow();
        } else if (headerRow != null && headerRow - 1 < rows.size()) {
            first = headerRow - 1;
            last = headerRows == null ? headerRow - 1 : Math.min(rows.size() - 1, headerRow - 2 + headerRows);
        } else {
            return null;
        }
        if (headerRow == null) {
            last = HeaderDepth.lastRow(rows, first, last, DraftVocabulary.sheetTopic(sheet), letters.matcherLanguage(),
                    secondary);
            if (first == last) {
                // Last year's and this year's columns under year banners: the banner is part of the header.
                first = DraftYearColumns.withYearBanner(rows, first);
            }
        }
        // "Class 1" over "Male" over "New | Rep": the sub-column row is the header's last row, and the class's
        // enrolment is its two parts added up (decision 0060).
        int subRow = NewRepColumns.subRow(rows, first, last);
        NewRepColumns.Found split = null;
        // One sheet per grade ("1ère année", decision 0117): the grade is the sheet's name, for every count below.
        String sheetGrade = SheetNames.gradeOf(sheet, SheetNames.GRADE, CodeLists.forDrafting().require("grade"));
        int middle = subRow < 0 && sheetGrade != null ? NewRepColumns.middleSubRow(rows, first, last) : -1;
        if (subRow >= 0 && (headerRow == null || subRow == last)) {
            last = subRow;
            split = NewRepColumns.guess(sheet, rows, first, last, DraftVocabulary.sheetTopic(sheet),
                    letters.matcherLanguage(), notes);
        } else if (middle >= 0) {
            // "Effectifs" over "Nouveaux | Redoublants" over "G | F": the class is the sheet's, the sex below.
            split = NewRepColumns.guess(sheet, rows, first, middle, last, DraftVocabulary.sheetTopic(sheet),
                    letters.matcherLanguage(), notes);
        }
        String[] texts = HeaderLocator.columnTexts(rows, first, last);
        // "Boys / Boe": a bilingual header is guessed by the side that means something, and written whole.
        String[] written = bilingualSides(texts, topic(sheet), letters);
        DraftYearColumns years = DraftYearColumns.of(texts);
        // The reader falls back on the lower row alone when the combined text means nothing ("Part A" above
        // "School code"): so does the guess, and the header kept is the one that was understood.
        String[] lower = first == last ? texts : HeaderLocator.textsUnder(rows, first, last);
        String topic = DraftVocabulary.sheetTopic(sheet);
        boolean cpIsSecond = InitiationGrades.cpFollowsCi(java.util.Arrays.asList(texts));
        List<ColumnMapping> columns = new ArrayList<>();
        Set<String> meanings = new HashSet<>();
        boolean keyFound = false;
        List<String> subGroups = new ArrayList<>();
        List<Integer> ungraded = new ArrayList<>();
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] == null || texts[c].isBlank()) {
                continue;
            }
            if (split != null && split.columns().containsKey(c)) {
                ColumnMapping part = split.columns().get(c);
                if (part.field() != null) {
                    meanings.add(meaning(part.field(), part.sex(), part.grade(), part.age()));
                }
                columns.add(part);
                continue;
            }
            if (DraftVocabulary.ungraded(texts[c])) {
                // "Non-Graded (SNEd)" over Male | Female | Total: pupils without a grade, whom no enrolment figure
                // can hold (each has a grade); left out on purpose and said, its Total never taken for the school's.
                columns.add(ColumnMapping.leftOut(c, texts[c], 0.9));
                ungraded.add(c);
                continue;
            }
            if (years.thisYear[c] != null && !years.latest[c]) {
                // Another year of a column drafted as {year}: read by that column when its year is imported.
                columns.add(ColumnMapping.unread(c, texts[c]));
                continue;
            }
            String whole = texts[c];
            DraftVocabulary.Guess g = DraftVocabulary.guess(secondYear(years.thisYear[c] == null ? texts[c]
                    : DraftYearColumns.withoutYear(years.thisYear[c]), cpIsSecond, secondary), topic, letters.matcherLanguage());
            if (g != null && years.thisYear[c] != null) {
                texts[c] = years.thisYear[c];
            }
            if (g == null && c < lower.length && lower[c] != null && !lower[c].equals(texts[c])) {
                g = DraftVocabulary.guess(secondYear(lower[c], cpIsSecond, secondary), topic, letters.matcherLanguage());
                if (g != null && g.total() && g.grade() == null && g.age() == null
                        && unknownSexBand(texts, lower, c, topic, letters)) {
                    // "Total" under a band the draft does not know, beside that band's own sexes ("Male | Female
                    // | Total"): the band's total, not the sheet's (review 33: a group's total checked as the
                    // school's gave a TOTAL_MISMATCH on every row).
                    g = null;
                }
                if (g != null) {
                    // Written whole when the same lower header stands under another band too: a header the
                    // template writes names one column only.
                    texts[c] = sameUnder(lower, c) ? texts[c] : lower[c];
                }
            }
            if (g == null) {
                g = gradeFromSheetName(sheet, texts[c], topic, letters);
            }
            if (g == null && sheetGrade != null && c < lower.length && lower[c] != null && !lower[c].equals(texts[c])) {
                // "Total" over "G | F | T" on a sheet named by a grade: "T" is that grade's total of both sexes.
                DraftVocabulary.Guess t = gradeFromSheetName(sheet, lower[c], topic, letters);
                g = t != null && t.total() && HeaderText.isTotalWord(texts[c].strip().split("\\s+")[0]) ? t : null;
            }
            if (g != null && !g.key() && g.grade() != null && NumberedGrades.loneNumber(texts[c])
                    && !NumberedGrades.saysGrades(List.of(secondary.asGrade(whole), sheet))) {
                // "6 Boys" under "Age", or under nothing: the number is not said to be a grade; left for the officer.
                g = null;
            }
            if (g != null && g.sex() != null && letters.ambiguous(texts[c])) {
                notes.add(Message.of("draft.ambiguousSex", sheet, CellRef.columnLetters(c), TemplateDrafter.oneLine(texts[c])));
                columns.add(ColumnMapping.unread(c, texts[c]));
                continue;
            }
            if (g != null && !g.key() && g.grade() == null && g.age() == null
                    && HeadingColumns.heading(rows, last, c)) {
                // A section heading ("TEACHERS") with nothing under it: no field is read from it (review 23).
                columns.add(ColumnMapping.unread(c, texts[c]));
                continue;
            }
            // "Status" over Negeri, Swasta (Dapodik): the school's status said as its ownership, read as such.
            // "Gender" over Boys, Girls, Mixed (Punjab): the sexes the school admits (decision 0116).
            String kind = g == null && DraftVocabulary.schoolGender(texts[c]) && genderOfSchool(rows, last, c)
                    ? "school.gender"
                    : g == null && DraftVocabulary.schoolKind(texts[c]) ? kindOfSchool(rows, last, c)
                    : g != null && "school.status".equals(g.field()) && mostlyCodes("ownership", rows, last, c)
                    ? "school.ownership" : null;
            if (kind != null && meanings.add(meaning(kind, null, null, null))) {
                // "School Type" over Community, Institutional: the values say which of the school's kinds it is.
                columns.add(new ColumnMapping(c, texts[c], kind, false, false, null, null, null, null, 0.7));
                continue;
            }
            if (g == null && DraftVocabulary.subGroup(texts[c])) {
                // "Dalit Girls": some of the pupils counted by grade, counted again; never added to enrolment.
                columns.add(ColumnMapping.leftOut(c, texts[c], 0.9));
                subGroups.add(CellRef.columnLetters(c) + " “" + TemplateDrafter.oneLine(texts[c]) + "”");
                continue;
            }
            if (g == null) {
                // Names, phone numbers and remarks are read by nobody: left out on purpose, not reported at import.
                columns.add(DraftVocabulary.notCensus(texts[c]) ? ColumnMapping.leftOut(c, texts[c], 0.9)
                        : DraftVocabulary.serial(texts[c]) && SerialColumn.numbersRows(texts[c], rows, last, c)
                                ? ColumnMapping.leftOut(c, texts[c], 0.8) : ColumnMapping.unread(c, texts[c]));
            } else if (g.key()) {
                columns.add(keyFound ? ColumnMapping.unread(c, texts[c])
                        : new ColumnMapping(c, texts[c], null, true, false, null, null, null, null, g.confidence()));
                keyFound = true;
            } else if (!codesFit(g.field(), rows, last, c)) {
                // "Zone" over "Zone 3", "Zone 4": a school cluster, not urban/rural; reading it as the locality
                // would report every school's value as an unknown code. Left out, for the officer to see.
                columns.add(ColumnMapping.leftOut(c, texts[c], 0.5));
            } else if (!meanings.add(meaning(g.field() + (g.total() ? "#total" : ""), g.sex(), g.grade(), g.age()))) {
                // Two columns for one figure: the second would overwrite the first, so it is left for the officer.
                columns.add(ColumnMapping.unread(c, texts[c]));
            } else {
                columns.add(new ColumnMapping(c, texts[c], g.field(), false, g.total(), g.sex(), g.grade(), g.age(),
                        g.total() ? null : codeListFor(g.field(), rows, last, c), g.confidence()));
            }
        }
        if (!subGroups.isEmpty()) {
            notes.add(Message.of("draft.subGroups", sheet, String.join(", ", subGroups)));
        }
        if (sheetGrade != null) {
            columns = withSheetGrade(columns, sheetGrade);
        }
        if (!ungraded.isEmpty()) {
            columns = ungradedLeftOut(columns, ungraded, sheet, notes);
        }
        // Numbers under a blank header: no template can read them; the draft says so, as the import and check will.
        for (BlankHeaders.Column b : BlankHeaders.of(texts, rows, last)) {
            String[] above = b.index() ? null : BlankHeaders.textsAbove(rows, last, b.col());
            notes.add(b.index() ? Message.of("draft.indexColumn", sheet, CellRef.columnLetters(b.col()))
                    : above != null ? Message.of("draft.blankHeaderUnder", sheet, CellRef.columnLetters(b.col()),
                            last + 1, b.figures(), above[0], above[1])
                    : Message.of("draft.blankHeader", sheet, CellRef.columnLetters(b.col()), b.figures()));
        }
        List<SumMapping> sums = new ArrayList<>(split == null ? List.of() : split.sums());
        // "Form 1 East Boys | Form 1 West Boys": the streams of a grade, added.
        columns = StreamColumns.apply(columns, sums, x -> DraftVocabulary.guess(secondYear(x, cpIsSecond, secondary),
                topic, letters.matcherLanguage()));
        // "HM | M", "Total | Girls": the other sex is the total less the one given, before lone totals are dropped.
        columns = SexDifferenceDrafter.apply(columns, sums);
        List<ColumnMapping> beforeTotals = columns;
        columns = bothSexesTotals(columns, sums);
        bothSexesAlone(beforeTotals, columns, sheet, notes);
        // "Grade | 2023 Boys | 2024 Boys": the grade in the row, the year and sex in the header (DraftYearRows).
        DraftYearRows yearRows = new DraftYearRows();
        CodeList sexes = DraftVocabulary.sexes(letters.matcherLanguage()); // French G is garçons, in a header or a row
        columns = yearRows.restore(RowDimensionDrafter.apply(yearRows.asThisYear(columns, years), rows, last, topic,
                sheet, notes, secondary.grades(rows), sums, sexes,
                DraftVocabulary.grades(letters.matcherLanguage())));
        // "Boys" then "Total" rows where the row gives the sex: the other sex is the total row less the one given.
        RowDimensionDrafter.sexRows(columns, rows, last, sums, sexes);
        // "Classe | HM | M", "Grade | Total | Girls" with the grade in the row: the one sex is known only now.
        columns = SexDifferenceDrafter.apply(columns, sums);
        columns = TeacherStatusDrafter.apply(columns, sums, header -> {
            DraftVocabulary.Guess t = DraftVocabulary.guess(header, topic, letters.matcherLanguage());
            return t != null && "teachers.total".equals(t.field()) && !t.total() && t.grade() == null
                    && t.age() == null ? t.sex() : null;
        });
        columns = TeacherSumDrafter.licensedAmongLevels(columns);
        columns = TeacherSumDrafter.byPosition(columns, sums);
        // The pupils' sums by residence (Day Boys + Boarding Boys) leave the teachers' own sums to be drafted.
        Set<String> summed = sums.stream().filter(s -> s.field().startsWith("teachers")).map(SumMapping::sex)
                .collect(java.util.stream.Collectors.toSet());
        TeacherSumDrafter.guess(columns).stream().filter(s -> !summed.contains(s.sex())).forEach(sums::add);
        columns = TeacherSumDrafter.withTotalOfSums(columns, sums, header -> {
            DraftVocabulary.Guess t = DraftVocabulary.guess(header, topic, letters.matcherLanguage());
            return t != null && t.total() && t.sex() == null && t.grade() == null && t.age() == null;
        });
        columns = TeacherSumDrafter.totalsOfTeachers(columns, sums);
        columns = classroomsTotal(columns);
        // "School code | Shift | Grade 1 Boys …", a row per school and shift: the shift names the row's stream, added.
        columns = RowDimensionDrafter.streamsAcross(columns, rows, last, sheet, notes);
        columns = wordsOnlyLeftOut(columns, rows, last);
        columns = departementAsRegion(columns);
        columns = asWritten(columns, written);
        if (byName) {
            columns = keyedByName(columns);
            if (columns == null) {
                return null;
            }
        }
        // A header with its sub-column row is written whole (headerRow, headerRows): read from its upper rows
        // alone, the class and sex would fall on the New column only.
        return new SheetMapping(sheet, first, last, headerRow != null || split != null && !split.sums().isEmpty(),
                columns, Map.of(), sums);
    }

    /**
     * On a sheet named by a grade, the counts of a graded topic guessed without a grade ({@code Total G} beside the
     * sheet's New and Rep columns) are that grade's, as the template's {@code "{grade}"} entry reads them.
     */
    private static List<ColumnMapping> withSheetGrade(List<ColumnMapping> columns, String grade) {
        List<ColumnMapping> out = new ArrayList<>();
        for (ColumnMapping c : columns) {
            boolean graded = c.field() != null && c.grade() == null && CanonicalField.parse(c.field())
                    .map(f -> f.kind() == CanonicalField.Kind.GRADED).orElse(false);
            out.add(graded ? new ColumnMapping(c.col(), c.header(), c.field(), c.key(), c.total(), c.sex(), grade,
                    c.age(), c.codeList(), c.confidence(), c.leftOut()) : c);
        }
        return out;
    }

    /**
     * Columns of pupils without a grade ({@link DraftVocabulary#ungraded}) left out, said in a note naming them; the
     * sheet's totals over every grade ({@code TOTAL Male | Female | Total}) count those pupils too, so compared with
     * the graded columns alone they would differ on every school that has some: left out with them, and said.
     */
    private static List<ColumnMapping> ungradedLeftOut(List<ColumnMapping> columns, List<Integer> ungraded,
                                                       String sheet, List<Message> notes) {
        List<String> named = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        List<ColumnMapping> out = new ArrayList<>();
        for (ColumnMapping m : columns) {
            if (ungraded.contains(m.col())) {
                named.add(m.letters() + " “" + TemplateDrafter.oneLine(m.header()) + "”");
                out.add(m);
            } else if (m.total() && m.grade() == null && m.age() == null && m.field() != null
                    && !m.field().startsWith("teachers")) {
                totals.add(m.letters() + " “" + TemplateDrafter.oneLine(m.header()) + "”");
                out.add(ColumnMapping.leftOut(m.col(), m.header(), m.confidence()));
            } else {
                out.add(m);
            }
        }
        notes.add(Message.of("draft.ungraded", sheet, String.join(", ", named)));
        if (!totals.isEmpty()) {
            notes.add(Message.of("draft.ungradedTotals", sheet, String.join(", ", totals)));
        }
        return out;
    }

    /**
     * True when column {@code c}'s band (its header above {@code lower[c]}) also stands over a column whose lower
     * header is a sex and which the draft does not understand whole ({@code Non-Graded (SNEd)} over {@code Male}):
     * a group of its own, so a {@code Total} under it is that group's.
     */
    private static boolean unknownSexBand(String[] texts, String[] lower, int c, String topic, DraftLetters letters) {
        String band = band(texts[c], lower[c]);
        if (band == null) {
            return false;
        }
        CodeList sexes = DraftVocabulary.sexes(letters.matcherLanguage());
        for (int o = 0; o < texts.length; o++) {
            if (o != c && o < lower.length && lower[o] != null && texts[o] != null
                    && band.equals(band(texts[o], lower[o])) && sexes.code(lower[o]) != null
                    && DraftVocabulary.guess(texts[o], topic, letters.matcherLanguage()) == null) {
                return true;
            }
        }
        return false;
    }

    /** The words above a column's lower header ({@code Non-Graded (SNEd)} of {@code Non-Graded (SNEd) Total}). */
    private static String band(String whole, String lower) {
        if (whole == null || lower == null || !whole.endsWith(lower) || whole.length() == lower.length()) {
            return null;
        }
        String band = whole.substring(0, whole.length() - lower.length()).strip();
        return band.isEmpty() ? null : band;
    }

    /** True when another column has the same lower header as column {@code c}. */
    private static boolean sameUnder(String[] lower, int c) {
        for (int o = 0; o < lower.length; o++) {
            if (o != c && lower[c].equals(lower[o])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A {@code Département} column drafted as the district beside a column of an area below it ({@code Commune},
     * {@code Arrondissement}, {@code District scolaire}: {@link GroupRows#departementField}) is the region, as a
     * form's label is (FormDrafter, review 32 B3); the lower area not read is then the district ({@link
     * GroupRows#departementAsRegion}). Without a lower area it stays the district.
     */
    private static List<ColumnMapping> departementAsRegion(List<ColumnMapping> columns) {
        return GroupRows.departementAsRegion(columns, ColumnMapping::header, ColumnMapping::field, c -> !c.reads(),
                (c, field) -> new ColumnMapping(c.col(), c.header(), field, false, false, null, null, null, null, 0.8));
    }

    private static String topic(String sheet) {
        return DraftVocabulary.sheetTopic(sheet);
    }

    /**
     * Each header written in two languages ({@code Boys / Boe}, {@code Class / Klas}: a slash with a space either
     * side, {@link HeaderText#bilingualSides}) that means nothing whole but of which one side is known (a header of
     * the vocabulary, a column saying the row's grade, sex or age, a sex) is replaced in {@code texts} by that side,
     * for the guess; the headers as written are returned for {@link #asWritten}, null where nothing was replaced.
     */
    private static String[] bilingualSides(String[] texts, String topic, DraftLetters letters) {
        String[] written = new String[texts.length];
        for (int c = 0; c < texts.length; c++) {
            String whole = texts[c];
            if (whole == null || meaning(whole, topic, letters) != null) {
                continue;
            }
            String known = null;
            String meant = null;
            boolean agree = true;
            for (String side : HeaderText.bilingualSides(HeaderText.normalize(TemplateDrafter.oneLine(whole)))) {
                String asWritten = sideAsWritten(whole, side);
                String m = meaning(asWritten, topic, letters);
                if (m == null && CodeLists.namesDimension(asWritten)) {
                    // "Class 1 / Female": a grade and a sex, not one header in two languages.
                    agree = false;
                }
                if (m != null) {
                    agree &= meant == null || meant.equals(m);
                    known = known == null ? asWritten : known;
                    meant = m;
                }
            }
            // "Boys / Girls" is no pair of languages: its sides mean two things, and it is left as it is.
            if (known != null && agree) {
                written[c] = whole;
                texts[c] = known;
            }
        }
        return written;
    }

    /**
     * What a header alone means to the draft, as text to compare, or null: its guess, a column saying the row's
     * grade, sex or age, or a sex. A bilingual header's sides are not tried here ({@link HeaderMatcher#match} tries
     * them once the whole means nothing), so that a header means something only as written.
     */
    private static String meaning(String header, String topic, DraftLetters letters) {
        if (!HeaderText.bilingualSides(HeaderText.normalize(header)).isEmpty()) {
            return null;
        }
        DraftVocabulary.Guess g = DraftVocabulary.guess(header, topic, letters.matcherLanguage());
        if (g != null) {
            return g.toString();
        }
        for (String dim : List.of("grade", "sex", "age")) {
            if (RowDimensionDrafter.saysDimension(header, dim)) {
                return "row." + dim;
            }
        }
        String sex = CodeLists.forDrafting().require("sex").code(header);
        return sex == null ? null : "sex " + sex;
    }

    /** The side of a bilingual header as the header writes it (case kept), found by its normalised text. */
    private static String sideAsWritten(String whole, String normalizedSide) {
        for (String part : TemplateDrafter.oneLine(whole).split(" / ")) {
            if (HeaderText.normalizeLabel(part).equals(HeaderText.normalizeLabel(normalizedSide))) {
                return part.strip();
            }
        }
        return normalizedSide;
    }

    /** The columns with the headers replaced by {@link #bilingualSides} given back as written. */
    private static List<ColumnMapping> asWritten(List<ColumnMapping> columns, String[] written) {
        List<ColumnMapping> out = new ArrayList<>(columns.size());
        for (ColumnMapping c : columns) {
            String w = c.col() >= 0 && c.col() < written.length ? written[c.col()] : null;
            out.add(w == null ? c : new ColumnMapping(c.col(), w, c.field(), c.key(), c.total(), c.sex(), c.grade(),
                    c.age(), c.codeList(), c.confidence(), c.leftOut()));
        }
        return out;
    }

    /**
     * The columns of a list without a school-code column, its column naming the schools ({@code School name},
     * {@code Nom de l'école}; a bare {@code Name} is not enough) made the key, to be matched against the master
     * list ({@code "schoolKey": "name"}); null when no column says it names the school, or when fewer than two
     * columns read figures (a register of persons is drafted as a roster, not as a list of schools).
     */
    private static List<ColumnMapping> keyedByName(List<ColumnMapping> columns) {
        long figures = columns.stream().filter(c -> c.field() != null && !c.field().startsWith("school.")
                && !c.field().startsWith("row.")).count();
        ColumnMapping name = columns.stream().filter(c -> RosterDrafter.NAME_KEY.equals(c.field())
                && RosterDrafter.saysSchool(c.header())).findFirst().orElse(null);
        if (name == null || figures < 2) {
            return null;
        }
        List<ColumnMapping> out = new ArrayList<>(columns.size());
        for (ColumnMapping c : columns) {
            out.add(c != name ? c : new ColumnMapping(c.col(), c.header(), RosterDrafter.NAME_KEY, true, false, null,
                    null, null, null, 0.8));
        }
        return out;
    }

    /**
     * A column still unread whose header means nothing known and below which stand only words (a clerk's
     * initials under "Checked by", a hidden working column, a remark without a known header): it holds no census
     * figure, so it is left out on purpose rather than reported at every import. A column with a single number
     * below it stays unread, for the check and the import to report as figures left unread.
     */
    private static List<ColumnMapping> wordsOnlyLeftOut(List<ColumnMapping> columns, List<List<Cell>> rows,
                                                        int lastHeaderRow) {
        List<ColumnMapping> out = new ArrayList<>(columns.size());
        for (ColumnMapping c : columns) {
            out.add(!c.reads() && !c.leftOut() && wordsOnly(rows, lastHeaderRow, c.col())
                    ? ColumnMapping.leftOut(c.col(), c.header(), 0.6) : c);
        }
        return out;
    }

    /** True when the column holds something below its header, and no number nor text with a digit ("1.050"). */
    private static boolean wordsOnly(List<List<Cell>> rows, int lastHeaderRow, int col) {
        int words = 0;
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell cell : rows.get(r)) {
                if (cell.col() != col || cell.isBlank()) {
                    continue;
                }
                if (cell.kind() != CellKind.TEXT || cell.text().chars().anyMatch(Character::isDigit)) {
                    return false;
                }
                words++;
            }
        }
        return words > 0;
    }

    /**
     * A workbook with one sheet per grade ("Grade 1", "CP1", "Std 3") whose columns say only the sex
     * ("Boys", "Girls"): the sheet's name gives the grade, as it would at the head of the column.
     * Only a guess that finds a grade in the name is taken, so "Sheet1" adds nothing.
     */
    private static DraftVocabulary.Guess gradeFromSheetName(String sheet, String header, String topic,
                                                            DraftLetters letters) {
        DraftVocabulary.Guess g = DraftVocabulary.guess(sheet + " " + header, topic, letters.matcherLanguage());
        return g != null && !g.key() && g.grade() != null ? g : null;
    }

    /**
     * A total of both sexes ({@code Grade 1 Total}, {@code Grand total}) is kept only where the girls' and
     * boys' columns it adds up are on the sheet (of its grade, for a grade's total): else it would compare
     * nothing, or the wrong thing (a {@code Total} beside teacher columns), and is left for the officer.
     */
    private static List<ColumnMapping> bothSexesTotals(List<ColumnMapping> columns, List<SumMapping> sums) {
        List<ColumnMapping> out = new ArrayList<>(columns);
        for (int i = 0; i < out.size(); i++) {
            ColumnMapping t = out.get(i);
            if (!t.total() || t.sex() != null) {
                continue;
            }
            Set<String> sexes = new HashSet<>();
            for (ColumnMapping c : columns) {
                if (!c.total() && Objects.equals(c.field(), t.field()) && c.sex() != null
                        && (t.grade() == null || t.grade().equals(c.grade()))) {
                    sexes.add(c.sex());
                }
            }
            for (SumMapping s : sums) {
                // A class's enrolment as its New and Rep columns added up is a column of that figure too, and so is
                // one sex as both less the other ("ຊັ້ນ ປ.1 ລວມ" − "ຊັ້ນ ປ.1 ຍິງ"): the grand total "ລວມທັງໝົດ ລວມ"
                // then adds up both sexes (review 33), unless it is itself the total taken from.
                if (!(s.difference() && s.headers().contains(t.header()))
                        && Objects.equals(s.field(), t.field()) && s.sex() != null
                        && (t.grade() == null || t.grade().equals(s.grade()))) {
                    sexes.add(s.sex());
                }
            }
            if (sexes.isEmpty() && t.grade() == null && t.age() == null && togetherField(t.field())
                    && columns.stream().noneMatch(c -> c != t && !c.total() && t.field().equals(c.field()))) {
                // "Teachers" with no column of the teachers by sex: teachers of both sexes together, the sex not
                // reported, read as such (decision 0058), never split into a sex.
                out.set(i, new ColumnMapping(t.col(), t.header(), t.field(), false, false,
                        org.emisworkbench.model.Sex.BOTH_TOGETHER, null, null, null, t.confidence()));
            } else if (sexes.size() < 2) {
                // A total naming its own field ("Teachers") is never moved to another field ("Girls | Boys").
                String other = t.grade() == null && !fixedField(t.field()) ? onlySexedField(columns, t) : null;
                out.set(i, other == null ? ColumnMapping.unread(t.col(), t.header())
                        : new ColumnMapping(t.col(), t.header(), other, false, true, null, null, null, null,
                                t.confidence()));
            }
        }
        return out;
    }

    /** True for a count whose return may give both sexes together, its sex not reported (teachers). */
    private static boolean togetherField(String field) {
        return CanonicalField.parse(field).map(f -> f.kind() == CanonicalField.Kind.FIXED
                && f.topic().sexMayBeUnreported()).orElse(false);
    }

    /** True for a field counted in named slots ({@code teachers.total}), not a graded topic. */
    private static boolean fixedField(String field) {
        return CanonicalField.parse(field).map(f -> f.kind() == CanonicalField.Kind.FIXED).orElse(false);
    }

    /**
     * Notes a total of both sexes of a field in named slots ({@code Teachers}, {@code Enseignants}) that nothing on
     * the sheet splits by sex, drafted as teachers of both sexes together ({@code "sex": "both"}, decision 0058):
     * the officer is told what it gives (the ratios of pupils to teachers) and what it cannot (the share of women).
     */
    private static void bothSexesAlone(List<ColumnMapping> before, List<ColumnMapping> after, String sheet,
                                       List<Message> notes) {
        for (int i = 0; i < before.size(); i++) {
            ColumnMapping t = before.get(i);
            if (t.total() && t.sex() == null && t.grade() == null && fixedField(t.field())
                    && org.emisworkbench.model.Sex.BOTH_TOGETHER.equals(after.get(i).sex())) {
                notes.add(Message.of("draft.bothSexesAlone", sheet, CellRef.columnLetters(t.col()),
                        TemplateDrafter.oneLine(t.header()), t.field()));
            }
        }
    }

    /**
     * The one field a sheet without pupils gives by sex in both a women's and a men's column ({@code
     * Teachers F | Teachers M | Total}), when every other column is read or left out: the field its
     * {@code Total} adds up. Null when there is none, or more than one, or a column not yet understood
     * (an {@code Unqualified F} that a sum will take in, making the total something else).
     */
    private static String onlySexedField(List<ColumnMapping> columns, ColumnMapping total) {
        Map<String, Set<String>> sexesByField = new LinkedHashMap<>();
        for (ColumnMapping c : columns) {
            if (c == total || c.key() || c.leftOut()) {
                continue;
            }
            if (c.field() == null) {
                return null;
            }
            if (c.sex() != null && !c.total()) {
                sexesByField.computeIfAbsent(c.field(), k -> new HashSet<>()).add(c.sex());
            }
        }
        if (sexesByField.size() != 1) {
            return null;
        }
        var only = sexesByField.entrySet().iterator().next();
        return only.getValue().size() == 2 ? only.getKey() : null;
    }

    /** What a figure is, to find two columns (or labels) giving the same one. */
    static String meaning(String field, String sex, String grade, String age) {
        return field + "|" + sex + "|" + grade + "|" + age;
    }

    /**
     * False when a school attribute read through a code list (ownership, locality, level) has values below its
     * header of which fewer than half are codes of that list: the header's word means something else here.
     */
    private static boolean codesFit(String field, List<List<Cell>> rows, int lastHeaderRow, int col) {
        CanonicalField f = CanonicalField.parse(field).orElse(null);
        String list = f == null || f.attribute() == null ? null : TemplateValue.attributeList(f.attribute());
        if (list == null) {
            return true;
        }
        int[] knownOfSeen = codesBelow(list, rows, lastHeaderRow, col);
        return knownOfSeen[1] == 0 || 2 * knownOfSeen[0] >= knownOfSeen[1];
    }

    /**
     * The school attribute a column headed only by a school's kind ({@code School Type}) holds: ownership when most
     * of its values are ownership codes ({@code Community}, {@code Institutional}, {@code Religious}) and few are
     * levels, the level the other way round ({@code Basic}, {@code Secondary}); null when neither or both.
     */
    private static String kindOfSchool(List<List<Cell>> rows, int lastHeaderRow, int col) {
        boolean ownership = mostlyCodes("ownership", rows, lastHeaderRow, col);
        boolean level = mostlyCodes("level", rows, lastHeaderRow, col);
        return ownership == level ? null : ownership ? "school.ownership" : "school.level";
    }

    /**
     * True when the values below a {@code Gender} or {@code Type} header say the sexes each school admits: most are
     * codes of the gender list, and either one says {@code Mixed} or most are not a pupil's sex (a long sheet's
     * {@code Sex} over Boys and Girls counts the pupils of each sex, row by row).
     */
    private static boolean genderOfSchool(List<List<Cell>> rows, int lastHeaderRow, int col) {
        if (!mostlyCodes("gender", rows, lastHeaderRow, col)) {
            return false;
        }
        CodeList gender = CodeLists.builtIn().require("gender");
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.col() == col && !c.isBlank() && org.emisworkbench.model.SchoolGender.MIXED.equals(gender.code(c.text()))) {
                    return true;
                }
            }
        }
        return !mostlyCodes("sex", rows, lastHeaderRow, col);
    }

    /** True when more than half of the values below the header (at least one) are codes of the list. */
    private static boolean mostlyCodes(String list, List<List<Cell>> rows, int lastHeaderRow, int col) {
        int[] knownOfSeen = codesBelow(list, rows, lastHeaderRow, col);
        return knownOfSeen[1] > 0 && 2 * knownOfSeen[0] > knownOfSeen[1];
    }

    /** Of the values below the header in column {@code col}: how many are codes of {@code list}, and how many there are. */
    private static int[] codesBelow(String list, List<List<Cell>> rows, int lastHeaderRow, int col) {
        CodeList codes = CodeLists.builtIn().require(list);
        int known = 0;
        int seen = 0;
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.col() == col && !c.isBlank()) {
                    seen++;
                    known += codes.code(c.text()) != null ? 1 : 0;
                }
            }
        }
        return new int[] {known, seen};
    }

    /** Facility columns answered with words (Yes/No, Oui/Non) go through the yesno list. */
    private static String codeListFor(String field, List<List<Cell>> rows, int lastHeaderRow, int col) {
        CanonicalField f = CanonicalField.parse(field).orElse(null);
        if (f == null || f.kind() != CanonicalField.Kind.FIXED || !f.name().startsWith("facilities.")
                || f.name().startsWith("facilities.toilets")) {
            return null;
        }
        CodeList yesno = CodeLists.builtIn().require("yesno");
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.col() == col && c.kind() == CellKind.TEXT && yesno.code(c.text()) != null) {
                    return "yesno";
                }
            }
        }
        return null;
    }

    /**
     * {@code Bon état | Mauvais état | Total} under {@code Salles de classe} (review 34): the rooms' total beside two or
     * more rooms of one breakdown (by condition, by construction) is their total, drafted as a check of them
     * ({@code "total": "classrooms.total"}), not a figure of its own; a total beside one room column alone stays read.
     */
    static List<ColumnMapping> classroomsTotal(List<ColumnMapping> columns) {
        boolean breakdown = org.emisworkbench.model.ClassroomCount.BREAKDOWNS.stream().anyMatch(b -> columns.stream()
                .filter(c -> !c.total() && c.field() != null && b.contains(c.field().replace("classrooms.", ""))
                        && c.field().startsWith("classrooms."))
                .count() >= 2);
        if (!breakdown) {
            return columns;
        }
        List<ColumnMapping> out = new ArrayList<>(columns);
        for (int i = 0; i < out.size(); i++) {
            ColumnMapping c = out.get(i);
            if (!c.total() && "classrooms.total".equals(c.field())) {
                out.set(i, new ColumnMapping(c.col(), c.header(), c.field(), false, true, null, null, null, null,
                        c.confidence()));
            }
        }
        return out;
    }
}
