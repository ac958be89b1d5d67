package org.emisworkbench.samples;

import static org.emisworkbench.samples.ErrorKinds.BLANK_KEY;
import static org.emisworkbench.samples.ErrorKinds.IDENTICAL_RETURNS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Chooses where the errors go: every kind once first (rotating layouts and years so they spread), then
 * again until the target count. A school carries at most one error; the school an identical return is
 * copied from is kept clean and untouched.
 */
final class ErrorPlanter {
    /** Errors planted in the default country of 420 schools; smaller countries get proportionally fewer. */
    static final int DEFAULT_TARGET = 60;

    private final CountryModel model;
    private final Plants plants;
    private final SplittableRandom rng;
    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> counts = new HashMap<>();

    ErrorPlanter(CountryModel model, Plants plants, SplittableRandom rng) {
        this.model = model;
        this.plants = plants;
        this.rng = rng;
    }

    /**
     * Peer group (district and level) needed before a school's size may be bent: in a group of two or
     * three one wild school drags the median so far that its clean peers would look like outliers.
     */
    static final int MIN_PEERS = 5;

    private long peers(SchoolProfile s) {
        return model.schools.stream()
                .filter(o -> o.district().equals(s.district()) && o.level().equals(s.level())).count();
    }

    static int target(int schools) {
        return Math.min(DEFAULT_TARGET, Math.max(ErrorKinds.ALL_KINDS.size(), schools * DEFAULT_TARGET / 420));
    }

    void plantAll() {
        int target = target(model.schools.size());
        int planted = 0;
        boolean progress = true;
        while (planted < target && progress) {
            progress = false;
            for (int k = 0; k < ErrorKinds.ALL_KINDS.size() && planted < target; k++) {
                if (plantOne(ErrorKinds.ALL_KINDS.get(k), k)) {
                    planted++;
                    progress = true;
                }
            }
        }
    }

    private boolean plantOne(String kind, int kindIndex) {
        int n = counts.getOrDefault(kind, 0);
        List<Lumeria.Layout> layouts = ErrorKinds.LAYOUTS.get(kind);
        int year = ErrorKinds.only2025(kind) ? 2025 : Lumeria.YEARS[(n + kindIndex) % 2];
        for (int i = 0; i < layouts.size(); i++) {
            Lumeria.Layout layout = order(layouts, kindIndex).get((n + i) % layouts.size());
            boolean done = kind.equals(BLANK_KEY) ? strayRow(n, year) : plantOn(kind, layout, year, n);
            if (done) {
                counts.merge(kind, 1, Integer::sum);
                return true;
            }
        }
        return false;
    }

    private boolean plantOn(String kind, Lumeria.Layout layout, int year, int n) {
        List<SchoolProfile> candidates = new ArrayList<>();
        for (SchoolProfile s : model.schools) {
            if (s.layout() == layout && !used.contains(s.code())
                    && ErrorKinds.fits(kind, s, model.year(s.code(), year))
                    && (!ErrorKinds.changesSize(kind) || peers(s) >= MIN_PEERS)) {
                candidates.add(s);
            }
        }
        while (!candidates.isEmpty()) {
            SchoolProfile s = candidates.remove(rng.nextInt(candidates.size()));
            SchoolProfile source = null;
            if (kind.equals(IDENTICAL_RETURNS)) {
                source = sourceFor(s, year);
                if (source == null) {
                    continue;
                }
                used.add(source.code());
            }
            used.add(s.code());
            Plant p = new PlantBuilder(model, plants, rng).plant(kind, s, year, n, source);
            plants.add(p);
            return true;
        }
        return false;
    }

    /**
     * The layouts of a kind in the order its instances use them. A kind possible everywhere leaves one of
     * the three form/roster layouts for a fourth instance, so its first three always include a wide file;
     * the start rotates with the kind so that small countries still get every layout.
     */
    static List<Lumeria.Layout> order(List<Lumeria.Layout> layouts, int kindIndex) {
        List<Lumeria.Layout> order = new ArrayList<>(layouts);
        Lumeria.Layout skipped = order.size() == 4 ? order.remove(1 + kindIndex % 3) : null;
        java.util.Collections.rotate(order, -(kindIndex % order.size()));
        if (skipped != null) {
            order.add(skipped);
        }
        return order;
    }

    /** A clean peer (district, level) of similar size whose figures the copier hands in as its own. */
    private SchoolProfile sourceFor(SchoolProfile copier, int year) {
        int size = model.year(copier.code(), year).total();
        for (SchoolProfile s : model.schools) {
            // The copied school's return arrives first (files are imported in name order), as in the field:
            // a return is copied from one already filled in.
            if (!s.equals(copier) && s.code().compareTo(copier.code()) < 0 && !used.contains(s.code())
                    && s.district().equals(copier.district())
                    && s.level().equals(copier.level())
                    && Math.abs(model.year(s.code(), year).total() - size) <= size * 0.1) {
                return s;
            }
        }
        return null;
    }

    /** A row of figures without a school code in a wide workbook; it belongs to no school. */
    private boolean strayRow(int n, int year) {
        String[] sheets = {"Pupils", "Teachers", "Repeaters"};
        for (Lumeria.District d : Lumeria.DISTRICTS) {
            for (int y : new int[] {year, year == 2024 ? 2025 : 2024}) {
                if (d.layout() == Lumeria.Layout.WIDE && plants.strayRowSheet(d.code(), y) == null) {
                    String sheet = sheets[n % sheets.length];
                    plants.addStrayRow(d.code(), y, sheet);
                    plants.add(new Plant("", y, BLANK_KEY, Targets.strayKey(d.code()), Plants.BLANK,
                            "A row of figures on sheet " + sheet + " has no school code"));
                    return true;
                }
            }
        }
        return false;
    }

    Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }
}
