package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How report pages go onto the printer's paper, and which pages a chosen range prints. */
class PrintFitTest {
    @Test
    void anA4PageShrinksOntoTheLetterPrintableAreaAndIsCentred() {
        // A4 595 x 842 pt onto Letter with 0.5 in margins: 540 x 720 pt printable.
        PrintFit fit = PrintFit.of(595, 842, 540, 720);
        assertEquals(720 / 842.0, fit.scale(), 1e-9);
        assertEquals(720, fit.height(), 1e-9);
        assertEquals(595 * 720 / 842.0, fit.width(), 1e-9);
        assertEquals((540 - fit.width()) / 2, fit.offsetX(), 1e-9);
        assertEquals(0, fit.offsetY(), 1e-9);
    }

    @Test
    void aSmallPageIsNeverEnlarged() {
        PrintFit fit = PrintFit.of(300, 400, 540, 720);
        assertEquals(1, fit.scale());
        assertEquals(120, fit.offsetX(), 1e-9);
        assertEquals(160, fit.offsetY(), 1e-9);
    }

    @Test
    void thePictureResolutionFollowsThePrinterWithinBounds() {
        assertEquals(300, PrintFit.renderDpi(1, 600));
        assertEquals(150, PrintFit.renderDpi(0.5, 300), 1e-3);
        assertEquals(72, PrintFit.renderDpi(0.5, 100));
    }

    @Test
    void chosenRangesPickPagesOnceInOrderWithinTheDocument() {
        assertEquals(List.of(0, 1, 2), PrintFit.pages(3, null));
        assertEquals(List.of(0, 2, 3), PrintFit.pages(4, new int[][] {{3, 9}, {1, 1}, {3, 3}}));
        assertEquals(List.of(), PrintFit.pages(2, new int[][] {{5, 6}}));
    }

    @Test
    void anEmptyPageOrPaperIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PrintFit.of(0, 842, 540, 720));
        assertThrows(IllegalArgumentException.class, () -> PrintFit.of(595, 842, 540, 0));
    }
}
