package org.emisworkbench.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.model.SchoolAttribute;

/**
 * A value the template states itself, a {@code constant} or a column's or label's {@code default}, read
 * the way a cell of its field would be: a school attribute through its code list ({@code "Primary"} is
 * {@code primary}), a count as a whole number, a facility as yes/no or a number.
 *
 * @param field the canonical field
 * @param text  a school attribute's value (a code where the attribute has a list), else null
 * @param count a count's value, else -1
 */
public record TemplateValue(CanonicalField field, String text, int count) {
    /** What the provenance of a figure set by a constant says instead of a cell. */
    public static final String CONSTANT_SOURCE = "template constant";
    /** What follows the cell in the provenance of a figure taken from a default: {@code F5 (default)}. */
    public static final String DEFAULT_SUFFIX = " (default)";

    /** True for a count (a figure stored in a slot), false for a school attribute. */
    public boolean isCount() {
        return field.kind() != CanonicalField.Kind.SCHOOL;
    }

    /** The code list a school attribute's values go through when the template names none. */
    public static String attributeList(SchoolAttribute a) {
        return switch (a) {
            case OWNERSHIP -> "ownership";
            case LOCALITY -> "locality";
            case LEVEL -> "level";
            case GENDER -> "gender";
            default -> null;
        };
    }

    /** Reads a value; a problem goes to {@code errors} as {@code path: why}, and the result is empty. */
    static Optional<TemplateValue> parse(CanonicalField f, String codeList, String raw, CodeLists lists, String path,
                                         List<String> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(path + ": a value is needed");
            return Optional.empty();
        }
        if (f.kind() == CanonicalField.Kind.SCHOOL) {
            String name = codeList != null ? codeList : attributeList(f.attribute());
            CodeList list = name == null ? null : lists.get(name).orElse(null);
            if (list == null) {
                return Optional.of(new TemplateValue(f, raw.strip(), -1));
            }
            String code = list.code(raw);
            if (code == null || code.isEmpty()) {
                errors.add(path + ": \"" + raw + "\" is not a code of the " + list.name() + " list (codes: "
                        + String.join(", ", list.codes().stream().limit(16).toList()) + ")");
                return Optional.empty();
            }
            return Optional.of(new TemplateValue(f, code, -1));
        }
        String name = codeList != null ? codeList
                : f.answeredYesOrNo() ? "yesno" : null;
        CodeList list = name == null ? null : lists.get(name).orElse(null);
        String code = list == null ? null : list.code(raw);
        if ("yes".equals(code) || "no".equals(code)) {
            return Optional.of(new TemplateValue(f, null, "yes".equals(code) ? 1 : 0));
        }
        int v = CellValues.count(CellKind.TEXT, raw.strip(), Double.NaN);
        if (CellValues.isProblem(v)) {
            errors.add(path + ": \"" + raw + "\" is not a whole number of 0 or more" + (list == null ? ""
                    : " nor a code of the " + list.name() + " list"));
            return Optional.empty();
        }
        return Optional.of(new TemplateValue(f, null, v));
    }

    /** A value of a template that loaded (so it reads); empty only for a template built in code wrongly. */
    public static Optional<TemplateValue> of(String field, String codeList, String raw, CodeLists lists) {
        return CanonicalField.parse(field).flatMap(f -> parse(f, codeList, raw, lists, "", new java.util.ArrayList<>()));
    }

    /**
     * The constants in force on a sheet: the template's, then the sheet's over them (a sheet's own win),
     * by canonical field name, in the order written.
     */
    public static Map<String, TemplateValue> constants(Template t, SheetSpec sheet, CodeLists lists) {
        Map<String, TemplateValue> out = new LinkedHashMap<>();
        for (Map<String, String> m : List.of(t.constants(), sheet == null ? Map.<String, String>of() : sheet.constants())) {
            m.forEach((field, raw) -> of(field, null, raw, lists).ifPresent(v -> out.put(v.field().name(), v)));
        }
        return out;
    }
}
