package org.emisworkbench.workbook;

/** Receives the rows of a sheet in order. Returning false stops the reading early. */
@FunctionalInterface
public interface RowHandler {
    boolean row(SheetRow row);
}
