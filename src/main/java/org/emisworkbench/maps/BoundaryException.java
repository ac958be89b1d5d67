package org.emisworkbench.maps;

import org.emisworkbench.model.Localized;
import org.emisworkbench.model.Message;

/** A boundaries file that cannot be read as areas: the message names the file and, where one is at fault, the feature. */
public final class BoundaryException extends RuntimeException implements Localized {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    BoundaryException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
