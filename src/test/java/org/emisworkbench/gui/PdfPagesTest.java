package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF pages drawn as pictures for printing: sizes, orientation, and that the text is really drawn. */
class PdfPagesTest {
    @TempDir
    Path tmp;

    private Path twoPages() throws IOException {
        Path pdf = tmp.resolve("two.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            Document doc = new Document(PageSize.A4);
            PdfWriter.getInstance(doc, out);
            doc.open();
            doc.add(new Paragraph("District summary, page one"));
            doc.setPageSize(PageSize.A4.rotate());
            doc.newPage();
            doc.add(new Paragraph("Page two, landscape"));
            doc.close();
        }
        return pdf;
    }

    @Test
    void pagesHaveTheirSizesInPointsAndDrawAtTheAskedResolution() throws IOException {
        try (PdfPages pages = PdfPages.open(twoPages())) {
            assertEquals(2, pages.count());
            assertArrayEquals(new double[] {595, 842}, pages.sizeInPoints(0), 1);
            assertArrayEquals(new double[] {842, 595}, pages.sizeInPoints(1), 1);
            BufferedImage first = pages.render(0, 144);
            assertEquals(1190, first.getWidth(), 2);
            assertEquals(1684, first.getHeight(), 2);
            BufferedImage second = pages.render(1, 72);
            assertTrue(second.getWidth() > second.getHeight(), "landscape stays landscape");
            assertTrue(darkPixels(first) > 200, "the paragraph is drawn");
            assertEquals(0xFFFFFF, first.getRGB(first.getWidth() - 5, first.getHeight() - 5) & 0xFFFFFF,
                    "white paper");
        }
    }

    @Test
    void aFileThatIsNotAPdfIsAnIoError() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.pdf"), "not a pdf");
        assertThrows(IOException.class, () -> PdfPages.open(bad));
    }

    private static int darkPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFF) < 100) {
                    n++;
                }
            }
        }
        return n;
    }
}
