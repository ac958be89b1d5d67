package org.emisworkbench.gui;

/** Lets a view-model bring another screen forward. */
@FunctionalInterface
public interface Navigator {
    Navigator NONE = s -> { };

    void show(Screen screen);
}
