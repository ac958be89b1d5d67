package org.emisworkbench.rules.expr;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.TextDistance;
import org.emisworkbench.model.Topic;

/**
 * The fields rules may name, built from the canonical model so that a new topic slot becomes
 * available to packs without touching the rule language. Also knows the grade system, to check
 * grade and level codes in selectors at load time.
 */
public final class FieldCatalog {
    public static final String POPULATION = "population";

    private final Map<String, FieldDef> fields = new LinkedHashMap<>();
    private final GradeSystem grades;

    private FieldCatalog(GradeSystem grades) {
        this.grades = grades;
    }

    /** Graded topics with grade/sex/age/level, fixed topics as topic.slot, school attributes, population. */
    public static FieldCatalog standard(GradeSystem grades) {
        FieldCatalog c = new FieldCatalog(grades);
        for (Topic t : Topic.values()) {
            if (t.graded()) {
                c.add(new FieldDef(t.code(), FieldDef.Kind.GRADED, t, null, null,
                        Set.of(FieldDef.GRADE, FieldDef.SEX, FieldDef.AGE, FieldDef.LEVEL)));
            } else {
                for (String slot : t.fixedSlots()) {
                    c.add(new FieldDef(t.code() + "." + slot, FieldDef.Kind.FIXED, t, slot, null,
                            t.bySex() ? Set.of(FieldDef.SEX) : Set.of()));
                }
            }
        }
        for (SchoolAttribute a : SchoolAttribute.values()) {
            c.add(new FieldDef(a.field(), FieldDef.Kind.ATTRIBUTE, null, null, a, Set.of()));
        }
        c.add(new FieldDef(POPULATION, FieldDef.Kind.POPULATION, null, null, null,
                Set.of(FieldDef.AGE, FieldDef.SEX, FieldDef.LEVEL)));
        return c;
    }

    private void add(FieldDef def) {
        fields.put(def.name(), def);
    }

    /** Field names are matched exactly: canonical names are lower case and so must packs be. */
    public Optional<FieldDef> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public Collection<FieldDef> fields() {
        return Collections.unmodifiableCollection(fields.values());
    }

    public GradeSystem grades() {
        return grades;
    }

    /** Close names help an officer who typed {@code enrollment} or {@code teacher.total}. */
    String suggestion(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String candidate : fields.keySet()) {
            int d = TextDistance.edits(lower, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

}
