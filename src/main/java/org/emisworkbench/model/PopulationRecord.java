package org.emisworkbench.model;

import java.util.Objects;

/** Population of one area, census year, single age and sex; with the cell it came from. */
public record PopulationRecord(String areaCode, int censusYear, int age, Sex sex, long count, String sheet,
                               String cell) {
    public PopulationRecord {
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(sex, "sex");
    }
}
