package org.emisworkbench.imports;

import java.util.HashSet;
import java.util.Set;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.Digits;
import org.emisworkbench.model.ForwardingCensusSink;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolRecord;

/**
 * Says where a file's figures or school codes were written in other digits and read as the ASCII digits they are
 * ({@link Digits}: {@code ٣٠} read as 30, {@code MR-١٠١٠١} as {@code MR-10101}; IMP-41, review 27). The figures once
 * per file, at the first such cell, since a form typed on an Arabic keyboard writes every figure so; each school
 * code so read at its cell, since the code decides which school the figures go to. Set on every layout's reading
 * ({@link Interpreters}), for the import and {@code emis template check} alike.
 */
final class OtherDigits extends ForwardingCensusSink {
    private boolean figureSaid;
    private final Set<String> codesSaid = new HashSet<>();

    OtherDigits(CensusSink target) {
        super(target);
    }

    @Override
    public void school(SchoolRecord school) {
        String typed = school.typed();
        if (Digits.hasOther(typed) && codesSaid.add(school.code())) {
            super.problem(ImportProblem.worded(ProblemKind.DIGITS_READ, school.sheet(), school.keyCell(),
                    school.code(), "school.code", typed, Message.of("import.detail.otherDigitsCode", school.code())));
        }
        super.school(school);
    }

    @Override
    public void otherDigits(String sheet, String cell, String school, String field, String raw, int value) {
        if (!figureSaid) {
            figureSaid = true;
            super.problem(ImportProblem.worded(ProblemKind.DIGITS_READ, sheet, cell, school, field, raw,
                    Message.of("import.detail.otherDigits", raw == null ? "" : raw.strip(), value,
                            Digits.scriptOf(raw))));
        }
    }
}
