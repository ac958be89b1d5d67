package org.emisworkbench.model;

/** Why rows of a sheet were read but not imported as data; the summary counts them by reason. */
public enum SkipReason {
    BLANK_ROW,
    TOTAL_ROW,
    REPEATED_SCHOOL,
    NO_SCHOOL_CODE,
    BANNER_ROW,
    REPEATED_HEADER,
    /** The header rows of a table stacked under another, below its title: the table's own, expected there. */
    TABLE_HEADER,
    /** A note under a table (its source, a footnote): one text alone, no figure. */
    NOTE_ROW,
    /** The column numbers an official form prints under its header: (1), (2), (3) … */
    COLUMN_NUMBERS,
    /** A row heading a group of schools (DISTRICT: MONGU above the district's schools): one text alone, no school. */
    GROUP_ROW,
    /** A row of headings under the header, before any school: the header takes more rows than the template says. */
    HEADINGS_UNDER_HEADER;

    /** The reason in words, key {@code skip.NAME} of the core texts. */
    public Message message() {
        return Message.of("skip." + name());
    }

    /** The reason in words for a column of a sheet read with one column per school, key {@code skip.column.NAME}. */
    public Message columnMessage() {
        return Message.of("skip.column." + name());
    }
}
