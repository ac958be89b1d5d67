package org.emisworkbench.model;

/**
 * A sink that hands everything on to another, for one that only listens on the way (counting skipped rows, the
 * figures past primary): it overrides what it listens to and calls {@code super}. Every call of {@link CensusSink}
 * is forwarded here, once, so a call added to the interface is never dropped by a listener written before it.
 */
public abstract class ForwardingCensusSink implements CensusSink {
    private final CensusSink target;

    protected ForwardingCensusSink(CensusSink target) {
        this.target = java.util.Objects.requireNonNull(target, "target");
    }

    @Override
    public void school(SchoolRecord school) {
        target.school(school);
    }

    @Override
    public void facts(FactRecord facts) {
        target.facts(facts);
    }

    @Override
    public void withdraw(String schoolCode, Topic topic, Sex sex, AgeGroup age, String sheet, int row, int slot) {
        target.withdraw(schoolCode, topic, sex, age, sheet, row, slot);
    }

    @Override
    public void population(PopulationRecord population) {
        target.population(population);
    }

    @Override
    public void problem(ImportProblem problem) {
        target.problem(problem);
    }

    @Override
    public void skipped(String sheet, int firstRow, int count, SkipReason reason) {
        target.skipped(sheet, firstRow, count, reason);
    }

    @Override
    public void readAcross(String sheet) {
        target.readAcross(sheet);
    }

    @Override
    public void leftOut(String sheet, String cells, String headers, String lastYear) {
        target.leftOut(sheet, cells, headers, lastYear);
    }

    @Override
    public void labelNotRead(String sheet, String cell, String label, String value) {
        target.labelNotRead(sheet, cell, label, value);
    }

    @Override
    public void checked(String sheet, String cells, String header, String totalOf) {
        target.checked(sheet, cells, header, totalOf);
    }

    @Override
    public void blankFigure(String schoolCode, Topic topic, Sex sex, AgeGroup age, int slot, String sheet,
                            String cell) {
        target.blankFigure(schoolCode, topic, sex, age, slot, sheet, cell);
    }

    @Override
    public void blankWorkedOut(String schoolCode, Topic topic, Sex sex, AgeGroup age, int slot, String sheet,
                               String cell, String sexCell) {
        target.blankWorkedOut(schoolCode, topic, sex, age, slot, sheet, cell, sexCell);
    }

    @Override
    public void gridRead(String sheet, int grid, boolean read) {
        target.gridRead(sheet, grid, read);
    }

    @Override
    public void otherDigits(String sheet, String cell, String school, String field, String raw, int value) {
        target.otherDigits(sheet, cell, school, field, raw, value);
    }

    @Override
    public void rosterRows(String sheet, int rows, int notCounted) {
        target.rosterRows(sheet, rows, notCounted);
    }
}
