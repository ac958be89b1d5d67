package org.emisworkbench.rules.expr;

import org.emisworkbench.model.CellKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;

/**
 * The figures of one school (or one district) for one year: all the evaluator ever reads. The
 * database wiring implements it with plain lookups; nothing of a rule reaches SQL except through
 * these typed keys.
 */
public interface ValueSource {
    /** A source that holds nothing: every lookup is missing. */
    ValueSource EMPTY = new ValueSource() {
        @Override
        public OptionalDouble number(CellKey key) {
            return OptionalDouble.empty();
        }

        @Override
        public Optional<String> text(SchoolAttribute attribute) {
            return Optional.empty();
        }

        @Override
        public List<AgeGroup> ages(Topic topic, String grade, Sex sex) {
            return List.of();
        }

        @Override
        public Map<CellKey, Double> figures(Set<Topic> topics) {
            return Map.of();
        }

        @Override
        public ValueSource previousYear() {
            return this;
        }
    };

    /** The figure, or empty when the return does not hold it. For district sources, the district total. */
    OptionalDouble number(CellKey key);

    /**
     * The same figure as {@link #number(CellKey)} for a graded or fixed topic, addressed by slot index
     * as well as slot name, as a double that is NaN when not held: the prepared evaluator asks this
     * for every cell it reads, so sources holding slot arrays answer without building a key.
     */
    default double figure(Topic topic, int slot, String slotCode, Sex sex, AgeGroup age) {
        return number(new CellKey(topic.code(), slotCode, sex, age)).orElse(Double.NaN);
    }

    /** A school attribute (district sources hold none). */
    Optional<String> text(SchoolAttribute attribute);

    /** Age groups the return holds for a graded topic, grade and sex, other than {@link AgeGroup#ALL}. */
    List<AgeGroup> ages(Topic topic, String grade, Sex sex);

    /** Every figure held for these topics, keyed by cell: the school's "figure set" to compare returns. */
    Map<CellKey, Double> figures(Set<Topic> topics);

    /**
     * {@link FigureDigest} of {@code figures(topics)}: equal figure sets give equal digests; 0 when no
     * figure other than zero is held. Sources holding slot arrays compute it without building the map.
     */
    default long digest(Set<Topic> topics) {
        return FigureDigest.of(figures(topics));
    }

    /**
     * Whether the return's template collects {@code field} at all (a column, label, grid, constant or sum gives
     * it): a rule does not read a field never collected as a blank left by the school. True when not known.
     */
    default boolean collects(String field) {
        return true;
    }

    /** The same school or district one census year earlier; {@link #EMPTY} when there is none. */
    ValueSource previousYear();
}
