package org.emisworkbench.imports;

/**
 * A file that cannot be imported as a whole (a required sheet or header is missing, no school key
 * column, ...). The message is for the officer and names the file, the sheet and the cell or header.
 * Nothing of the file is kept.
 */
public final class ImportRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportRejectedException(String message) {
        super(message);
    }
}
