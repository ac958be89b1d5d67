package org.emisworkbench.gui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A written PDF's pages drawn as images, one at a time, for printing through a print dialog that
 * takes pictures rather than PDF (docs/decisions/0007). Not thread-safe: one job uses one instance.
 */
final class PdfPages implements AutoCloseable {
    /** Points per inch: PDF page sizes are in points. */
    public static final double POINTS_PER_INCH = 72;
    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /** Opens a PDF; an unreadable file is an {@link IOException} for the caller to put in words. */
    public static PdfPages open(Path pdf) throws IOException {
        return new PdfPages(Loader.loadPDF(pdf.toFile()));
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** Page {@code index}'s width and height in points, as it is seen (rotation applied). */
    public double[] sizeInPoints(int index) {
        var page = document.getPage(index);
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        return turned ? new double[] {box.getHeight(), box.getWidth()} : new double[] {box.getWidth(), box.getHeight()};
    }

    /** Draws page {@code index} at {@code dpi} dots per inch, on white. */
    public BufferedImage render(int index, float dpi) throws IOException {
        return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
