package org.emisworkbench.workbook;

/** What a cell holds, as the workbook file says. DATE is a number whose style is a date format. */
public enum CellKind {
    NUMBER, DATE, TEXT, BOOLEAN, ERROR, BLANK
}
