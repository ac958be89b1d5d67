package org.emisworkbench.imports;

import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Progress;

/**
 * What an interpreter needs besides the workbook and the template.
 *
 * @param fileName   the file's name, for messages
 * @param censusYear the census year the values belong to
 * @param grades     the workspace's grade system (grade codes and their slots)
 */
public record ImportContext(String fileName, int censusYear, GradeSystem grades, Progress progress,
                            Cancellation cancellation) {
}
