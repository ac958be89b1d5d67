package org.emisworkbench.gui;

/** The screens of the window, in navigation order, with their message keys and shortcut digits. */
public enum Screen {
    HOME("nav.home"),
    IMPORT("nav.import"),
    SCHOOLS("nav.schools"),
    VALIDATION("nav.validation"),
    INDICATORS("nav.indicators"),
    REPORTS("nav.reports"),
    EXPLORE("nav.explore"),
    SETTINGS("nav.settings"),
    /** After Settings, so that Explore keeps Ctrl+7 and Settings Ctrl+8: the Map is Ctrl+9. */
    MAP("nav.map");

    private final String key;

    Screen(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
