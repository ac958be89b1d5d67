package org.emisworkbench.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;

/** Collects what an interpreter emits, and checks facts come after their school. */
public final class RecordingSink implements CensusSink {
    public final List<SchoolRecord> schools = new ArrayList<>();
    public final List<FactRecord> facts = new ArrayList<>();
    public final List<PopulationRecord> population = new ArrayList<>();
    public final List<ImportProblem> problems = new ArrayList<>();
    /** Rows skipped, each as "sheet!row:reason" with the 1-based first row. */
    public final List<String> skipped = new ArrayList<>();

    @Override
    public void skipped(String sheet, int firstRow, int count, org.emisworkbench.model.SkipReason reason) {
        for (int i = 0; i < count; i++) {
            skipped.add(sheet + "!" + (firstRow + i + 1) + ":" + reason);
        }
    }

    @Override
    public void school(SchoolRecord school) {
        schools.add(school);
    }

    @Override
    public void facts(FactRecord f) {
        if (schools.stream().noneMatch(s -> s.code().equals(f.schoolCode()))) {
            throw new AssertionError("facts before school " + f.schoolCode());
        }
        facts.add(f);
    }

    /** Takes the figure back as the store does: the slot of the record read on that row becomes missing. */
    @Override
    public void withdraw(String school, Topic topic, Sex sex, AgeGroup age, String sheet, int row, int slot) {
        for (int i = 0; i < facts.size(); i++) {
            FactRecord f = facts.get(i);
            if (f.schoolCode().equals(school) && f.topic() == topic && f.sex() == sex && f.age().equals(age)
                    && java.util.Objects.equals(f.sheet(), sheet) && f.row() == row) {
                int[] values = f.values().clone();
                values[slot] = FactRecord.MISSING;
                facts.set(i, new FactRecord(f.schoolCode(), f.topic(), f.sex(), f.age(), values, f.sources(), f.sheet(),
                        f.row()));
                return;
            }
        }
        throw new AssertionError("withdrawn figure never given: " + school + " " + topic + " " + sex + " row " + row);
    }

    @Override
    public void population(PopulationRecord p) {
        population.add(p);
    }

    @Override
    public void problem(ImportProblem p) {
        problems.add(p);
    }

    public Optional<SchoolRecord> school(String code) {
        return schools.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<FactRecord> fact(String school, Topic topic, Sex sex, AgeGroup age) {
        return facts.stream().filter(f -> f.schoolCode().equals(school) && f.topic() == topic && f.sex() == sex
                && f.age().equals(age)).findFirst();
    }

    public List<ImportProblem> problems(ProblemKind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }
}
