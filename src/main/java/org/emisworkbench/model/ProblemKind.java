package org.emisworkbench.model;

/** Cell-level problems found while importing. None of them stops the file; all are stored. */
public enum ProblemKind {
    NOT_A_NUMBER(Who.SCHOOL),
    NEGATIVE_COUNT(Who.SCHOOL),
    FRACTIONAL_COUNT(Who.SCHOOL),
    FORMULA_ERROR(Who.SCHOOL),
    UNKNOWN_CODE(Who.SCHOOL),
    BLANK_KEY(Who.SCHOOL),
    DUPLICATE_SCHOOL(Who.SCHOOL),
    TOTAL_MISMATCH(Who.SCHOOL),
    BAD_DATE(Who.SCHOOL),
    MISSING_REQUIRED_VALUE(Who.SCHOOL),
    UNMATCHED_COLUMN(Who.OFFICER),
    /** A blank cell (or label value) filled with the template's default: reported at each use. */
    DEFAULT_USED(Who.SCHOOL),
    /** A sum of columns or labels with some parts blank (the present ones added) or a part column absent. */
    PARTIAL_SUM(Who.SCHOOL),
    /** A figure given twice (two columns, or two sheets): the first kept, the other reported, never overwriting. */
    VALUE_CLASH(Who.SCHOOL),
    /** A blank school attribute of this return filled, when read, from an earlier return or the master list. */
    VALUE_CARRIED_OVER(Who.SCHOOL),
    /** A column whose header matches nothing in the template, with figures below it: census data left unread. */
    UNREAD_FIGURES(Who.OFFICER),
    /** The sheet's header repeated among its rows (rows pasted with their header): the row is skipped. */
    REPEATED_HEADER(Who.OFFICER),
    /** A count cell holding one of the template's nil marks ({@code -}): read as 0, reported at each use. */
    NIL_AS_ZERO(Who.SCHOOL),
    /**
     * A formula the file holds without its result (saved by a program that does not calculate): no figure is
     * read from it, a total made of it is not checked (decision 0033).
     */
    FORMULA_NO_RESULT(Who.SCHOOL),
    /**
     * A register's school named, not coded, and read as the one master-list school of that name (decision
     * 0037): said once per school, so no school is taken by its name silently.
     */
    SCHOOL_BY_NAME(Who.SCHOOL),
    /** A register's school name matching no master-list school, or several: its rows are not counted. */
    SCHOOL_NAME_UNMATCHED(Who.SCHOOL),
    /**
     * A row with a school code that is a total or subtotal row (its label says so, or its figures add up the rows
     * since the previous total row): checked as a total, not stored as a school, and named in the import's warnings.
     */
    TOTAL_ROW_WITH_CODE(Who.SCHOOL),
    /**
     * A count cell with a footnote mark ({@code 39*}, {@code 45 (e)}: the figure read, the mark set aside) or a
     * "not available" mark ({@code ..}, {@code n/a}, {@code x}: a missing figure, not 0), decision 0043.
     */
    MARK_SET_ASIDE(Who.SCHOOL),
    /**
     * A figure worked out as a total for both sexes less one sex ({@code differenceOf}) whose one sex is larger
     * than the total: both cells named, nothing stored (decision 0044).
     */
    SEX_OVER_TOTAL(Who.SCHOOL),
    /**
     * A school code that differs from a school the workspace holds only by leading zeros ({@code 00123} and
     * {@code 123}): read as given, a school of its own, and reported at its cell, so one school never becomes two
     * without a word (decision 0046).
     */
    CODE_LEADING_ZEROS(Who.SCHOOL),
    /**
     * A grid of the template whose title (or the grade header under it) is not on the form: it reads nothing, never
     * another block in its place (a grid the template requires refuses the file instead).
     */
    GRID_NOT_FOUND(Who.OFFICER),
    /**
     * A school whose figures are on one sheet of a file whose other schools are each on several (enrolment on
     * one sheet, teachers on another): most often a code mistyped on that sheet, which makes a school of its
     * own and leaves the real one without those figures. Read as given, and said, naming the school of the
     * other sheets it may be.
     */
    SCHOOL_ON_ONE_SHEET(Who.SCHOOL),
    /**
     * A column of the template, named by its headers, that matches no column of the sheet's header: it reads nothing
     * (a column the sheet requires refuses the file instead). Said with the headers looked for and the nearest header
     * text there is, so that a mistyped or drafted-wrong header is never silent (review 20).
     */
    COLUMN_NOT_FOUND(Who.OFFICER),
    /**
     * A cell or row naming a numbered pre-primary year ({@code PP2}, {@code KG 1}, {@code ECE 3}) that goes into a
     * pre-primary slot holding another year too: the workspace has fewer pre-primary years than the file, so the
     * years are added together. Said with the cell and the {@code emis structure --pre-primary} that keeps them
     * apart (decision 0066).
     */
    PRE_PRIMARY_SUMMED(Who.OFFICER),
    /**
     * A new school code that differs from another school's (of the same file or of the workspace) only by look-alike
     * characters ({@code 104O27} and {@code 104027}: letter O and digit 0, I or l and 1, S and 5, B and 8, Z and 2),
     * or by one character when the two schools have the same name; or, on a form, a code cell that disagrees with the
     * sheet's or file's name reading as the same code but for such characters ({@code TG-01O2} on sheet
     * {@code TG-0102}). Most likely a typo: read as written, a school of its own, and said at its cell naming the
     * other school, so the officer decides (review 21).
     */
    CODE_LIKELY_TYPO(Who.SCHOOL),
    /**
     * A blank cell where a figure of one grade and sex is expected, while the school gave other figures of that grade
     * (the other sex, or another topic of the same sex on its row) and that topic and sex in other grades: most often
     * a figure forgotten. Nothing stored (missing, not 0), said at the cell so the officer can query the school
     * (IMP-36). A grade wholly blank for a school, a class it does not have, is not reported.
     */
    BLANK_FIGURE(Who.SCHOOL),
    /**
     * A form's label written at more than one place on its sheet ({@code Total} under the enrolment and again under
     * the teachers): the first place is read, which may be another table's figure, so it is said naming every place
     * (IMP-40, review 25). The template's wording, not the school's: the officer's alone.
     */
    LABEL_FOUND_TWICE(Who.OFFICER),
    /**
     * Figures or a school code written in other digits ({@code ٣٠}, {@code MR-١٠١٠١}: Arabic-Indic, Persian, any
     * Unicode decimal digit) and read as the ASCII digits they are ({@link Digits}): the figures said once per file at
     * the first such cell, each code so read at its cell (IMP-41, review 27). Nothing for the school to answer.
     */
    DIGITS_READ(Who.OFFICER),
    /**
     * A figure typed into one cell merged across the cells of several figures (Boys and Girls of a grade, two grades,
     * two ages): whose it is cannot be told, so nothing is stored for it, and it is said naming the merged range and
     * the value (IMP-42, decision 0104). The rest of the file is stored, as with a cell that is not a number.
     */
    MERGED_FIGURE(Who.SCHOOL);

    /**
     * Who can answer a problem of this kind. {@link Who#SCHOOL}: something the school wrote (a blank figure, a total
     * that does not add up, a row given twice, a mistyped code), asked in its query workbook. {@link Who#OFFICER}:
     * how the template reads the form (figures it does not read, a table or column it did not find, a header it
     * does not know, years the workspace adds together), which the school cannot put right: left out of query
     * workbooks and counted for the officer (docs/rules.md, "asked of the school"). The one place that says it.
     */
    public enum Who {
        SCHOOL,
        OFFICER
    }

    private final Who who;

    ProblemKind(Who who) {
        this.who = who;
    }

    /** Who can answer it: the school (asked in its query workbook) or the officer alone. */
    public Who who() {
        return who;
    }

    /**
     * Who can answer a problem of this kind about {@code field}: as {@link #who()}, but an unknown code of a form
     * table's printed row label (its {@code age}, {@code sex} or {@code grade}: {@code 14 ans et +} under the ages) is
     * the officer's, since the template's lists lack the spelling; the school has no list to choose from.
     */
    public Who who(String field) {
        return this == UNKNOWN_CODE && field != null && ROW_LABELS.contains(field) ? Who.OFFICER : who;
    }

    /** The fields a form table's row labels are reported under (a wide sheet's or a register's are {@code row.age}…). */
    private static final java.util.Set<String> ROW_LABELS = java.util.Set.of("age", "sex", "grade");

    /** The kind in words, key {@code problem.NAME} of the core texts. */
    public Message message() {
        return Message.of("problem." + name());
    }
}
