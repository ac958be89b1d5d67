package org.emisworkbench.service;

import java.util.OptionalInt;
import org.emisworkbench.model.Message;
import org.emisworkbench.template.CensusYears;
import org.emisworkbench.template.SchoolYears;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.YearParser;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;

/**
 * What the import and the check say about how a census year was read, beyond the year itself (review 27, F8): a
 * year written in the Ethiopian calendar ({@code 2016 E.C.}, read as the school year 2023-24), and a year the
 * workbook states that {@code --year} overrode. Neither is ever silent.
 */
final class YearNotes {
    private YearNotes() {
    }

    /**
     * The words for an Ethiopian-calendar year the census year was read from ({@code key} with the year as written,
     * the school year's two Gregorian years and the census year), or null when the year was written otherwise.
     */
    static Message ethiopian(String key, WorkbookReader workbook, Template template, String fileName, int censusYear)
            throws WorkbookException {
        OptionalInt written = YearParser.ethiopianYear(CensusYears.labelledYearText(workbook, template));
        Message where = Message.of("import.yearFar.workbook");
        if (written.isEmpty()) {
            written = YearParser.ethiopianYearInFileName(fileName);
            where = Message.of("import.yearFar.fileName");
        }
        if (written.isEmpty()) {
            return null;
        }
        int start = SchoolYears.of(template).schoolYearStart(censusYear);
        // Only when the census year is the one read from that calendar: a label read otherwise says nothing here.
        return start == written.getAsInt() + 7 ? Message.of(key, String.valueOf(written.getAsInt()), where,
                String.valueOf(start), String.valueOf(start + 1), String.valueOf(censusYear)) : null;
    }

    /** The year a workbook's own year label states when {@code --year} gave another, or empty. */
    static OptionalInt statedOtherThan(WorkbookReader workbook, Template template, int given) throws WorkbookException {
        if (template.year() == null || template.year().labels().isEmpty()) {
            return OptionalInt.empty();
        }
        String text = CensusYears.labelledYearText(workbook, template);
        OptionalInt stated = text == null ? OptionalInt.empty() : SchoolYears.of(template).fromLabel(text);
        return stated.isPresent() && stated.getAsInt() != given ? stated : OptionalInt.empty();
    }
}
