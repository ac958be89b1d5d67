package org.emisworkbench.workbook;

/** A sheet of an open workbook: 0-based position, name and visibility. */
public record SheetInfo(int index, String name, Visibility visibility) {
    public boolean visible() {
        return visibility == Visibility.VISIBLE;
    }
}
