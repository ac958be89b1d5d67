package org.emisworkbench.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** What a workbook holds: census returns, the master list of schools expected, or population. */
public enum Role {
    CENSUS, MASTER_LIST, POPULATION;

    @JsonCreator
    public static Role fromJson(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
