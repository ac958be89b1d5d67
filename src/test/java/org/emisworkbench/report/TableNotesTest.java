package org.emisworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short table and the notes under it stay on one page: a note is never left alone on the next one. */
class TableNotesTest {
    @TempDir
    Path tmp;

    @Test
    void theNotesAreAlwaysOnThePageOfTheTableEnd() throws Exception {
        // Whatever the space left on the page, the table's last row and its notes share a page.
        for (int filler = 0; filler < 52; filler += 1) {
            List<String> pages = pages(filler);
            int note = -1;
            int lastRow = -1;
            for (int p = 0; p < pages.size(); p++) {
                note = pages.get(p).contains("The note of row 15") ? p : note;
                lastRow = pages.get(p).contains("Row-15.") ? p : lastRow;
            }
            assertTrue(note >= 0, "the note is printed");
            assertEquals(lastRow, note, filler + " filler lines: " + pages);
            assertTrue(pages.get(note).contains("Row-1."), filler + ": the whole table moves with its note");
        }
    }

    private List<String> pages(int filler) throws Exception {
        Path pdf = tmp.resolve("notes-" + filler + ".pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            Document doc = new Document(PageSize.A4);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.open();
            PdfBlocks b = new PdfBlocks(doc, writer.getDirectContent(), new PdfFonts(), Locale.ENGLISH);
            for (int i = 0; i < filler; i++) {
                b.paragraph("Filler line " + i, 10);
            }
            var table = b.table(List.of("Indicator", "Value"), new float[] {4, 1});
            for (int i = 1; i <= 15; i++) {
                b.row(table, List.of("Row-" + i + ".", Integer.toString(i)));
            }
            b.tableWithNotes(table, List.of("[1] The note of row 15, long enough to take two lines of the page: "
                    + "x ".repeat(80), "[2] A second note"), 8);
            doc.close();
        }
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            PdfTextExtractor ex = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                pages.add(ex.getTextFromPage(p));
            }
            return pages;
        } finally {
            reader.close();
        }
    }
}
