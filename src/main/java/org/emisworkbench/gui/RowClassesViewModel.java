package org.emisworkbench.gui;

import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.SheetMapping;

/**
 * A wide sheet with a row per school and class, set by hand on the mapping screen ({@code Code | Class | Boys | Girls
 * | Repeaters boys | Repeaters girls}, docs/templates.md "Several rows per school"): the officer says which column
 * holds each row's grade; that column is read as {@code row.grade}, and the columns of counts beside it whose headers
 * say their sex and topic are read as the draft reads them there, each of the row's grade, through the same {@link
 * TemplateWorkshop#gradeByRow} the draft's records come from. The others are set with the column editor (a topic and
 * sex, no grade: the row gives it). One change, previewed, undone with Ctrl+Z.
 */
final class RowClassesViewModel {
    private final Session session;
    private final TemplateWorkshop workshop;
    private final MappingViewModel screen;

    RowClassesViewModel(Session session, TemplateWorkshop workshop, MappingViewModel screen) {
        this.session = session;
        this.workshop = workshop;
        this.screen = screen;
    }

    /**
     * Reads the current wide sheet with a row per school and class, column {@code index} of its list giving the grade;
     * false, the officer told why and nothing changed, when that column holds no grades (or the sheet is no wide
     * list read a row per school).
     */
    boolean gradeIn(int index) {
        SheetMapping m = screen.currentList();
        TemplateWorkshop.DraftWorkbook wb = screen.workbook();
        if (m == null || wb == null || index < 0 || index >= m.columns().size()) {
            return false;
        }
        ColumnMapping c = m.columns().get(index);
        if (screen.layoutProperty().get() != Layout.WIDE || m.across()) {
            session.notifier().info(session.t("mapping.gradeByRow.wideOnly", m.sheet()));
            return false;
        }
        // From the rows already read (a few dozen): no file is opened here.
        SheetMapping changed = workshop.gradeByRow(wb, m, index);
        if (changed == null) {
            session.notifier().info(session.t("mapping.gradeByRow.notGrades", m.sheet(), c.letters(),
                    c.header().replaceAll("\\s+", " ")));
            return false;
        }
        screen.put(changed);
        return true;
    }
}
