package org.emisworkbench.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The footer of every page: the source line on the left, the date in the middle, "Page 3 of 9" on
 * the right. The total is a template filled in when the document closes, since it is not known
 * while pages are written.
 */
final class PageDecorations extends PdfPageEventHelper {
    private static final float SIZE = 7.5f;
    private final PdfFonts fonts;
    private final String source;
    private final String produced;
    private final ReportText text;
    private PdfTemplate total;
    private BaseFont base;

    PageDecorations(PdfFonts fonts, ReportText text, String source, String produced) {
        this.fonts = fonts;
        this.text = text;
        this.source = source;
        this.produced = produced;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
        base = fonts.awtToPdf(null);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float y = document.bottom() - 20;
        cb.saveState();
        cb.setLineWidth(0.4f);
        cb.moveTo(document.left(), y + 10);
        cb.lineTo(document.right(), y + 10);
        cb.stroke();
        cb.restoreState();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(source, fonts.plain(SIZE)), document.left(), y, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(produced, fonts.plain(SIZE)),
                (document.left() + document.right()) / 2 + 40, y, 0);
        // "Page 3 of " is written now, the total into the template when the document closes.
        String page = text.get("footer.page", writer.getPageNumber(), "");
        float width = base.getWidthPoint(page, SIZE);
        float x = document.right() - width - 18;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(page, fonts.plain(SIZE)), x, y, 0);
        cb.addTemplate(total, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(Integer.toString(writer.getPageNumber() - 1), fonts.plain(SIZE)), 0, 0, 0);
    }
}
