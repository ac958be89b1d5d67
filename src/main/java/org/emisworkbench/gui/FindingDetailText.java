package org.emisworkbench.gui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.Numbers;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.service.FindingCells;
import org.emisworkbench.service.validation.FindingGroups;

/**
 * A finding in plain words for the Validation screen, in the window's language: rule, severity and
 * status, message, where, the values compared, the cell to look at, what caused it and what follows
 * from it, every cell behind it, and the officer's comment.
 */
final class FindingDetailText {
    private static final Pattern CELL = Pattern.compile("([A-Z]+)(\\d+)");

    private final Session session;
    private final List<FindingGroups.Group> groups;
    private final List<StoredFinding> all;

    /**
     * @param groups the groups listed (their rule titles are in the window's language)
     * @param all    every finding of the listing, consequences included
     */
    FindingDetailText(Session session, List<FindingGroups.Group> groups, List<StoredFinding> all) {
        this.session = session;
        this.groups = groups;
        this.all = all;
    }

    /** The finding's message, values and the cell kept with it. */
    private String heading(StoredFinding f) {
        if (f == null) {
            return "";
        }
        Finding r = f.finding();
        Locale language = session.messages().locale();
        String message = r.message().in(language);
        StringBuilder sb = new StringBuilder();
        // The rule's title as the list of rules gives it: in the window's language.
        String title = groups.stream().filter(g -> g.ruleId().equals(r.ruleId())).map(FindingGroups.Group::title)
                .findFirst().orElse(r.ruleTitle());
        sb.append(r.ruleId()).append(" — ").append(Objects.toString(title, "")).append('\n');
        sb.append(session.t("severity." + r.severity().name())).append(" · ")
                .append(session.t("status." + f.status().name())).append('\n');
        sb.append(Objects.toString(message, "")).append('\n');
        sb.append(session.t("validation.where", Objects.toString(r.schoolCode(), "-"),
                Objects.toString(r.district(), "-"), r.year(), Objects.toString(r.grade(), "-"),
                r.sex() == null ? "-" : r.sex().name(), Objects.toString(r.age(), "-"))).append('\n');
        if (r.left() != null || r.right() != null) {
            Numbers numbers = Numbers.of(session.messages().locale());
            sb.append(session.t("validation.values", fieldNames(r.field()), num(numbers, r.left()),
                    num(numbers, r.right()))).append('\n');
        }
        sb.append(r.source() == null ? session.t("validation.noCell")
                : session.t("schools.sourceLine", r.source().file(), r.source().sheet(), r.source().cell(), ""))
                .append('\n');
        if (r.source() != null && r.cellValue() != null) {
            sb.append(session.t("validation.cellValue", r.cellValue())).append('\n');
        }
        if (r.previousSource() != null) {
            sb.append(session.t("validation.previousCell", r.previousSource().file(), r.previousSource().sheet(),
                    r.previousSource().cell())).append('\n');
        }
        if (f.causedBy() != null) {
            String cause = all.stream().filter(c -> c.id() == f.causedBy()).map(c -> c.finding().ruleId()).findFirst()
                    .orElse("?");
            sb.append(session.t("validation.causedBy", cause, String.valueOf(f.causedBy()))).append('\n');
        }
        List<StoredFinding> consequences = FindingGroups.consequences(f, all);
        if (!consequences.isEmpty()) {
            sb.append(session.t("validation.consequences", consequences.size())).append('\n');
            for (StoredFinding c : consequences) {
                Finding cr = c.finding();
                sb.append(session.t("validation.consequence", cr.ruleId(), String.valueOf(c.id()),
                        Objects.toString(cr.message().in(language), "")))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    /** The finding, every cell behind it, then the officer's comment; empty for no finding. */
    String of(StoredFinding f, List<FindingCells.Cell> cells) {
        StringBuilder sb = new StringBuilder(heading(f));
        if (f == null) {
            return sb.toString();
        }
        cells(sb, cells);
        if (f.comment() != null && !f.comment().isBlank()) {
            sb.append(session.t("validation.comment", f.comment())).append('\n');
        }
        return sb.toString();
    }

    private void cells(StringBuilder sb, List<FindingCells.Cell> cells) {
        if (cells.isEmpty()) {
            return;
        }
        sb.append(session.t("validation.cells", cells.size())).append('\n');
        // One line per figure and sheet: its cells in the sheet's order, a run down a column as Q14:Q27.
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (FindingCells.Cell c : cells) {
            String figure = figure(c);
            if (c.leftOut()) {
                lines.putIfAbsent(session.t("validation.cellLeftOut", figure), new ArrayList<>());
            } else {
                lines.computeIfAbsent(figure + "\u0000" + c.source().file() + "\u0000" + c.source().sheet(),
                        k -> new ArrayList<>()).add(c.source().cell());
            }
        }
        lines.forEach((k, refs) -> {
            String[] p = k.split("\u0000", -1);
            sb.append(refs.isEmpty() ? k : session.t("validation.cellLine", p[0], p[1], p[2], runs(refs)))
                    .append('\n');
        });
    }

    /** Cell references with runs down a column written as ranges: {@code Q14, Q15, Q16, R2} → {@code Q14:Q16, R2}. */
    static String runs(List<String> refs) {
        List<String> out = new ArrayList<>();
        String col = null;
        int first = -1;
        int last = -1;
        for (String ref : refs) {
            Matcher m = CELL.matcher(ref);
            if (!m.matches()) {
                flush(out, col, first, last);
                col = null;
                out.add(ref);
                continue;
            }
            int row = Integer.parseInt(m.group(2));
            if (m.group(1).equals(col) && row == last + 1) {
                last = row;
                continue;
            }
            flush(out, col, first, last);
            col = m.group(1);
            first = row;
            last = row;
        }
        flush(out, col, first, last);
        return String.join(", ", out);
    }

    private static void flush(List<String> out, String col, int first, int last) {
        if (col != null) {
            out.add(first == last ? col + first : col + first + ":" + col + last);
        }
    }

    /** Field names as rules write them ({@code repeaters, enrolment}) in the window's language. */
    private String fieldNames(String fields) {
        if (fields == null || fields.isBlank()) {
            return "";
        }
        return Arrays.stream(fields.split(",")).map(String::trim).map(this::fieldName)
                .collect(Collectors.joining(", "));
    }

    /** One field's name from the texts ({@code field.teachers.total}); a facility may be written with its topic. */
    private String fieldName(String field) {
        String name = session.t("field." + field);
        if (name.startsWith("!") && field.startsWith("facilities.")) {
            name = session.t("field." + field.substring("facilities.".length()));
        }
        return name.startsWith("!") ? field : name;
    }

    /** A figure as the officer reads it: field (in the window's language), grade and sex. */
    private String figure(FindingCells.Cell c) {
        StringBuilder sb = new StringBuilder(fieldName(c.field()));
        if (c.grade() != null) {
            sb.append(' ').append(c.grade());
        }
        if (c.sex() != null) {
            sb.append(' ').append(session.t("sex." + c.sex().name()));
        }
        return sb.toString();
    }

    private static String num(Numbers numbers, Double d) {
        return d == null ? "-" : numbers.figure(d);
    }
}
