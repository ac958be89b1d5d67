package org.emisworkbench.imports;

import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SchoolNames;

/**
 * What an interpreter needs besides the workbook and the template.
 *
 * @param fileName   the file's name, for messages
 * @param censusYear the census year the values belong to
 * @param grades     the workspace's grade system (grade codes and their slots)
 * @param schools    the master list's schools by name, read-only: a register naming its schools without
 *                   codes ({@code "schoolKey": "name"}) is matched against it (decision 0037)
 */
public record ImportContext(String fileName, int censusYear, GradeSystem grades, Progress progress,
                            Cancellation cancellation, SchoolNames schools) {
    public ImportContext {
        schools = schools == null ? SchoolNames.NONE : schools;
    }

    /** A context without a master list to match school names against. */
    public ImportContext(String fileName, int censusYear, GradeSystem grades, Progress progress,
                         Cancellation cancellation) {
        this(fileName, censusYear, grades, progress, cancellation, SchoolNames.NONE);
    }
}
