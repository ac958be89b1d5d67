package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.maps.Placement;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.Message;
import org.emisworkbench.rules.pack.Rule;

/**
 * A school's point against its district's boundary: at (0, 0), latitude and longitude swapped, or outside
 * the district. Schools without a point, and schools of a district without a boundary (unless the point
 * only makes sense swapped), give nothing: the rule cannot say.
 */
final class LocationRules {
    private LocationRules() {
    }

    static List<Finding> location(Rule rule, CensusView view) {
        SchoolPlaces places = view.places();
        List<Finding> out = new ArrayList<>();
        if (places.points().isEmpty()) {
            return out;
        }
        for (SchoolInfo s : view.schools()) {
            Double[] at = places.points().get(s.code());
            if (at == null) {
                continue;
            }
            Placement p = places.areas().place(s.district(), at[0], at[1]);
            Message problem = switch (p) {
                case ZERO -> Message.of("location.zero");
                case SWAPPED -> Message.of("location.swapped");
                case OUTSIDE -> places.areas().districtAt(at[1], at[0])
                        .map(d -> Message.of("location.inOther", d)).orElse(Message.of("location.outside"));
                default -> null;
            };
            if (problem != null) {
                out.add(new FindingBuilder(rule, view.year()).school(s).put("latitude", degrees(at[0]))
                        .put("longitude", degrees(at[1]))
                        .put("problem", problem).put("placement", p.name().toLowerCase(java.util.Locale.ROOT))
                        .field("school.latitude").field("school.longitude").build());
            }
        }
        return out;
    }

    /** Degrees as the master list gives them (5 decimals are a metre): not rounded to a figure's 2 decimals. */
    private static String degrees(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
