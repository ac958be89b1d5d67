package org.emisworkbench.gui;

import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;

/** A piece of work done away from the JavaFX thread, reporting progress and honouring cancellation. */
@FunctionalInterface
public interface Job<T> {
    T run(Progress progress, Cancellation cancel) throws Exception;
}
