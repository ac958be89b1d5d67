package org.emisworkbench.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.maps.Boundary;
import org.emisworkbench.maps.BoundaryException;
import org.emisworkbench.maps.Feature;
import org.emisworkbench.maps.GeoJson;
import org.emisworkbench.model.Message;
import org.emisworkbench.store.Boundaries;
import org.emisworkbench.store.PopulationLoader;

/**
 * The administrative areas' boundaries (docs/maps.md): read from the ministry's GeoJSON file, matched to
 * the workspace's district and region codes by one property of each feature, and kept in the workspace in
 * place of the earlier ones. What did not match, on either side, is reported, never dropped silently.
 */
public final class BoundaryService {
    /** The property tried when none is named. */
    public static final String DEFAULT_PROPERTY = "code";

    private final Workbench workbench;

    BoundaryService(Workbench workbench) {
        this.workbench = workbench;
    }

    /**
     * What an import of boundaries did.
     *
     * @param districts          district codes given a boundary
     * @param regions            region codes given a boundary
     * @param unmatchedFeatures  features of the file matching no district or region ({@link Feature#label()}
     *                           with the property's value)
     * @param districtsWithout   the workspace's districts the file gives no boundary
     * @param regionsWithout     the workspace's regions the file gives no boundary
     * @param replaced           how many boundaries kept before were replaced
     */
    public record Imported(Path file, String property, List<String> districts, List<String> regions,
                           List<String> unmatchedFeatures, List<String> districtsWithout, List<String> regionsWithout,
                           int replaced) {
    }

    /**
     * The properties of a boundaries file's features, in the file's order, each with how many features'
     * values are a district or region code of the workspace; {@code guess} is the property matching most (on a
     * tie, {@value #DEFAULT_PROPERTY} if it is among them, else the first), null when none matches any.
     */
    public record Properties(Path file, int features, Map<String, Integer> matches, String guess) {
        public Properties {
            matches = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(matches));
        }
    }

    /** Reads {@code file} to offer the property that names the areas (the window's Boundaries dialog). */
    public Properties properties(Path file) {
        List<Feature> features;
        try {
            features = GeoJson.read(file);
        } catch (BoundaryException e) {
            throw ServiceException.from(e);
        }
        Set<String> codes = new java.util.HashSet<>();
        for (PopulationLoader.Area a : workbench.store(ws -> new PopulationLoader(ws).areas())) {
            if (Boundary.DISTRICT.equals(a.level()) || Boundary.REGION.equals(a.level())) {
                codes.add(key(a.code()));
            }
        }
        Map<String, Integer> matches = new java.util.LinkedHashMap<>();
        for (Feature f : features) {
            f.properties().forEach((k, v) -> matches.merge(k, v != null && codes.contains(key(v)) ? 1 : 0,
                    Integer::sum));
        }
        String guess = null;
        int best = 0;
        for (Map.Entry<String, Integer> e : matches.entrySet()) {
            if (e.getValue() > best || (e.getValue() == best && best > 0 && DEFAULT_PROPERTY.equals(e.getKey()))) {
                best = e.getValue();
                guess = e.getKey();
            }
        }
        return new Properties(file, features.size(), matches, guess);
    }

    /**
     * Reads {@code file} and keeps its areas matched to the workspace's codes by {@code property} (null: {@value
     * #DEFAULT_PROPERTY}). Refused, keeping nothing, when no feature matches (most likely the wrong property:
     * the message names the properties the file has) or when two features claim one area.
     */
    public Imported importFile(Path file, String property) {
        String prop = property == null || property.isBlank() ? DEFAULT_PROPERTY : property.trim();
        String name = String.valueOf(file.getFileName());
        List<Feature> features;
        try {
            features = GeoJson.read(file);
        } catch (BoundaryException e) {
            throw ServiceException.from(e);
        }
        List<PopulationLoader.Area> areas = workbench.store(ws -> new PopulationLoader(ws).areas());
        Map<String, PopulationLoader.Area> byKey = new HashMap<>();
        for (PopulationLoader.Area a : areas) {
            if (Boundary.DISTRICT.equals(a.level()) || Boundary.REGION.equals(a.level())) {
                byKey.put(key(a.code()), a);
            }
        }
        List<Boundary> matched = new ArrayList<>();
        Map<String, Feature> claimed = new HashMap<>();
        List<String> unmatched = new ArrayList<>();
        Set<String> seenProperties = new LinkedHashSet<>();
        for (Feature f : features) {
            seenProperties.addAll(f.properties().keySet());
            String value = f.properties().get(prop);
            PopulationLoader.Area a = value == null ? null : byKey.get(key(value));
            if (a == null) {
                unmatched.add(f.label() + (value == null ? "" : " " + prop + "=" + value));
                continue;
            }
            Feature earlier = claimed.put(a.code(), f);
            if (earlier != null) {
                throw new ServiceException(Message.of("boundaries.twice", name, a.code(), earlier.label(), f.label()));
            }
            matched.add(new Boundary(a.code(), a.level(), f.properties().getOrDefault("name", a.name()), f.geometry()));
        }
        if (matched.isEmpty()) {
            throw new ServiceException(Message.of("boundaries.noneMatched", name, prop,
                    seenProperties.isEmpty() ? "-" : String.join(", ", seenProperties)));
        }
        int replaced = workbench.store(ws -> new Boundaries(ws).replace(matched, name));
        List<String> districts = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        matched.forEach(b -> (Boundary.DISTRICT.equals(b.level()) ? districts : regions).add(b.code()));
        List<String> districtsWithout = new ArrayList<>();
        List<String> regionsWithout = new ArrayList<>();
        for (PopulationLoader.Area a : areas) {
            if (!claimed.containsKey(a.code())) {
                if (Boundary.DISTRICT.equals(a.level())) {
                    districtsWithout.add(a.code());
                } else if (Boundary.REGION.equals(a.level())) {
                    regionsWithout.add(a.code());
                }
            }
        }
        return new Imported(file, prop, districts, regions, unmatched, districtsWithout, regionsWithout, replaced);
    }

    /** The boundaries kept in the workspace, districts and regions. */
    public List<Boundary> all() {
        return workbench.store(ws -> new Boundaries(ws).all());
    }

    private static String key(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }
}
