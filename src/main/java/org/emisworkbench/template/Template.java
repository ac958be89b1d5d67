package org.emisworkbench.template;

import java.util.List;
import java.util.Map;

/**
 * A return layout described as data (docs/templates.md). Loaded from JSON by {@code TemplateLoader},
 * which checks it whole and reports every problem at once.
 *
 * @param id            stable identifier, e.g. {@code sample-wide}
 * @param version       bumped when the layout changes; stored with each import batch
 * @param title         human title
 * @param layout        wide, grid or roster
 * @param role          census (default), master-list or population
 * @param codeLists     extra aliases per code list: list name → canonical code → aliases; merged over
 *                      the built-in lists (sex, grade, age, ownership, locality, level, status, ...)
 * @param year          where the census year can be read from the workbook, if anywhere
 * @param referenceDate roster: census reference date as {@code --MM-DD}; ages are completed years then
 * @param sheets        what to read, sheet by sheet
 */
public record Template(String id, int version, String title, Layout layout, Role role,
                       Map<String, Map<String, List<String>>> codeLists, YearSpec year, String referenceDate,
                       List<SheetSpec> sheets) {
    public Template {
        role = role == null ? Role.CENSUS : role;
        codeLists = codeLists == null ? Map.of() : Map.copyOf(codeLists);
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
    }
}
