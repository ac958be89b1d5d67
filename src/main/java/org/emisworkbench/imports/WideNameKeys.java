package org.emisworkbench.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolNames;
import org.emisworkbench.model.SkipReason;

/**
 * A district list whose key column names the schools without codes ({@code "schoolKey": "name"}, decision
 * 0037): each name is read as the one master-list school of that name (within the row's district when it gives
 * one), said once per school
 * ({@code SCHOOL_BY_NAME}); a name of no school or of several is said once ({@code SCHOOL_NAME_UNMATCHED},
 * naming the candidates) and its rows are not counted. Shared by the sheets of one workbook.
 */
final class WideNameKeys {
    private final SchoolNames names;
    private final Set<String> announced = new HashSet<>();
    private final Set<String> unmatched = new HashSet<>();

    WideNameKeys(SchoolNames names) {
        this.names = names;
    }

    /**
     * The school code the row's name stands for, or null when the name matches no single school (then
     * reported and the row counted as skipped). {@code district} (the row's, or the template's constant; code
     * or name, compared as names are) narrows the candidates when given, so that two districts may each have a
     * school of the name. A check without a workspace reads each name as a school.
     */
    String code(String raw, String district, int row, int col, String sheet, SheetProblems problems,
                CensusSink sink) {
        String name = raw == null ? "" : raw.strip();
        if (names.atImport()) {
            return name;
        }
        List<SchoolNames.Listed> found = names.candidates(name, district);
        if (found.size() == 1) {
            String code = WideRows.schoolCode(found.get(0).code());
            if (announced.add(code)) {
                problems.report(ProblemKind.SCHOOL_BY_NAME, row, col, code, "school.name", name,
                        NameMatchText.readAs(code, name, found.get(0)));
            }
            return code;
        }
        boolean inDistrict = district != null && !SchoolNames.key(district).isEmpty();
        if (unmatched.add(SchoolNames.key(name) + "|" + (inDistrict ? SchoolNames.key(district) : ""))) {
            problems.report(ProblemKind.SCHOOL_NAME_UNMATCHED, row, col, null, "school.name", name,
                    Message.of("import.detail.andThen", NameMatchText.notOne(name, inDistrict ? district : null, found,
                            Message.of(inDistrict ? "import.detail.remedyCode" : "import.detail.remedyDistrictOrCode")),
                            Message.of("import.detail.itsRowsNotCounted")));
        }
        sink.skipped(sheet, row, 1, SkipReason.NO_SCHOOL_CODE);
        return null;
    }
}
