package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.Locale;
import org.emisworkbench.charts.ChartSpec;
import org.emisworkbench.model.explore.Exploration;
import org.emisworkbench.model.explore.Pivot;
import org.emisworkbench.service.Workbench;

/**
 * Explore's files and saved explorations: reopening or saving one in the workspace, opening or writing a
 * definition a colleague shares, and the table and chart written for Excel or a report. Work runs off the
 * JavaFX thread; what it reads is the view-model's current choices, table and chart.
 */
final class ExploreFiles {
    private final Session session;
    private final ExploreViewModel vm;

    ExploreFiles(Session session, ExploreViewModel vm) {
        this.session = session;
        this.vm = vm;
    }

    /** Reopens a saved or built-in exploration. */
    public void openView(String name) {
        Workbench wb = session.workbench();
        if (wb == null || name == null) {
            return;
        }
        session.runner().fetch((p, c) -> wb.explore().view(name), vm::apply,
                e -> session.fail(session.t("explore.failed"), e));
    }

    /** Saves the current choices under {@code name} in the workspace. */
    public void saveAs(String name) {
        Workbench wb = session.workbench();
        if (wb == null || name == null || name.isBlank()) {
            return;
        }
        Exploration ex = vm.exploration().named(name.strip());
        session.runner().fetch((p, c) -> {
            wb.explore().save(ex);
            return wb.explore().views();
        }, v -> {
            vm.views().setAll(v);
            vm.viewNameProperty().set(ex.name());
            session.notifier().info(session.t("explore.saved", ex.name()));
        }, e -> session.fail(session.t("explore.saveFailed"), e));
    }

    /** Opens an exploration a colleague sent as a file. */
    public void openFile(Path file) {
        Workbench wb = session.workbench();
        if (wb == null) {
            return;
        }
        session.runner().fetch((p, c) -> wb.explore().readFile(file), vm::apply,
                e -> session.fail(session.t("explore.openFailed"), e));
    }

    /** Writes the definition to share. The save dialog has asked before naming an existing file. */
    public void shareDefinition(Path file) {
        Workbench wb = session.workbench();
        if (wb == null) {
            return;
        }
        Exploration ex = vm.exploration();
        session.run(session.t("explore.job.write"), (p, c) -> wb.explore().writeDefinition(ex, file, true),
                f -> session.notifier().info(session.t("explore.written", f)), session.t("explore.writeFailed"));
    }

    /** Writes the table as .xlsx (with its definition) or .csv, by the file's extension. */
    public void export(Path file) {
        Workbench wb = session.workbench();
        Pivot p = vm.pivotProperty().get();
        if (wb == null || p == null) {
            return;
        }
        Locale locale = session.messages().locale();
        session.run(session.t("explore.job.write"), (pr, c) -> wb.explore().write(p, file, true, locale),
                f -> session.notifier().info(session.t("explore.written", f)), session.t("explore.writeFailed"));
    }

    /** Writes the chart as PNG or SVG. */
    public void exportChart(Path file) {
        Workbench wb = session.workbench();
        ChartSpec spec = vm.chartProperty().get();
        if (wb == null || spec == null) {
            return;
        }
        Locale locale = session.messages().locale();
        session.run(session.t("job.chart"), (p, c) -> {
            wb.charts().write(spec, locale, file, 1200, 750, true);
            return file;
        }, f -> session.notifier().info(session.t("indicators.exported", f)), session.t("indicators.exportFailed"));
    }
}
