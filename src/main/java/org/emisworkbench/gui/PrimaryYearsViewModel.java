package org.emisworkbench.gui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.SecondaryYears;

/**
 * The years of primary before {@code Form 1}, {@code S1} or {@code JSS 1} on the mapping screen, as {@code emis
 * template draft --primary} gives them: offered when the draft found such years and left them out (its note {@code
 * draft.secondaryYears}) or was drafted with them. A choice drafts the workbook again with them, in the background,
 * through the same {@link TemplateWorkshop#open(java.nio.file.Path, SecondaryYears)} as the command line's draft;
 * the screen then shows that draft ({@code Form 1} read as the grade after the last year of primary).
 */
final class PrimaryYearsViewModel {
    /** Not given: such years are left out, as without {@code --primary}. */
    static final int NOT_GIVEN = 0;

    private final ObservableList<Integer> choices = FXCollections.observableArrayList(NOT_GIVEN, 4, 5, 6, 7, 8, 9);
    private final ObjectProperty<Integer> years = new SimpleObjectProperty<>(NOT_GIVEN);
    private final BooleanProperty offered = new SimpleBooleanProperty();
    private final Session session;
    private final TemplateWorkshop workshop;
    private final Supplier<TemplateWorkshop.DraftWorkbook> current;
    private final Consumer<TemplateWorkshop.DraftWorkbook> redrafted;
    /** The draft of the latest choice while it runs; cancelled by a later choice (then its result is not shown). */
    private Cancellation pending = new Cancellation();

    /**
     * @param current   the workbook as drafted now (null before one is open)
     * @param redrafted receives the workbook drafted again, on the FX thread
     */
    PrimaryYearsViewModel(Session session, TemplateWorkshop workshop, Supplier<TemplateWorkshop.DraftWorkbook> current,
                          Consumer<TemplateWorkshop.DraftWorkbook> redrafted) {
        this.session = session;
        this.workshop = workshop;
        this.current = current;
        this.redrafted = redrafted;
    }

    /** Shows the years a workbook was drafted with, offered when it names such years. */
    void shown(TemplateWorkshop.DraftWorkbook wb) {
        int given = wb.secondary().primaryYears();
        years.set(given);
        offered.set(given != NOT_GIVEN
                || wb.notes().stream().anyMatch(m -> m.key().startsWith("draft.secondaryYears")));
    }

    /**
     * Drafts the workbook again with {@code primary} years of primary ({@link #NOT_GIVEN}: none), in the background;
     * nothing is drafted for the years the workbook is drafted with already, or for a number the command line refuses
     * too. The latest choice wins: a draft still running for an earlier choice is cancelled, and its result, should it
     * finish last, is not shown (nor is a draft of a workbook no longer open).
     */
    void set(Integer primary) {
        TemplateWorkshop.DraftWorkbook wb = current.get();
        if (wb == null || primary == null || !choices.contains(primary)) {
            return;
        }
        pending.cancel();
        if (primary == wb.secondary().primaryYears()) {
            return; // back to the years shown: an earlier choice still drafting is dropped, nothing drafted again
        }
        Cancellation mine = new Cancellation();
        pending = mine;
        SecondaryYears secondary = primary == NOT_GIVEN ? SecondaryYears.NOT_GIVEN : new SecondaryYears(primary);
        session.runner().fetch((p, c) -> {
            mine.check(); // a later choice came before this one started
            return workshop.open(wb.file(), secondary);
        }, drafted -> {
            if (!stale(mine, wb)) {
                redrafted.accept(drafted);
            }
        }, e -> {
            if (!stale(mine, wb)) {
                years.set(wb.secondary().primaryYears());
                session.fail(session.t("mapping.openFailed"), e);
            }
        });
    }

    /** True for a draft of an earlier choice than the latest, or of a workbook no longer the one shown. */
    private boolean stale(Cancellation mine, TemplateWorkshop.DraftWorkbook from) {
        return mine.isCancelled() || current.get() == null || !current.get().file().equals(from.file());
    }

    /** The choices: not given, then 4 to 9 years (as {@code --primary} and {@code emis structure} take them). */
    ObservableList<Integer> choices() {
        return choices;
    }

    /** The years of primary the workbook is drafted with ({@link #NOT_GIVEN}: none). */
    ObjectProperty<Integer> years() {
        return years;
    }

    /** True when the workbook names years after primary ({@code Form 1}…) or was drafted with years of primary. */
    BooleanProperty offered() {
        return offered;
    }
}
