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
        float page = document.right() - document.left();
        com.lowagie.text.pdf.BaseFont headerFont = fonts.bold(8).getCalculatedBaseFont(false);
        try {
            t.setWidths(ColumnWidths.fitting(widths, header, word -> headerFont.getWidthPoint(word, 8), 6, page));
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingAfter(8);
        for (String h : header) {
            PdfPCell c = new PdfPCell(new Phrase(h, fonts.bold(8)));
            c.setBackgroundColor(HEADER_GREY);
            c.setPadding(3);
            t.addCell(c);
        }
        return t;
    }

    void cell(PdfPTable t, String text, boolean number, boolean flagged) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, flagged ? fonts.bold(8) : fonts.plain(8)));
        c.setPadding(2.5f);
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

    void add(Element e) {
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
