package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.ForwardingCensusSink;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;

/**
 * The cells of a file whose pre-primary years were added together ({@link ProblemKind#PRE_PRIMARY_SUMMED}, IMP-34,
 * decision 0066), said once per sheet at the end of its import beside the problems at each cell: how many, the first
 * and last cell, and the {@code emis structure --pre-primary} of a new workspace that keeps them apart.
 */
public final class PrePrimarySummed {
    /** Per sheet: first cell, last cell, count, and the most years named. */
    private final Map<String, Object[]> bySheet = new LinkedHashMap<>();

    /** The sink, tallying on its way the problems of pre-primary years added together. */
    public CensusSink wrap(CensusSink target) {
        return new ForwardingCensusSink(target) {
            @Override
            public void problem(ImportProblem problem) {
                if (problem.kind() == ProblemKind.PRE_PRIMARY_SUMMED && problem.sheet() != null) {
                    Object[] t = bySheet.computeIfAbsent(problem.sheet(), s -> new Object[] {problem.cell(), null, 0, 2});
                    t[1] = problem.cell();
                    t[2] = (Integer) t[2] + 1;
                    int year = PrePrimaryYears.year(org.emisworkbench.template.CodeLists.builtIn().require("grade")
                            .code(problem.rawText() == null ? "" : problem.rawText()));
                    t[3] = Math.max((Integer) t[3], year);
                }
                super.problem(problem);
            }
        };
    }

    /** One warning per sheet where pre-primary years were added together; none when there was none. */
    public List<Message> warnings() {
        List<Message> out = new ArrayList<>();
        bySheet.forEach((sheet, t) -> out.add(Message.of("import.prePrimarySummed", sheet, t[0], t[1], t[2], t[3])));
        return out;
    }
}
