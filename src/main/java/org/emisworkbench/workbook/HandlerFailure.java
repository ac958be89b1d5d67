package org.emisworkbench.workbook;

/**
 * Carries an exception thrown by the caller's {@link RowHandler} through the reader's own catch-all
 * error translation, so that the caller gets its exception back unchanged rather than being told
 * that the file is damaged.
 */
final class HandlerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private HandlerFailure(RuntimeException cause) {
        super(null, cause, false, false);
    }

    static boolean call(RowHandler handler, SheetRow row) {
        try {
            return handler.row(row);
        } catch (RuntimeException e) {
            throw new HandlerFailure(e);
        }
    }

    RuntimeException original() {
        return (RuntimeException) getCause();
    }
}
