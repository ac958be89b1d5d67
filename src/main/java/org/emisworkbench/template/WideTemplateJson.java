package org.emisworkbench.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Message;

/**
 * Writes a wide draft's mappings as a template file's text for {@link TemplateDrafter}: a family of columns sharing
 * one shape ({@code Grade 1 F} … {@code Grade 6 M}) as one pattern, other columns by their literal headers, sums,
 * left-out headers, constants and stacked tables.
 */
final class WideTemplateJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WideTemplateJson() {
    }

    /**
     * @param continues per sheet, true to write {@code keyContinues} (a code on the first row of each block)
     * @param tables    per sheet, the tables stacked under the first one ({@link StackedTables})
     * @param groupRows per sheet, the attribute rows heading a group of schools give them ({@link GroupRows}), or null
     * @param yearLabel the words a banner writes before the year, or null
     * @param yearColumns headers of a column giving the rows' census year ({@code period}), or empty
     */
    static String json(String id, int version, String title, List<SheetMapping> sheets, boolean[] literal,
                               boolean[] fixRow, DraftLetters letters, boolean[] continues,
                               List<List<TableSpec>> tables, String[] groupRows, String yearLabel,
                               List<String> yearColumns) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", id);
        root.put("version", version);
        root.put("title", title);
        root.put("layout", "wide");
        if (letters.language() != null) {
            root.put("language", letters.language());
        }
        if (letters.mMale()) {
            // A Portuguese form written F/M: M is masculino here, whatever the language says of M alone.
            root.put("codeLists", Map.of("sex", Map.of("M", List.of("M"))));
        }
        // A banner stating the year is read first; the file's name when the banner says none.
        Map<String, Object> year = new LinkedHashMap<>();
        if (yearLabel != null) {
            year.put("labels", List.of(yearLabel));
        }
        if (!yearColumns.isEmpty()) {
            year.put("columns", yearColumns);
        }
        year.put("fromFileName", true);
        root.put("year", year);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            Map<String, Object> sheet = sheet(sheets.get(i), literal[i], fixRow[i]);
            if (continues[i]) {
                sheet.put("keyContinues", true);
            }
            if (sheets.get(i).across()) {
                sheet.put("schoolsIn", SheetSpec.ACROSS);
            }
            if (groupRows[i] != null) {
                sheet.put("groupRows", groupRows[i]);
            }
            if (!tables.get(i).isEmpty()) {
                List<Object> list = new ArrayList<>();
                for (TableSpec t : tables.get(i)) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("titles", t.titles());
                    one.put("field", t.field());
                    list.add(one);
                }
                sheet.put("tables", list);
            }
            out.add(sheet);
        }
        root.put("sheets", out);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a template", e);
        }
    }

    private static Map<String, Object> sheet(SheetMapping s, boolean literal, boolean fixRow) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("names", List.of(s.sheet()));
        if (s.headerRowSet() || fixRow) {
            m.put("headerRow", s.firstRow() + 1);
            if (s.lastRow() > s.firstRow() && !s.across()) {
                // The header found takes several rows (a grade row above a sex row): the template says so, or the
                // reader, given the first row only, could take that row alone for the header.
                m.put("headerRows", s.lastRow() - s.firstRow() + 1);
            }
        }
        ColumnMapping key = s.keyColumn();
        m.put("key", key == null ? List.of() : List.of(TemplateDrafter.oneLine(key.header())));
        if (RosterDrafter.keyedByName(s)) {
            // No school code anywhere: the names are matched against the master list at import (decision 0037).
            m.put("schoolKey", SheetSpec.BY_NAME);
        }
        List<Object> columns = new ArrayList<>();
        Map<String, List<ColumnMapping>> families = new LinkedHashMap<>();
        Map<String, String> shapes = new LinkedHashMap<>();
        // Readable shapes first ("Grade {grade} {sex}"); a field whose columns then fall into several shapes
        // ("Pre-primary M" beside "Grade 1 M") takes the widest shape when it covers them all ("{grade} {sex}"):
        // two patterns of one field would claim the same headers.
        Map<String, Set<String>> shortShapesByField = new LinkedHashMap<>();
        Map<String, Set<String>> longShapesByField = new LinkedHashMap<>();
        // A field with a difference on the sheet keeps its sex written ("{grade} M" with "sex": "F"): a pattern
        // "{grade} {sex}" over the one sex given would also claim the sex the difference gives.
        Set<String> differenced = new HashSet<>();
        s.sums().stream().filter(SumMapping::difference).forEach(d -> differenced.add(d.field()));
        List<ColumnMapping> shaped = s.columns().stream().map(c -> differenced.contains(c.field()) && !c.key()
                ? new ColumnMapping(c.col(), c.header(), c.field(), false, c.total(), null, c.grade(), c.age(),
                c.codeList(), c.confidence(), c.leftOut()) : c).toList();
        for (ColumnMapping c : shaped) {
            String shortShape = c.field() == null || c.key() || literal ? null : DraftShapes.shape(c, false);
            String longShape = c.field() == null || c.key() || literal ? null : DraftShapes.shape(c, true);
            if (shortShape != null && longShape != null) {
                String fieldKey = c.field() + "|" + c.total();
                shortShapesByField.computeIfAbsent(fieldKey, k -> new HashSet<>()).add(DraftShapes.fixedPart(c, shortShape) + "|"
                        + shortShape.toLowerCase(Locale.ROOT));
                longShapesByField.computeIfAbsent(fieldKey, k -> new HashSet<>()).add(DraftShapes.fixedPart(c, longShape) + "|"
                        + longShape.toLowerCase(Locale.ROOT));
            }
        }
        for (int at = 0; at < s.columns().size(); at++) {
            ColumnMapping c = s.columns().get(at);
            if (c.field() == null || c.key()) {
                continue;
            }
            String fieldKey = c.field() + "|" + c.total();
            boolean widest = shortShapesByField.getOrDefault(fieldKey, Set.of()).size() > 1
                    && longShapesByField.getOrDefault(fieldKey, Set.of()).size() == 1;
            String shape = literal ? null : DraftShapes.shape(shaped.get(at), widest);
            String family = shape == null ? "#" + c.col() : fieldKey + "|" + DraftShapes.fixedPart(c, shape)
                    + "|" + shape.toLowerCase(Locale.ROOT);
            families.computeIfAbsent(family, k -> new ArrayList<>()).add(c);
            if (shape != null) {
                shapes.put(family, shape);
            }
        }
        for (Map.Entry<String, List<ColumnMapping>> f : families.entrySet()) {
            List<ColumnMapping> cols = f.getValue();
            String shape = shapes.get(f.getKey());
            if (shape != null && cols.size() > 1) {
                ColumnMapping c = cols.get(0);
                Map<String, Object> col = new LinkedHashMap<>();
                col.put("patterns", List.of(shape));
                col.put(c.total() ? "total" : "field", c.field());
                for (String dim : DraftShapes.DIMENSIONS) {
                    String v = DraftShapes.value(c, dim);
                    if (v != null && !shape.contains("{" + dim + "}")) {
                        col.put(dim, v);
                    }
                }
                if (c.codeList() != null) {
                    col.put("codeList", c.codeList());
                }
                columns.add(col);
            } else {
                for (ColumnMapping c : cols) {
                    columns.add(literalColumn(c));
                }
            }
        }
        for (SumMapping sum : literal ? s.sums() : SexDifferenceDrafter.shaped(s.sums())) {
            Map<String, Object> col = new LinkedHashMap<>();
            col.put(sum.difference() ? "differenceOf" : "sumOf", sum.headers());
            col.put("field", sum.field());
            if (sum.sex() != null) {
                col.put("sex", sum.sex());
            }
            if (sum.grade() != null) {
                col.put("grade", sum.grade());
            }
            columns.add(col);
        }
        m.put("columns", columns);
        List<String> ignore = s.columns().stream().filter(c -> c.leftOut() && !c.reads()).map(c -> TemplateDrafter.oneLine(c.header()))
                .filter(h -> !h.isEmpty()).distinct().toList();
        if (!ignore.isEmpty()) {
            m.put("ignore", ignore);
        }
        if (!s.constants().isEmpty()) {
            m.put("constants", s.constants());
        }
        return m;
    }

    private static Map<String, Object> literalColumn(ColumnMapping c) {
        Map<String, Object> col = new LinkedHashMap<>();
        col.put("headers", List.of(TemplateDrafter.oneLine(c.header())));
        col.put(c.total() ? "total" : "field", c.field());
        for (String dim : DraftShapes.DIMENSIONS) {
            String v = DraftShapes.value(c, dim);
            if (v != null) {
                col.put(dim, v);
            }
        }
        if (c.codeList() != null) {
            col.put("codeList", c.codeList());
        }
        return col;
    }
}
