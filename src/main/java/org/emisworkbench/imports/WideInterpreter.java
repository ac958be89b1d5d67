package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.TextDistance;
import org.emisworkbench.template.CanonicalField;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.ColumnSpec;
import org.emisworkbench.template.CompiledTemplate;
import org.emisworkbench.template.HeaderLayout;
import org.emisworkbench.template.HeaderMatcher;
import org.emisworkbench.template.HeaderText;
import org.emisworkbench.template.IgnoredHeaders;
import org.emisworkbench.template.SchoolsAcross;
import org.emisworkbench.template.SexLetters;
import org.emisworkbench.template.SheetNames;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateValue;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads wide returns (one row per school, often one sheet per topic joined on the school key), master
 * lists and population tables, streaming each sheet once. The sheet holding school attributes is read
 * first so that schools are announced with their attributes before their facts.
 */
public final class WideInterpreter implements LayoutInterpreter {
    private static final Logger LOG = LoggerFactory.getLogger(WideInterpreter.class);

    @Override
    public void interpret(WorkbookReader workbook, Template template, ImportContext context, CensusSink sink)
            throws ImportRejectedException, WorkbookException {
        CodeLists lists = template.lists();
        List<SheetInfo> taken = new ArrayList<>();
        CompiledTemplate compiled = CompiledTemplate.of(template);
        List<SheetInfo> found = new ArrayList<>();
        List<SheetSpec> used = new ArrayList<>();
        List<HeaderMatcher> matchers = new ArrayList<>();
        List<IgnoredHeaders> ignored = new ArrayList<>();
        for (int s = 0; s < template.sheets().size(); s++) {
            SheetSpec spec = template.sheets().get(s);
            org.emisworkbench.template.CodeList grades = lists.require("grade");
            SheetInfo sheet = SheetNames.find(workbook.sheets(), spec.names(), taken,
                    org.emisworkbench.template.SchoolYears.of(template), context.censusYear(), grades);
            if (sheet == null) {
                if (!spec.optional()) {
                    throw new ImportRejectedException("rejected.noSheet", context.fileName(), String.join(" / ",
                            spec.names()), String.join(", ", workbook.sheets().stream().map(SheetInfo::name).toList()));
                }
                continue;
            }
            // "every": true reads each sheet the entry matches (one per zone or level, the same layout), decision 0042.
            // An entry named "{grade}" reads each sheet for the grade its name names (decision 0117); a second sheet
            // of a grade already read is left, and said with the sheets not read (SheetsRead).
            java.util.Set<String> gradesRead = new HashSet<>();
            for (; sheet != null; sheet = spec.everySheet() ? SheetNames.find(workbook.sheets(), spec.names(), taken,
                    org.emisworkbench.template.SchoolYears.of(template), context.censusYear(), grades)
                    : null) {
                taken.add(sheet);
                String grade = spec.byGradeSheet() ? SheetNames.gradeOf(sheet, spec.names(), grades) : null;
                if (grade != null && !gradesRead.add(grade)) {
                    continue;
                }
                found.add(sheet);
                used.add(grade == null ? spec : spec.forGrade(grade));
                // A header naming the school year ({year}) reads the census year's columns only.
                matchers.add(compiled.matcher(s, spec, grade).forCensusYear(
                        org.emisworkbench.template.SchoolYears.of(template), context.censusYear()));
                ignored.add(compiled.ignored(s));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < used.size(); i++) {
            order.add(i);
        }
        // Attribute sheets first: their schools are announced with names, district, ownership…
        order.sort(Comparator.comparing(i -> holdsAttributes(used.get(i)) ? 0 : 1));
        WideShared shared = new WideShared(sharedSlots(matchers),
                used.stream().anyMatch(s -> !s.rowDimensions().isEmpty()), SchoolCodes.of(template),
                org.emisworkbench.template.SchoolYears.of(template), template.figureText());
        for (int i = 0; i < used.size(); i++) {
            if (used.get(i).keyedByName()) {
                // A list naming its schools without codes: read through the master list, or refused without one.
                if (context.schools().isEmpty()) {
                    throw new ImportRejectedException("rejected.namesNoMasterList", context.fileName(),
                            found.get(i).name(), String.join(" / ", used.get(i).key()));
                }
                shared.nameKeys = new WideNameKeys(context.schools());
            }
        }
        for (int i : order) {
            WideSheetReader reader = readSheet(workbook, found.get(i), used.get(i), matchers.get(i), ignored.get(i),
                    lists, context, sink, shared, TemplateValue.constants(template, used.get(i), lists));
            refuseAmbiguousM(template, reader, found.get(i), used.get(i), context);
        }
    }

    /** Figures more than one of the sheets read can give: each school's is checked for a second giving. */
    private static Set<String> sharedSlots(List<HeaderMatcher> matchers) {
        Set<String> seen = new HashSet<>();
        Set<String> shared = new HashSet<>();
        for (HeaderMatcher m : matchers) {
            for (String slot : m.slots()) {
                if (!seen.add(slot)) {
                    shared.add(slot);
                }
            }
        }
        return shared;
    }

    private static boolean holdsAttributes(SheetSpec spec) {
        return spec.columns().stream().map(c -> c.field() == null ? null : CanonicalField.parse(c.field()).orElse(null))
                .anyMatch(f -> f != null && f.kind() == CanonicalField.Kind.SCHOOL)
                || spec.constants().keySet().stream().anyMatch(f -> f.trim().toLowerCase(java.util.Locale.ROOT)
                .startsWith("school."));
    }

    /**
     * A Portuguese sheet whose template says nothing of the letter M has a column read as male from a lone
     * M: M may be mulheres there, so the file is refused rather than read with the sexes swapped. Likewise a
     * French sheet's lone G (garçons) read as girls.
     */
    private static void refuseAmbiguousM(Template template, WideSheetReader reader, SheetInfo sheet, SheetSpec spec,
                                         ImportContext ctx)
            throws ImportRejectedException {
        HeaderLayout header = reader.header();
        if (header == null) {
            return;
        }
        String languageOfM = SexLetters.misreadMLanguage(template, header.found());
        boolean lusophoneM = languageOfM != null;
        boolean francophoneG = SexLetters.mayMisreadG(template, header.found());
        if (!lusophoneM && !francophoneG) {
            return;
        }
        String[][] texts = reader.headerTexts();
        for (int c = 0; c < header.byColumn().length; c++) {
            HeaderMatcher.Match m = header.byColumn()[c];
            String text = c < texts[0].length && texts[0][c] != null ? texts[0][c] : null;
            if (m == null || text == null) {
                continue;
            }
            boolean misreadM = lusophoneM && "M".equals(m.sex()) && SexLetters.hasLoneM(text);
            boolean misreadG = francophoneG && "F".equals(m.sex()) && SexLetters.hasLoneG(text);
            if (misreadM || misreadG) {
                throw new ImportRejectedException(misreadM ? ambiguousMKey(languageOfM) : "rejected.ambiguousSexG",
                        ctx.fileName(), sheet.name(),
                        spec.schoolsAcross() ? SchoolsAcross.cell(header.lastRow(), c)
                                : org.emisworkbench.model.CellRef.a1(header.lastRow(), c),
                        HeaderText.normalize(text));
            }
        }
    }

    /** The refusal of a lone M read as male, naming the language it may mean women in (Portuguese, Spanish). */
    static String ambiguousMKey(String language) {
        return "es".equals(language) ? "rejected.ambiguousSexEs" : "rejected.ambiguousSex";
    }

    private WideSheetReader readSheet(WorkbookReader workbook, SheetInfo sheet, SheetSpec spec, HeaderMatcher matcher,
                           IgnoredHeaders ignored, CodeLists lists, ImportContext ctx, CensusSink sink, WideShared shared,
                           java.util.Map<String, TemplateValue> constants)
            throws WorkbookException, ImportRejectedException {
        WideSheetReader reader = new WideSheetReader(sheet, spec, matcher, ignored, lists, ctx, sink, shared, constants,
                workbook.estimatedRows(sheet));
        if (spec.schoolsAcross()) {
            sink.readAcross(sheet.name());
            SchoolsAcross.read(workbook, sheet, reader); // one column per school: the same reader, on its side
        } else {
            workbook.read(sheet, reader);
        }
        reader.finish();
        // After the rows, as the file lists them (decision 0104); on a sheet of one column per school turned as its
        // columns were handed to the reader, so a merge across two schools' columns is one down two rows (0111).
        reader.merged(spec.schoolsAcross() ? workbook.mergedRegions(sheet).stream().map(MergedFigures::turned).toList()
                : workbook.mergedRegions(sheet));
        HeaderLayout header = reader.header();
        if (header == null || header.keyColumn() < 0) {
            org.emisworkbench.model.Message unsplit = reader.unsplit(ctx.fileName());
            if (unsplit != null) {
                // A CSV opened unsplit: what to do about it says more than the header not found (review 27).
                throw new ImportRejectedException(unsplit.key(), unsplit.args().toArray());
            }
            throw new ImportRejectedException(spec.schoolsAcross() ? "rejected.noKeyHeaderAcross"
                    : "rejected.noKeyHeader", ctx.fileName(), sheet.name(),
                    String.join(" / ", spec.key()), String.join(" | ", reader.textsFound()));
        }
        List<String> missing = missingRequired(spec, header, matcher, reader.headerTexts());
        if (!missing.isEmpty()) {
            // On a sheet of one column per school the header is a column of the sheet: named by its letters.
            throw new ImportRejectedException(spec.schoolsAcross() ? "rejected.missingColumnsAcross"
                    : "rejected.missingColumns", ctx.fileName(), sheet.name(), String.join(", ", missing),
                    spec.schoolsAcross() ? org.emisworkbench.model.CellRef.columnLetters(header.lastRow())
                    : header.lastRow() + 1, String.join(" | ", header.found()));
        }
        columnsNotFound(spec, sheet.name(), header, matcher, reader.headerTexts()).forEach(sink::problem);
        if (reader.rows() != null) {
            LOG.debug("{} {}: {} school rows, {} problems", ctx.fileName(), sheet.name(), reader.rows().schools(),
                    reader.rows().problemCount());
        }
        return reader;
    }

    /**
     * Required fields with no matching column, named by their first header or pattern. A sum
     * ({@code sumOf}) is there when one of its columns is (a missing part is reported when planning).
     *
     * @param texts the header texts per column ({@link org.emisworkbench.template.HeaderLocator#texts})
     */
    static List<String> missingRequired(SheetSpec spec, HeaderLayout header, HeaderMatcher matcher, String[][] texts) {
        List<String> missing = new ArrayList<>();
        // The column saying a row's grade, sex or age is required: without it no figure has its slot.
        List<String> required = new ArrayList<>(spec.required());
        // Not the stream's: a school teaching each class in one stream may leave that column out.
        spec.columns().stream().filter(c -> !c.rowSexDifference() && org.emisworkbench.template.CanonicalField
                .parse(c.field()).map(f -> f.rowDimension() != null && !f.rowDimension().equals("stream"))
                .orElse(false)).map(ColumnSpec::field).distinct()
                .forEach(required::add);
        for (String field : required) {
            boolean ok = false;
            String name = field;
            for (int i = 0; i < spec.columns().size(); i++) {
                ColumnSpec c = spec.columns().get(i);
                // Rows of both sexes name values of the sex column, not a column: the sex column is the one required.
                if (field.equalsIgnoreCase(c.field()) && !c.rowSexDifference()) {
                    name = !c.headers().isEmpty() ? c.headers().get(0) : !c.patterns().isEmpty() ? c.patterns().get(0)
                            : !c.parts().isEmpty() ? c.parts().get(0) : field;
                    ok |= header.hasColumn(i) || !c.parts().isEmpty() && hasPart(i, matcher, texts);
                }
            }
            if (!ok && !(field.equals("school.code") && header.keyColumn() >= 0)) {
                missing.add("\"" + name.replace("\n", " ") + "\" (" + field + ")");
            }
        }
        return missing;
    }

    /**
     * The template's columns named by their headers that match no column of the sheet's header (review 20): each reads
     * nothing, and is said ({@code COLUMN_NOT_FOUND}) with the headers looked for and the nearest header text on the
     * sheet, at that header's cell: columns of census figures (a school's details may be looked for under headers
     * some layouts lack). Required columns refuse the file instead ({@link #missingRequired}); columns of
     * patterns ({@code {grade} {sex}}), sums and differences are left to their own reports.
     *
     * @param texts the header texts per column ({@link org.emisworkbench.template.HeaderLocator#texts})
     */
    static List<org.emisworkbench.model.ImportProblem> columnsNotFound(SheetSpec spec, String sheet,
                                                                        HeaderLayout header, HeaderMatcher matcher,
                                                                        String[][] texts) {
        List<org.emisworkbench.model.ImportProblem> out = new ArrayList<>();
        if (spec.schoolsAcross()) {
            return out;
        }
        for (int i = 0; i < spec.columns().size(); i++) {
            ColumnSpec c = spec.columns().get(i);
            // A total column (no field: a check of the columns it adds up) reads no figure: a file without it is
            // not checked there, nothing is lost (review 31, B1: it crashed here).
            // A sum none of whose parts is on the sheet reads nothing just as a missing column does, and is said so
            // naming its parts (review 34: it was silent); a sum missing only some parts is a PARTIAL_SUM (WidePlan).
            boolean sum = !c.parts().isEmpty();
            List<String> names = sum ? c.parts() : c.headers();
            if (c.field() == null || names.isEmpty() || !c.patterns().isEmpty()
                    || c.rowSexDifference() || header.hasColumn(i) || sum && hasPart(i, matcher, texts)
                    || spec.requires(c.field())
                    // A school's details a template may look for in several layouts (District name, Region): only
                    // census figures are counted on, so only their columns are said.
                    || c.field().startsWith("school.") || c.field().startsWith("row.")) {
                continue;
            }
            String wanted = "\"" + String.join(sum ? "\", \"" : "\" / \"", names).replace("\n", " ") + "\"";
            String what = c.field() + (c.sex() == null ? "" : " " + c.sex())
                    + (c.grade() == null ? "" : " " + c.grade());
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            String bestText = null;
            for (String[] row : texts) {
                for (int col = 0; col < row.length; col++) {
                    if (row[col] == null || row[col].isBlank()) {
                        continue;
                    }
                    // The nearest by the whole header or by one side of a bilingual one, as headers are matched.
                    List<String> sides = new ArrayList<>(HeaderText.bilingualSides(row[col]));
                    sides.add(row[col]);
                    for (String h : names) {
                        int d = sides.stream().mapToInt(t -> TextDistance.edits(HeaderText.fold(h), HeaderText.fold(t)))
                                .min().orElse(Integer.MAX_VALUE);
                        if (d < bestDistance) {
                            bestDistance = d;
                            best = col;
                            bestText = row[col].replace('\n', ' ').strip();
                        }
                    }
                }
            }
            String cell = org.emisworkbench.model.CellRef.a1(header.lastRow(), Math.max(best, 0));
            out.add(org.emisworkbench.model.ImportProblem.worded(org.emisworkbench.model.ProblemKind.COLUMN_NOT_FOUND,
                    sheet, cell, null, c.field(), String.join(sum ? ", " : " / ", names).replace("\n", " "),
                    notFound(sum ? c.partsName() : null, wanted, what, bestText)));
        }
        return out;
    }

    /**
     * The wording of a column not found: by its headers ({@code sumOf} null) or by the parts of its sum
     * ({@code sumOf}: the JSON name of the parts); with the nearest header on the sheet, when there is one.
     */
    private static org.emisworkbench.model.Message notFound(String sumOf, String wanted, String what, String nearest) {
        String key = "import.detail." + (sumOf == null ? "columnNotFound" : "partsNotFound")
                + (nearest == null ? "None" : "");
        List<Object> args = new ArrayList<>(List.of(wanted, what));
        if (nearest != null) {
            args.add(nearest);
        }
        if (sumOf != null) {
            args.add(sumOf);
        }
        return new org.emisworkbench.model.Message(key, args);
    }

    private static boolean hasPart(int column, HeaderMatcher matcher, String[][] texts) {
        for (String[] row : texts) {
            for (String t : row) {
                if (matcher.parts(t).stream().anyMatch(p -> p.column() == column)) {
                    return true;
                }
            }
        }
        return false;
    }
}
