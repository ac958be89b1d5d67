package org.emisworkbench.gui;

/**
 * How a PDF page goes onto the printer's paper: scaled to fit the printable area (never enlarged, so
 * an A4 report printed on Letter keeps its proportions and only shrinks a little), and centred.
 *
 * @param scale   paper points per page point
 * @param width   the page's width on paper, in points
 * @param height  the page's height on paper, in points
 * @param offsetX where the page starts within the printable area, in points
 * @param offsetY the same, downwards
 */
record PrintFit(double scale, double width, double height, double offsetX, double offsetY) {
    static PrintFit of(double pageWidth, double pageHeight, double printableWidth, double printableHeight) {
        if (pageWidth <= 0 || pageHeight <= 0 || printableWidth <= 0 || printableHeight <= 0) {
            throw new IllegalArgumentException("page " + pageWidth + "x" + pageHeight + ", printable "
                    + printableWidth + "x" + printableHeight);
        }
        double scale = Math.min(1, Math.min(printableWidth / pageWidth, printableHeight / pageHeight));
        double w = pageWidth * scale;
        double h = pageHeight * scale;
        return new PrintFit(scale, w, h, (printableWidth - w) / 2, (printableHeight - h) / 2);
    }

    /** Dots per inch to draw the page at so that the picture has about {@code printerDpi} on paper. */
    static float renderDpi(double scale, int printerDpi) {
        return (float) Math.max(72, Math.min(MAX_DPI, printerDpi * scale));
    }

    /**
     * The 0-based pages to print: those of the ranges chosen in the dialog (1-based, inclusive, as the
     * officer typed them), within the document; every page when none was chosen.
     */
    static java.util.List<Integer> pages(int count, int[][] ranges) {
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
        if (ranges == null || ranges.length == 0) {
            for (int i = 0; i < count; i++) {
                out.add(i);
            }
        } else {
            for (int[] r : ranges) {
                for (int page = Math.max(1, r[0]); page <= Math.min(count, r[1]); page++) {
                    out.add(page - 1);
                }
            }
        }
        return java.util.List.copyOf(out);
    }

    // Beyond 300 dpi a page's picture passes 30 MB for no visible gain on an office printer.
    static final int MAX_DPI = 300;
}
