package org.emisworkbench.imports;

import java.util.List;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.template.IgnoredHeaders;
import org.emisworkbench.template.PeopleLists;
import org.emisworkbench.template.PeopleLists.PeopleList;
import org.emisworkbench.workbook.Cell;

/**
 * A list of people standing on a form's sheet that the template does not read (issue #11, review 34: a survey
 * form's teachers, one row per teacher, under its tables; {@link PeopleLists}). Its values are words, not numbers,
 * so {@link FormUnread} sees no block of figures in it; it is reported here as not read ({@code UNREAD_FIGURES}),
 * naming its rows and its header, unless the template reads it (a list entry naming the form's sheet,
 * {@link RosterTable#onForm}) or leaves its title or its sex header out on purpose ({@code ignore}).
 */
final class FormUnreadList {
    private FormUnreadList() {
    }

    /** Reports each list of people of {@code form} that nothing reads. */
    static void report(FormSheet form, SheetProblems problems, String school, IgnoredHeaders ignored) {
        for (PeopleList list : find(form)) {
            if (anyRead(form, list) || ignored(form, list, ignored)) {
                continue;
            }
            problems.reportRange(ProblemKind.UNREAD_FIGURES, list.range(), school, null, list.headerText(),
                    Message.of("import.detail.formList", list.people()));
        }
    }

    /** The lists of people of {@code form} (of its window of rows). */
    static List<PeopleList> find(FormSheet form) {
        return PeopleLists.find(form.rows, form.firstRow());
    }

    /** True when the template reads a cell of the list's header or sexes: an entry reads the list. */
    private static boolean anyRead(FormSheet form, PeopleList list) {
        if (list.header().stream().anyMatch(h -> form.isRead(h.row(), h.col()))) {
            return true;
        }
        for (int r = list.headerRow() + 1; r <= list.lastRow(); r++) {
            if (form.isRead(r, list.sexColumn())) {
                return true;
            }
        }
        return false;
    }

    /** True when the template leaves the list out on purpose: its title (the text alone above it) or its sex header. */
    private static boolean ignored(FormSheet form, PeopleList list, IgnoredHeaders ignored) {
        if (list.header().stream().filter(h -> h.col() == list.sexColumn())
                .anyMatch(h -> ignored.ignores(PeopleLists.text(h)))) {
            return true;
        }
        for (int r = list.headerRow() - 1; r >= form.firstRow() && r >= list.headerRow() - 2; r--) {
            List<Cell> row = form.rows.get(r).stream().filter(c -> !c.isBlank()).toList();
            if (row.size() == 1) {
                return ignored.ignores(PeopleLists.text(row.get(0)));
            }
        }
        return false;
    }
}
