package org.emisworkbench.maps;

import org.emisworkbench.model.LocalizedException;
import org.emisworkbench.model.Message;

/** A boundaries file that cannot be read as areas: the message names the file and, where one is at fault, the feature. */
public final class BoundaryException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    BoundaryException(Message message, Throwable cause) {
        super(message, cause);
    }
}
