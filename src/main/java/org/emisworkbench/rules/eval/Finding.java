package org.emisworkbench.rules.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.model.Severity;

/**
 * One thing a rule found.
 *
 * @param ruleId     the rule that fired
 * @param severity   the rule's severity
 * @param schoolCode the school concerned; null for district findings and keyless import problems
 * @param district   the district concerned, when known
 * @param year       census year
 * @param grade      grade code when the finding is about one grade, else null
 * @param sex        sex when about one sex, else null
 * @param age        age group when about one age, else null
 * @param left       the left value (the value checked), when there is one
 * @param right      the right value (the bound or the value compared with), when there is one
 * @param messageEn  the message in English, placeholders filled
 * @param messageFr  the message in French
 * @param fields     canonical field names involved, e.g. {@code repeaters}
 * @param cells      the figures involved (this year), so the wiring can attach source cells
 * @param previousCells last year's figures the finding compares with (cohort and change rules), so
 *                   the wiring can cite last year's cell too
 * @param details    every placeholder value and kind-specific facts ({@code method}, {@code score},
 *                   {@code cell} for import problems…), as text
 * @param source     for an import problem, the sheet and cell it was met in (the file not known here); else null
 */
public record Finding(String ruleId, Severity severity, String schoolCode, String district, int year, String grade,
                      Sex sex, AgeGroup age, OptionalDouble left, OptionalDouble right, String messageEn,
                      String messageFr, List<String> fields, List<CellKey> cells, Map<String, String> details,
                      List<CellKey> previousCells, SourceRef source) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        fields = List.copyOf(fields);
        cells = List.copyOf(cells);
        details = Map.copyOf(details);
        previousCells = List.copyOf(previousCells);
    }
}
