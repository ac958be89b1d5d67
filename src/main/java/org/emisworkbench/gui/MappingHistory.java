package org.emisworkbench.gui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The mapping screen's undo: what was mapped before each change the officer made, the last change first. A
 * change made of smaller ones (a column set, which puts the sheet's mapping) is one step; a step that changed
 * nothing is not kept.
 *
 * @param <S> what is kept of each step: what every sheet was mapped as, and from which draft of the workbook
 */
final class MappingHistory<S> {
    /** Steps kept: more than an officer undoes by hand, few enough to hold every sheet's mapping each time. */
    private static final int STEPS = 100;

    private final Deque<S> before = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final Supplier<S> now;
    private boolean changing;

    MappingHistory(Supplier<S> now) {
        this.now = now;
    }

    /** Makes a change, keeping what was mapped before it when it changed anything; returns what the change says. */
    boolean change(BooleanSupplier edit) {
        if (changing) {
            return edit.getAsBoolean();
        }
        S was = now.get();
        changing = true;
        try {
            return edit.getAsBoolean();
        } finally {
            changing = false;
            if (!was.equals(now.get())) {
                before.push(was);
                if (before.size() > STEPS) {
                    before.removeLast();
                }
                canUndo.set(true);
            }
        }
    }

    /** What was mapped before the last change (taken off the history), or null when there is none. */
    S undo() {
        S s = before.poll();
        canUndo.set(!before.isEmpty());
        return s;
    }

    /** A workbook opened anew: nothing to undo. */
    void clear() {
        before.clear();
        canUndo.set(false);
    }

    ReadOnlyBooleanProperty canUndo() {
        return canUndo.getReadOnlyProperty();
    }
}
