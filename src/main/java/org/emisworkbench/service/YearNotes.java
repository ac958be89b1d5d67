package org.emisworkbench.service;

import java.util.Optional;
import java.util.OptionalInt;
import org.emisworkbench.model.Message;
import org.emisworkbench.template.CensusYears;
import org.emisworkbench.template.SchoolYears;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.YearCalendar;
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

    /**
     * The words for a year of the template's {@code calendar} the census year was read from ({@code "calendar":
     * "solar-hijri"}, {@code "bikram-sambat"}: {@code key} with the year as written, where, the census year and the
     * calendar's name), or null when the year was not read so.
     */
    static Message calendar(String key, WorkbookReader workbook, Template template, String fileName, int censusYear)
            throws WorkbookException {
        YearCalendar calendar = SchoolYears.of(template).calendar().orElse(null);
        if (calendar == null) {
            return null;
        }
        String text = CensusYears.labelledYearText(workbook, template);
        OptionalInt written = calendar.year(text);
        Message where = Message.of("import.yearFar.workbook");
        String as = text == null ? null : text.strip();
        if (written.isEmpty() || calendar.censusYear(written.getAsInt()) != censusYear) {
            written = calendar.yearInFileName(fileName);
            where = Message.of("import.yearFar.fileName");
            as = written.isPresent() ? String.valueOf(written.getAsInt()) : null;
        }
        // Only when the census year is the one read from that calendar: a Gregorian year beside says nothing here.
        return written.isEmpty() || calendar.censusYear(written.getAsInt()) != censusYear ? null
                : Message.of(key, as, where, String.valueOf(censusYear), Message.of(calendar.nameKey()));
    }

    /**
     * The words the year label's cell holds after the year read from it ({@code Tahun Pelajaran 2024/2025 Semester
     * Ganjil}: {@code key} with the label, cell, year as read, the words and the census year), or null when the year was
     * not read from the label or nothing follows it: words of a cell not read are said (review 34).
     */
    static Message wordsAfterYear(String key, WorkbookReader workbook, Template template, int censusYear)
            throws WorkbookException {
        var found = CensusYears.labelledYear(workbook, template);
        if (found.isEmpty() || found.get().wordsAfter() == null) {
            return null;
        }
        CensusYears.LabelledYear y = found.get();
        OptionalInt read = SchoolYears.of(template).fromLabel(y.text());
        return read.isPresent() && read.getAsInt() == censusYear ? Message.of(key, y.label(), y.cell(), y.text(),
                y.wordsAfter(), String.valueOf(censusYear)) : null;
    }

    /**
     * Why a census return's year was not read, when its template's year label was found with a value beside it that
     * is no census year ({@code key} with the label, cell, value and, for a year of another calendar than the
     * template's (1403), the hint to set {@code year.calendar}), or null when no label holds a value (review 30 D4).
     */
    static Message labelledNotAYear(String key, String fileName, WorkbookReader workbook, Template template,
                                    Message advice) throws WorkbookException {
        var found = CensusYears.labelledYear(workbook, template);
        if (found.isEmpty()) {
            return null;
        }
        CensusYears.LabelledYear y = found.get();
        Object hint = "";
        Optional<YearCalendar> own = SchoolYears.of(template).calendar();
        for (YearCalendar c : YearCalendar.values()) {
            OptionalInt other = c.year(y.text());
            if (other.isPresent() && own.filter(c::equals).isEmpty()) {
                hint = Message.of("import.noYear.otherCalendar", String.valueOf(other.getAsInt()),
                        String.valueOf(c.censusYear(other.getAsInt())), Message.of(c.nameKey()), c.id());
                break;
            }
        }
        return fileName == null ? Message.of(key, y.label(), y.cell(), y.text(), hint)
                : Message.of(key, fileName, y.label(), y.cell(), y.text(), hint, advice);
    }

    /**
     * Where the census year {@code year} was read, as {@link CensusYears#detect} reads it: a column of years (the
     * workbook), else the year label, named with its cell ({@code शैक्षिक सत्र at Sheet!A2}), else the file name.
     * A label and a file name that say the same year were once said as the file name (review 32), though the label,
     * which the template names, is read first.
     */
    static Message whereRead(WorkbookReader workbook, Template template, String fileName, int year)
            throws WorkbookException {
        SchoolYears years = SchoolYears.of(template);
        if (template.year() != null && !template.year().columns().isEmpty()) {
            OptionalInt column = org.emisworkbench.template.YearColumn.read(workbook, template.year().columns(), years);
            if (column.isPresent() && column.getAsInt() == year) {
                return Message.of("import.yearFar.workbook");
            }
        }
        var labelled = CensusYears.labelledYear(workbook, template);
        if (labelled.isPresent()) {
            OptionalInt stated = years.fromLabel(labelled.get().text());
            if (stated.isPresent() && stated.getAsInt() == year) {
                return Message.of("import.yearFar.label", labelled.get().label(), labelled.get().cell());
            }
        }
        OptionalInt named = fileName == null ? OptionalInt.empty() : years.fromFileName(fileName);
        return Message.of(named.isPresent() && named.getAsInt() == year ? "import.yearFar.fileName"
                : "import.yearFar.workbook");
    }

    /**
     * Why the file name's year was not taken when the workbook gave none: the template names year labels and no
     * {@code fromFileName} (review 33 P2, decision 0113). The import's {@code key} takes the file name, the labels,
     * the name's year and the advice to give the year; the check's ({@code forImport} false) the labels and the year.
     * Empty when the name holds no year, or the template lets it give one, or names no labels.
     */
    static Optional<Message> nameNotUsed(String key, String fileName, Template template, boolean forImport) {
        if (fileName == null || org.emisworkbench.template.CensusYears.fileNameGivesYear(template)
                || template.year().labels().isEmpty()) {
            return Optional.empty();
        }
        OptionalInt named = SchoolYears.of(template).fromFileName(fileName);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        String labels = template.year().labels().stream().map(l -> "'" + l + "'")
                .collect(java.util.stream.Collectors.joining(", "));
        String year = String.valueOf(named.getAsInt());
        return Optional.of(forImport ? Message.of(key, fileName, labels, year, Message.of("advice.giveYear"))
                : Message.of(key, labels, year));
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
