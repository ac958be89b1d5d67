package org.emisworkbench.imports;

import org.emisworkbench.model.Localized;
import org.emisworkbench.model.Message;

/**
 * A file that cannot be imported as a whole (a required sheet or header is missing, no school key
 * column, ...). The message is for the officer and names the file, the sheet and the cell or header.
 * Nothing of the file is kept.
 */
public final class ImportRejectedException extends Exception implements Localized {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    /** @param key a key of the core texts; its {0} is the file's name */
    public ImportRejectedException(String key, Object... args) {
        this(Message.of(key, args));
    }

    private ImportRejectedException(Message message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
