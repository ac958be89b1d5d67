package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Memory running out in a use case (a validation of a whole country on a small laptop) reaches the command
 * line and the window as a failure in plain words, in the reader's language, never as a crash.
 */
class OutOfMemoryMessageTest {
    @Test
    void anOutOfMemoryErrorInAUseCaseBecomesAPlainFailure() {
        ServiceException e = assertThrows(ServiceException.class, () -> Workbench.translated(() -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        assertInstanceOf(OutOfMemoryError.class, e.getCause());
        assertEquals("there was not enough memory to finish this step. Close other programs, or start the workbench"
                + " with more memory, and try again", e.message().english());
        assertEquals("la mémoire a manqué pour terminer cette étape. Fermez d’autres programmes, ou lancez EMIS"
                + " Workbench avec plus de mémoire, et réessayez", e.message().in(Locale.FRENCH));
    }
}
