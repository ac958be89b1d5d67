package org.emisworkbench.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one font of every report, embedded (subset) in the PDF: Liberation Sans Regular, which the
 * OpenPDF jar itself ships, so a fresh machine without system fonts writes the same PDF (decision
 * 0004). Also the font mapper of charts drawn through PdfGraphics2D, so chart text is the same
 * embedded font instead of an unembedded Helvetica. Bold is OpenPDF's simulated bold (fill and stroke).
 * One instance per document: a TrueType BaseFont reads its file while subsetting and is not thread-safe.
 */
final class PdfFonts implements FontMapper {
    static final String RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";
    private static volatile byte[] ttf;

    private final BaseFont base;

    PdfFonts() {
        try {
            base = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    bytes(), null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot load the report font " + RESOURCE, e);
        }
    }

    static byte[] bytes() {
        byte[] b = ttf;
        if (b == null) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The report font " + RESOURCE + " is not on the class path");
                }
                b = in.readAllBytes();
                ttf = b;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return b;
    }

    Font plain(float size) {
        return new Font(base, size, Font.NORMAL);
    }

    Font bold(float size) {
        return new Font(base, size, Font.BOLD);
    }

    @Override
    public BaseFont awtToPdf(java.awt.Font font) {
        return base;
    }

    @Override
    public java.awt.Font pdfToAwt(BaseFont font, int size) {
        return new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, size);
    }
}
