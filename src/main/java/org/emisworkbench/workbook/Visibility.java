package org.emisworkbench.workbook;

/** Sheet visibility; list sheets of drop-downs are usually HIDDEN or VERY_HIDDEN. */
public enum Visibility {
    VISIBLE, HIDDEN, VERY_HIDDEN
}
