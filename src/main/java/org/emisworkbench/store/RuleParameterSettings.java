package org.emisworkbench.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.ParameterChange;

/**
 * The values a workspace sets for the parameters of a rule pack (its thresholds), and those a validation run
 * used where they differed from the pack's, kept in the workspace's settings: one setting per pack
 * ({@code rules.parameters.PACK}, lines {@code name=value}) and one per census year and pack
 * ({@code rules.parameters-used.YEAR.PACK}). Stored and read as data: the pack loader checks every value.
 */
public final class RuleParameterSettings {
    private static final String SET = "rules.parameters.";
    private static final String USED = "rules.parameters-used.";
    private final WorkspaceSettings settings;

    public RuleParameterSettings(Workspace workspace) {
        this.settings = new WorkspaceSettings(workspace);
    }

    /** Name → value as typed, for pack {@code packId}; empty when the workspace sets none. */
    public Map<String, String> set(String packId) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : settings.get(SET + packId).orElse("").split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return out;
    }

    /** Whether {@code values} fit in one setting for pack {@code packId}. */
    public static boolean fits(String packId, Map<String, String> values) {
        return (SET + packId).length() <= WorkspaceSettings.MAX_NAME && text(values).length() <= WorkspaceSettings.MAX_CHARS;
    }

    /** Keeps {@code values} (name → value) for pack {@code packId}, replacing those set before; empty removes them. */
    public void keep(String packId, Map<String, String> values) {
        if (values.isEmpty()) {
            settings.remove(SET + packId);
        } else {
            settings.put(SET + packId, text(values));
        }
    }

    /** Records the parameters a run of pack {@code packId} over {@code year} read with values not the pack's. */
    public void recordUsed(String packId, int year, List<ParameterChange> used) {
        StringBuilder sb = new StringBuilder();
        used.forEach(u -> sb.append(u.name()).append('\t').append(u.value()).append('\t').append(u.packValue())
                .append('\n'));
        String name = USED + year + "." + packId;
        if (sb.length() == 0 || name.length() > WorkspaceSettings.MAX_NAME || sb.length() > WorkspaceSettings.MAX_CHARS) {
            settings.remove(name);
        } else {
            settings.put(name, sb.toString());
        }
    }

    /** What {@link #recordUsed} kept for the latest run of pack {@code packId} over {@code year}. */
    public List<ParameterChange> used(String packId, int year) {
        List<ParameterChange> out = new ArrayList<>();
        for (String line : settings.get(USED + year + "." + packId).orElse("").split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 3) {
                try {
                    out.add(new ParameterChange(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2])));
                } catch (NumberFormatException e) {
                    // an edited setting: what cannot be read is not reported as used
                }
            }
        }
        return out;
    }

    private static String text(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }
}
