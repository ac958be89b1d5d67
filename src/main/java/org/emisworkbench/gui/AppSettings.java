package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.emisworkbench.service.AppHome;
import org.emisworkbench.service.ImportRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers between runs, in {@link java.util.prefs}. Changes are written by the
 * preferences' own background timer and at exit ({@link #save}), never by the JavaFX thread.
 */
public final class AppSettings {
    private static final Logger LOG = LoggerFactory.getLogger(AppSettings.class);
    private static final int RECENT_MAX = 8;
    private final Preferences prefs;
    private final Path home;

    /**
     * @param prefs the node to keep settings in (tests pass their own)
     * @param home  the app's folder in the user's home, for the sample country and backups
     */
    public AppSettings(Preferences prefs, Path home) {
        this.prefs = prefs;
        this.home = home;
    }

    public static AppSettings user() {
        return new AppSettings(Preferences.userRoot().node("org/emisworkbench/gui"), AppHome.folder());
    }

    public Path home() {
        return home;
    }

    public List<String> recent() {
        String s = prefs.get("recent", "");
        List<String> out = new ArrayList<>();
        for (String line : s.split("\n")) {
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }

    /** Puts a workspace first in the recent list and makes it the last workspace. */
    public void opened(Path db) {
        String p = db.toAbsolutePath().toString();
        remember(p);
        prefs.put("lastWorkspace", p);
    }

    /**
     * Puts a workspace first in the recent list: a file, or a shared workspace's address (server, database and
     * role, never a password). A server is not made the last workspace: reopening it at start would need its
     * password; the Connect dialog and the recent list offer it instead.
     */
    public void remember(String location) {
        List<String> list = recent();
        list.remove(location);
        list.add(0, location);
        prefs.put("recent", String.join("\n", list.subList(0, Math.min(RECENT_MAX, list.size()))));
    }

    public void forget(String db) {
        List<String> list = recent();
        list.remove(db);
        prefs.put("recent", String.join("\n", list));
        if (db.equals(lastWorkspace())) {
            prefs.remove("lastWorkspace");
        }
    }

    public String lastWorkspace() {
        return prefs.get("lastWorkspace", null);
    }

    public String language() {
        return prefs.get("language", "en");
    }

    public void setLanguage(String lang) {
        put("language", lang);
    }

    public double fontSize() {
        return prefs.getDouble("fontSize", 13);
    }

    public void setFontSize(double size) {
        prefs.putDouble("fontSize", size);
    }

    /** The rule pack file, or null for the default pack. */
    public String rulePack() {
        return prefs.get("rulePack", null);
    }

    public void setRulePack(String path) {
        put("rulePack", path);
    }

    /** The user's templates folder, or null for the built-in templates only. */
    public String templatesFolder() {
        return prefs.get("templatesFolder", null);
    }

    public void setTemplatesFolder(String path) {
        put("templatesFolder", path);
    }

    /** How many backups made before imports are kept beside the workspace. */
    public int backupsKept() {
        int n = prefs.getInt("backupsKept", ImportRequest.DEFAULT_BACKUPS_KEPT);
        return Math.max(1, Math.min(ImportRequest.MOST_BACKUPS_KEPT, n));
    }

    public void setBackupsKept(int n) {
        prefs.putInt("backupsKept", Math.max(1, Math.min(ImportRequest.MOST_BACKUPS_KEPT, n)));
    }

    /** Window bounds: x, y, width, height; NaN when never saved. */
    public double[] window() {
        return new double[] {prefs.getDouble("win.x", Double.NaN), prefs.getDouble("win.y", Double.NaN),
            prefs.getDouble("win.w", 1100), prefs.getDouble("win.h", 720)};
    }

    public boolean maximized() {
        return prefs.getBoolean("win.max", false);
    }

    public void saveWindow(double x, double y, double w, double h, boolean max) {
        prefs.putDouble("win.x", x);
        prefs.putDouble("win.y", y);
        prefs.putDouble("win.w", w);
        prefs.putDouble("win.h", h);
        prefs.putBoolean("win.max", max);
        save();
    }

    private void put(String key, String value) {
        if (value == null || value.isBlank()) {
            prefs.remove(key);
        } else {
            prefs.put(key, value);
        }
    }

    /** Writes the settings now (on exit). */
    public void save() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Cannot save the settings: {}", e.getMessage());
        }
    }
}
