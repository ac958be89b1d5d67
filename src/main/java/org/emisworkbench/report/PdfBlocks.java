package org.emisworkbench.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.emisworkbench.charts.ChartRendering;
import org.emisworkbench.charts.ChartSpec;
import org.emisworkbench.charts.EmisChartFactory;
import org.jfree.chart.JFreeChart;

/** Headings, paragraphs, tables and charts in the report's one style. */
final class PdfBlocks {
    static final Color HEADER_GREY = new Color(0xDD, 0xDD, 0xDD);
    static final Color FLAG_GREY = new Color(0xEE, 0xEE, 0xEE);
    private final Document document;
    private final PdfContentByte canvas;
    private final PdfFonts fonts;
    private final Locale locale;
    /** The tables being written, with the widths their words need so far (identity: a table is no value). */
    private final java.util.Map<PdfPTable, ColumnWidths> fits = new java.util.IdentityHashMap<>();
    private static final float HEADER_PADDING = 3;
    private static final float CELL_PADDING = 2.5f;

    PdfBlocks(Document document, PdfContentByte canvas, PdfFonts fonts, Locale locale) {
        this.document = document;
        this.canvas = canvas;
        this.fonts = fonts;
        this.locale = locale;
    }

    PdfFonts fonts() {
        return fonts;
    }

    void heading(String text) {
        Paragraph p = new Paragraph(text, fonts.bold(14));
        p.setSpacingBefore(6);
        p.setSpacingAfter(6);
        add(p);
    }

    void subheading(String text) {
        Paragraph p = new Paragraph(text, fonts.bold(11));
        p.setSpacingBefore(8);
        p.setSpacingAfter(4);
        add(p);
    }

    void paragraph(String text, float size) {
        Paragraph p = new Paragraph(text, fonts.plain(size));
        p.setSpacingAfter(4);
        add(p);
    }

    /**
     * A table that fits on a page, with the lines printed under it (its notes), kept on one page: when the
     * space left is too short the whole block starts on the next page, so a note is never left alone there.
     */
    void tableWithNotes(PdfPTable table, List<String> notes, float size) {
        fitted(table);
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        com.lowagie.text.pdf.PdfPCell inner = new com.lowagie.text.pdf.PdfPCell(table);
        inner.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
        inner.setPadding(0);
        block.addCell(inner);
        for (String note : notes) {
            com.lowagie.text.pdf.PdfPCell c = new com.lowagie.text.pdf.PdfPCell(new Paragraph(note, fonts.plain(size)));
            c.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
            c.setPadding(0);
            c.setPaddingTop(3);
            block.addCell(c);
        }
        block.setSpacingAfter(6);
        add(block);
    }

    /** A table with a grey header row repeated on every page it spans; columns after the first right-aligned. */
    PdfPTable table(List<String> header, float[] widths) {
        PdfPTable t = new PdfPTable(header.size());
        try {
            t.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        fits.put(t, new ColumnWidths(widths));
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingAfter(8);
        for (String h : header) {
            measure(t, h, true, HEADER_PADDING);
            PdfPCell c = new PdfPCell(new Phrase(h, fonts.bold(8)));
            c.setBackgroundColor(HEADER_GREY);
            c.setPadding(HEADER_PADDING);
            t.addCell(c);
        }
        return t;
    }

    void cell(PdfPTable t, String text, boolean number, boolean flagged) {
        measure(t, text, flagged, CELL_PADDING);
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, flagged ? fonts.bold(8) : fonts.plain(8)));
        c.setPadding(CELL_PADDING);
        c.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        if (flagged) {
            c.setBackgroundColor(FLAG_GREY); // grey and bold: a flag that survives black-and-white printing
        }
        t.addCell(c);
    }

    void row(PdfPTable t, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            cell(t, cells.get(i), i > 0, false);
        }
    }

    /** Draws the chart as vectors into a PDF form, placed in the flow at the text width. */
    void chart(ChartSpec spec, float heightRatio) {
        JFreeChart chart = EmisChartFactory.create(spec, locale);
        drawing((g2, area) -> ChartRendering.draw(chart, g2, area), heightRatio);
    }

    /**
     * Anything drawn through Java2D (a chart, a map) as vectors into a PDF form, placed in the flow at the
     * text width and {@code heightRatio} times as high.
     */
    void drawing(java.util.function.BiConsumer<Graphics2D, Rectangle2D> painter, float heightRatio) {
        float width = document.right() - document.left();
        float height = width * heightRatio;
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, fonts);
        try {
            painter.accept(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        try {
            Image image = Image.getInstance(template);
            image.setAlignment(Element.ALIGN_CENTER);
            image.setSpacingAfter(6);
            add(image);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Notes the widest word of a cell of {@code t}, for the widths it is given before it is printed. */
    private void measure(PdfPTable t, String text, boolean bold, float padding) {
        ColumnWidths fit = fits.get(t);
        if (fit != null) {
            com.lowagie.text.pdf.BaseFont font = (bold ? fonts.bold(8) : fonts.plain(8)).getCalculatedBaseFont(false);
            fit.cell(ColumnWidths.widestWord(text, w -> font.getWidthPoint(w, 8)) + 2 * padding + 1);
        }
    }

    /** Gives a table written through {@link #table} the widths its words need ({@link ColumnWidths}). */
    private void fitted(PdfPTable t) {
        ColumnWidths fit = fits.remove(t);
        if (fit != null) {
            try {
                t.setWidths(fit.fitting(document.right() - document.left()));
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    void add(Element e) {
        if (e instanceof PdfPTable t) {
            fitted(t);
        }
        try {
            document.add(e);
        } catch (DocumentException ex) {
            throw new IllegalStateException("Cannot lay out the report: " + ex.getMessage(), ex);
        }
    }

    void newPage() {
        document.newPage();
    }
}
