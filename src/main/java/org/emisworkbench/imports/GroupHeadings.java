package org.emisworkbench.imports;

import java.util.function.Predicate;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.template.GroupRows;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetRow;

/**
 * The rows of a wide sheet that head a group of schools ({@link GroupRows}): one text alone on its row, above the
 * schools of a district or zone. Such a row is never a school: before, {@code DISTRICT: MONGU} merged across the
 * sheet was stored as a school with no figure. With the sheet's {@code groupRows} the heading's name is given to
 * the schools below it, up to the next heading.
 */
final class GroupHeadings {
    private final SchoolAttribute attribute;
    private String current;

    GroupHeadings(SheetSpec spec) {
        this.attribute = GroupRows.attribute(spec.groupRows());
    }

    /**
     * True when the row heads a group: its one text names a kind of group ({@code District}, {@code Zone}…); or,
     * when it is a word or two without a colon, it is shaped like none of the sheet's school codes ({@code
     * codeShaped}; before the first school, when the sheet says headings give a group, a text without a digit
     * or of several words is no code). Notes under a table ({@code Source: …}) and titles are not headings.
     * The heading's group is kept for the schools below it.
     */
    boolean heads(SheetRow row, boolean schoolsSeen, Predicate<String> codeShaped) {
        int alone = textAlone(row);
        if (alone < 0) {
            return false;
        }
        String text = row.text(alone).strip();
        if (text.isEmpty() || WideSheetReader.startsAsNote(text)) {
            return false;
        }
        boolean heading = GroupRows.namesGroup(text);
        if (!heading && !text.endsWith(":") && text.split("\\s+").length <= 2) {
            heading = schoolsSeen ? !codeShaped.test(text)
                    : attribute != null && (text.chars().noneMatch(Character::isDigit) || text.contains(" "));
        }
        if (heading && (attribute == null || !GroupRows.namesOtherGroup(text, attribute.field()))) {
            // A zone's heading under districts' headings is skipped without changing the schools' district.
            current = GroupRows.value(text);
        }
        return heading;
    }

    /**
     * A banner above the header naming the sheet's district ({@code District: Lautoka/Yasawa}, {@link
     * GroupRows#banner}): with the sheet's {@code groupRows}, it heads every school below it, up to a heading among
     * the schools. A banner naming another kind of group (a province over district headings) gives nothing.
     */
    void banner(String heading) {
        if (attribute != null && heading != null && !GroupRows.namesOtherGroup(heading, attribute.field())) {
            current = GroupRows.value(heading);
        }
    }

    /** The attribute headings give, or null when the sheet does not say (they are then only skipped). */
    SchoolAttribute attribute() {
        return attribute;
    }

    /** The group of the rows now being read (the last heading's name), or null before the first heading. */
    String current() {
        return attribute == null ? null : current;
    }

    /**
     * The index in the row of its one filled cell when that is a text, else -1: a group's heading, or a stacked
     * table's title ({@link WideRows}).
     */
    static int textAlone(SheetRow row) {
        int found = -1;
        for (int i = 0; i < row.size(); i++) {
            CellKind kind = row.kind(i);
            if (kind == CellKind.BLANK || kind == CellKind.TEXT && row.text(i).isBlank()) {
                continue;
            }
            if (found >= 0 || kind != CellKind.TEXT) {
                return -1;
            }
            found = i;
        }
        return found;
    }
}
