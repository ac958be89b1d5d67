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
 *                      the built-in lists (sex, grade, age, ownership, locality, level, status, ...). After
 *                      loading it also holds the lists of {@code codeListFiles}
 * @param codeListFiles JSON files of further code lists (same shape as {@code codeLists}), relative to the
 *                      template's folder and never outside it; shared between templates of one ministry
 * @param year          where the census year can be read from the workbook, if anywhere
 * @param referenceDate roster: census reference date as {@code --MM-DD}; ages are completed years then;
 *                      null means {@link #DEFAULT_REFERENCE_DATE}
 * @param sheets        what to read, sheet by sheet
 * @param constants     fields set to one value for every school the template reads (e.g.
 *                      {@code school.level = primary}); a sheet's own {@code constants} win
 * @param referenceDateYear roster: in which calendar year of the school year the reference date falls,
 *                      {@code start} or {@code end}; null means the census year itself
 * @param ignore        headers of columns left out on purpose in every sheet ({@link IgnoredHeaders})
 * @param language      the language of the workbooks' headers, {@code en}, {@code fr} or {@code pt}: it says
 *                      what the single sex letters mean ({@link SexLetters}); null is English
 * @param nilMarks      texts that, in a count cell, mean "magnitude nil" ({@code -}, {@code –}): read as 0,
 *                      each reported as {@code NIL_AS_ZERO} ({@link FigureText}, decision 0013)
 * @param thousands     the thousands separator of counts written as text: {@code ,} (null: the default) or
 *                      {@code .} (then {@code 1.234} is 1234 and a comma is the decimal mark)
 * @param schools       grid: how many schools a workbook holds, {@code workbook} (null: one form per
 *                      workbook), {@code sheet} (one form per sheet) or {@code block} (forms stacked down a
 *                      sheet, each starting at its school-code label); see {@link SchoolsPer}
 */
public record Template(String id, int version, String title, Layout layout, Role role,
                       Map<String, Map<String, List<String>>> codeLists, List<String> codeListFiles, YearSpec year,
                       String referenceDate, List<SheetSpec> sheets, Map<String, String> constants,
                       String referenceDateYear, List<String> ignore, String language, List<String> nilMarks,
                       String thousands, String schools) {
    /** Census reference date when a template gives none: 1 March. */
    public static final String DEFAULT_REFERENCE_DATE = "--03-01";

    public Template {
        role = role == null ? Role.CENSUS : role;
        schools = schools == null || schools.isBlank() ? null : schools.strip().toLowerCase(java.util.Locale.ROOT);
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        nilMarks = nilMarks == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(
                nilMarks));
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(java.util.Locale.ROOT);
        codeLists = codeLists == null ? Map.of() : Map.copyOf(codeLists);
        codeListFiles = codeListFiles == null ? List.of() : List.copyOf(codeListFiles);
        referenceDate = referenceDate == null ? DEFAULT_REFERENCE_DATE : referenceDate;
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
        constants = constants == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(constants));
    }

    /** A template without columns left out on purpose. */
    public Template(String id, int version, String title, Layout layout, Role role,
                    Map<String, Map<String, List<String>>> codeLists, List<String> codeListFiles, YearSpec year,
                    String referenceDate, List<SheetSpec> sheets, Map<String, String> constants,
                    String referenceDateYear) {
        this(id, version, title, layout, role, codeLists, codeListFiles, year, referenceDate, sheets, constants,
                referenceDateYear, null, null, null, null, null);
    }

    /** A template of one school per workbook (the shape before {@code schools} existed). */
    public Template(String id, int version, String title, Layout layout, Role role,
                    Map<String, Map<String, List<String>>> codeLists, List<String> codeListFiles, YearSpec year,
                    String referenceDate, List<SheetSpec> sheets, Map<String, String> constants,
                    String referenceDateYear, List<String> ignore, String language, List<String> nilMarks,
                    String thousands) {
        this(id, version, title, layout, role, codeLists, codeListFiles, year, referenceDate, sheets, constants,
                referenceDateYear, ignore, language, nilMarks, thousands, null);
    }

    /** A template without constants or a reference-date year. */
    public Template(String id, int version, String title, Layout layout, Role role,
                    Map<String, Map<String, List<String>>> codeLists, List<String> codeListFiles, YearSpec year,
                    String referenceDate, List<SheetSpec> sheets) {
        this(id, version, title, layout, role, codeLists, codeListFiles, year, referenceDate, sheets, null, null);
    }

    /** The original contract's constructor, without code list files. */
    public Template(String id, int version, String title, Layout layout, Role role,
                    Map<String, Map<String, List<String>>> codeLists, YearSpec year, String referenceDate,
                    List<SheetSpec> sheets) {
        this(id, version, title, layout, role, codeLists, List.of(), year, referenceDate, sheets);
    }

    /** How this template's workbooks write counts as text: its nil marks and thousands separator. */
    public FigureText figureText() {
        return FigureText.of(nilMarks, thousands);
    }

    /** How many schools a workbook of this template holds: per workbook, per sheet or per block. */
    public SchoolsPer schoolsPer() {
        return SchoolsPer.of(schools);
    }

    /**
     * A population template with a column of years ({@code population.year}): its rows give their own year, so a
     * file read with it needs no census year (one reading for the import and {@code template check}).
     */
    public boolean populationYearColumn() {
        return role == Role.POPULATION && sheets.stream().flatMap(s -> s.columns().stream())
                .anyMatch(c -> "population.year".equals(c.field()));
    }

    /** The built-in code lists merged with this template's. */
    public CodeLists lists() {
        return CompiledTemplate.of(this).lists();
    }
}
