package org.emisworkbench.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Explorations saved in the workspace, by name, as their JSON definition (a few hundred characters), in
 * the workspace's settings. The text is stored and read back as data; whoever reads it checks it.
 */
public final class SavedExplorations {
    private static final String PREFIX = "explore.view.";
    /** The settings table's value column. */
    public static final int MAX_CHARS = WorkspaceSettings.MAX_CHARS;
    private final WorkspaceSettings settings;

    public SavedExplorations(Workspace workspace) {
        this.settings = new WorkspaceSettings(workspace);
    }

    /** Name → definition, ordered by name. */
    public Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        settings.byPrefix(PREFIX).forEach((name, json) -> out.put(name.substring(PREFIX.length()), json));
        return out;
    }

    public Optional<String> get(String name) {
        return settings.get(PREFIX + name);
    }

    /** Saves {@code json} under {@code name}, replacing a definition of that name. */
    public void put(String name, String json) {
        settings.put(PREFIX + name, json);
    }

    /** Removes the definition; true when there was one. */
    public boolean remove(String name) {
        return settings.remove(PREFIX + name);
    }
}
