package org.emisworkbench.imports;

import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.template.Template;

/** Reads one layout of return (wide, grid or roster) into canonical records. */
public interface LayoutInterpreter {
    /**
     * Reads the workbook as the template says and hands every school, row of counts and cell problem to
     * the sink. Cell problems never stop the reading; file-level problems throw.
     */
    void interpret(WorkbookReader workbook, Template template, ImportContext context, CensusSink sink)
            throws ImportRejectedException, WorkbookException;
}
