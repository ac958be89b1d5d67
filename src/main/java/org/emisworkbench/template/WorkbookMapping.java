package org.emisworkbench.template;

import java.util.List;
import java.util.Map;
import org.emisworkbench.workbook.Cell;

/**
 * How a workbook is read, as the officer mapped it: its layout and the sheets taken into the template.
 *
 * @param layout wide, grid (a form) or roster
 * @param tables wide: the sheets of one row per school; roster: the pupils and staff lists; grid: none
 * @param forms  grid: the sheets of the form; roster: the sheets of labels beside the lists; wide: none
 * @param figures how counts are written as text (nil marks, thousands separator) as the officer set it, or
 *                null to take what the workbook's count cells show
 */
public record WorkbookMapping(Layout layout, List<SheetMapping> tables, List<FormMapping> forms,
                              FigureText.Settings figures) {
    public WorkbookMapping {
        tables = List.copyOf(tables);
        forms = List.copyOf(forms);
    }

    /** A mapping whose nil marks and thousands separator are those the workbook shows. */
    public WorkbookMapping(Layout layout, List<SheetMapping> tables, List<FormMapping> forms) {
        this(layout, tables, forms, null);
    }

    /** The same mapping with the nil marks and thousands separator set by the officer. */
    public WorkbookMapping withFigures(FigureText.Settings newFigures) {
        return new WorkbookMapping(layout, tables, forms, newFigures);
    }

    /**
     * Writes the mapping as a template of its layout and loads it back.
     *
     * @param samples the sheets' first rows, used to check a wide template reads every column as mapped
     */
    public TemplateDrafter.Draft build(String id, int version, String title, Map<String, List<List<Cell>>> samples)
            throws TemplateException {
        return TemplateDrafter.withWorkbookText(switch (layout) {
            // CP after CI in the headers: the template's own grade list says CP is G2, so that what reads the
            // workspace later (emis trace --slot CP) reads it as the draft did, not only the columns mapped here.
            case WIDE -> InitiationGrades.apply(TemplateDrafter.build(id, version, title, tables, samples), samples);
            case GRID -> FormDrafter.build(id, version, title, forms);
            case ROSTER -> RosterDrafter.build(id, version, title, tables, forms, samples);
        }, samples, layout == Layout.WIDE ? TemplateDrafter.countCells(tables) : TemplateDrafter.countColumns(samples),
                figures);
    }
}
