package org.emisworkbench.gui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageRange;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * Prints a report PDF through the system's print dialog: the officer picks the printer, paper, copies
 * and pages; then each page is drawn as a picture and printed in the background, with progress and
 * cancel (docs/decisions/0007).
 */
final class ReportPrinter {
    private final Session session;

    ReportPrinter(Session session) {
        this.session = session;
    }

    void print(Path pdf, Window owner) {
        PrinterJob job = Printer.getAllPrinters().isEmpty() ? null : PrinterJob.createPrinterJob();
        if (job == null) {
            session.notifier().info(session.t("reports.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        int dpi = job.getJobSettings().getPrintResolution().getFeedResolution();
        int[][] ranges = ranges(job.getJobSettings().getPageRanges());
        session.run(session.t("job.print", pdf.getFileName()), (p, c) -> {
            try (PdfPages pages = PdfPages.open(pdf)) {
                List<Integer> chosen = PrintFit.pages(pages.count(), ranges);
                for (int n = 0; n < chosen.size(); n++) {
                    c.check();
                    int index = chosen.get(n);
                    p.update(n, chosen.size(), session.t("reports.printPage", index + 1, pages.count()));
                    double[] size = pages.sizeInPoints(index);
                    PrintFit fit = PrintFit.of(size[0], size[1], layout.getPrintableWidth(),
                            layout.getPrintableHeight());
                    if (!job.printPage(layout, pageNode(pages.render(index, PrintFit.renderDpi(fit.scale(), dpi)),
                            fit))) {
                        throw new IllegalStateException("the printer refused page " + (index + 1));
                    }
                }
                if (!job.endJob()) {
                    throw new IllegalStateException("the job could not be sent to the printer");
                }
                return pdf;
            } catch (RuntimeException | java.io.IOException e) {
                // Cancelled or failed: nothing half printed stays in the printer's queue.
                job.cancelJob();
                throw e;
            }
        }, done -> session.notifier().info(session.t("reports.printing", done.getFileName())),
                session.t("reports.printFailed"));
    }

    /** A page's picture at its size on paper, placed within the printable area. */
    private static Group pageNode(BufferedImage picture, PrintFit fit) {
        ImageView view = new ImageView(SwingFXUtils.toFXImage(picture, null));
        view.setFitWidth(fit.width());
        view.setFitHeight(fit.height());
        view.setSmooth(true);
        view.setX(fit.offsetX());
        view.setY(fit.offsetY());
        return new Group(view);
    }

    private static int[][] ranges(PageRange[] ranges) {
        if (ranges == null) {
            return null;
        }
        int[][] out = new int[ranges.length][];
        for (int i = 0; i < ranges.length; i++) {
            out[i] = new int[] {ranges[i].getStartPage(), ranges[i].getEndPage()};
        }
        return out;
    }
}
