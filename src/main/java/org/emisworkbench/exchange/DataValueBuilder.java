package org.emisworkbench.exchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.emisworkbench.exchange.ExchangeMapping.Dimension;
import org.emisworkbench.exchange.ExchangeMapping.Element;
import org.emisworkbench.exchange.ExchangeMapping.Level;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Sex;

/**
 * Turns schools' returns into the data values a mapping asks for, adding schools up to the mapping's
 * organisation units. Schools come one at a time, in any order; a school's values go to the sink at once,
 * a district's or the country's at the end (a few hundred values per district are kept meanwhile). A value with a school's unchecked error in it is held
 * back whole (a district total without that school would be wrong, not partial); a district or country
 * value that misses schools of the master list carries a note saying how many sent a return.
 */
public final class DataValueBuilder {
    private final ExchangeMapping mapping;
    private final GradeSystem grades;
    private final OpenErrors open;
    private final Map<String, Integer> expected;
    private final DataValueSink sink;

    /** Values being added up, per area (our code), each area's in the mapping's order. */
    private final Map<String, Map<String, Acc>> pending = new LinkedHashMap<>();
    private final Map<String, Integer> returns = new TreeMap<>();
    private final List<HeldBack> heldBack = new ArrayList<>();
    private final Map<String, Integer> heldBackBySchool = new TreeMap<>();
    private final List<String> areasWithoutCode = new ArrayList<>();
    private final java.util.Set<String> schoolsSexNotReported = new java.util.TreeSet<>();
    private long sent;

    /** A value being added up: its sum, whether any school reported it, the first school holding it back. */
    private static final class Acc {
        final Element element;
        final String grade;
        final Sex sex;
        long sum;
        boolean reported;
        String heldBy;
        /** Schools giving this figure without their sex (decision 0058), and their figure: in no value by sex. */
        int schoolsSexNotReported;
        long sexNotReported;

        Acc(Element element, String grade, Sex sex) {
            this.element = element;
            this.grade = grade;
            this.sex = sex;
        }
    }

    /**
     * @param expected schools of the master list per district code (empty: no master list); a district
     *                 or country value from fewer schools carries a note
     */
    public DataValueBuilder(ExchangeMapping mapping, GradeSystem grades, OpenErrors open,
                            Map<String, Integer> expected, DataValueSink sink) {
        this.mapping = mapping;
        this.grades = grades;
        this.open = open;
        this.expected = expected;
        this.sink = sink;
    }

    /**
     * Adds one school's return. A school-level value is sent at once; district and country values wait for
     * {@link #finish}, so schools may come in any order (the store streams them by code).
     */
    public void add(SchoolFacts school) throws IOException {
        String district = school.district() == null ? "?" : school.district();
        returns.merge(district, 1, Integer::sum);
        String area = switch (mapping.orgUnits().level()) {
            case SCHOOL -> school.code();
            case DISTRICT -> district;
            case COUNTRY -> "country";
        };
        add(area, school);
        if (mapping.orgUnits().level() == Level.SCHOOL) {
            flush(school.code(), null);
        }
    }

    /** Sends the district or country values and says what was sent and held back. */
    public ExportSummary finish() throws IOException {
        int schools = returns.values().stream().mapToInt(Integer::intValue).sum();
        if (mapping.orgUnits().level() == Level.DISTRICT) {
            for (String district : new java.util.TreeSet<>(pending.keySet())) {
                flush(district, completeness(expected.get(district), returns.getOrDefault(district, 0)));
            }
        } else if (mapping.orgUnits().level() == Level.COUNTRY) {
            Integer all = expected.isEmpty() ? null : expected.values().stream().mapToInt(Integer::intValue).sum();
            flush("country", completeness(all, schools));
        }
        return new ExportSummary(schools, sent, List.copyOf(heldBack),
                Collections.unmodifiableMap(new TreeMap<>(heldBackBySchool)), List.copyOf(areasWithoutCode),
                List.copyOf(schoolsSexNotReported));
    }

    private void add(String area, SchoolFacts s) {
        for (int i = 0; i < mapping.elements().size(); i++) {
            Element e = mapping.elements().get(i);
            String elementKey = i + "|";
            List<Sex> sexes = e.by(Dimension.SEX) ? List.of(Sex.F, Sex.M) : Collections.singletonList(null);
            for (List<Grade> group : gradeGroups(e)) {
                List<String> codes = group.stream().map(Grade::code).toList();
                String gradeKey = e.by(Dimension.GRADE) ? codes.get(0) : null;
                for (Sex sex : sexes) {
                    long sum = 0;
                    boolean any = false;
                    if (e.topic().graded()) {
                        for (Grade g : group) {
                            int v = s.total(e.topic(), sex, g.slot());
                            if (v != FactRecord.MISSING) {
                                sum += v;
                                any = true;
                            }
                        }
                    } else {
                        int v = s.total(e.topic(), sex, e.slot());
                        any = v != FactRecord.MISSING;
                        sum = any ? v : 0;
                    }
                    // Teachers given without their sex count in no value by sex: never shared out, always said.
                    boolean noSex = sex != null && !e.topic().graded() && s.sexNotReported(e.topic(), e.slot());
                    if (!any && !noSex) {
                        continue;
                    }
                    Acc acc = pending.computeIfAbsent(area, a -> new LinkedHashMap<>()).computeIfAbsent(elementKey + gradeKey + '|' + sex,
                            k -> new Acc(e, gradeKey, sex));
                    if (noSex) {
                        int together = s.total(e.topic(), null, e.slot());
                        acc.schoolsSexNotReported++;
                        acc.sexNotReported += Math.max(0, together);
                        schoolsSexNotReported.add(s.code());
                        if (!any) {
                            continue;
                        }
                    }
                    acc.sum += sum;
                    acc.reported = true;
                    if (acc.heldBy == null && open.holdsBack(s.code(), e.topic(), codes, sex)) {
                        acc.heldBy = s.code();
                    }
                }
            }
        }
    }

    /** The grades of a graded figure, one group per value sent: each grade alone, or all together. */
    private List<List<Grade>> gradeGroups(Element e) {
        if (!e.topic().graded()) {
            return List.of(List.of());
        }
        List<Grade> scope = e.grades().isEmpty() ? grades.grades()
                : e.grades().stream().map(c -> grades.byCode(c).orElse(null)).filter(g -> g != null).toList();
        if (e.by(Dimension.GRADE)) {
            return scope.stream().map(List::of).toList();
        }
        return scope.isEmpty() ? List.of() : List.of(scope);
    }

    private void flush(String area, String note) throws IOException {
        Map<String, Acc> values = pending.remove(area);
        if (values == null) {
            return;
        }
        String orgUnit = mapping.orgUnits().codeOf(area);
        if (orgUnit == null) {
            areasWithoutCode.add(area);
        }
        for (Acc a : values.values()) {
            String combo = combo(a);
            if (orgUnit == null) {
                heldBack.add(new HeldBack(area, a.element.dataElement(), combo, null, HeldBack.Reason.NO_ORG_UNIT));
            } else if (a.heldBy != null) {
                heldBack.add(new HeldBack(area, a.element.dataElement(), combo, a.heldBy, HeldBack.Reason.UNCHECKED));
                heldBackBySchool.merge(a.heldBy, 1, Integer::sum);
            } else if (a.reported) {
                sink.value(new DataValue(area, orgUnit, a.element.dataElement(), combo, options(a), a.sum,
                        withSexNotReported(note, a)));
                sent++;
            } else if (a.schoolsSexNotReported > 0) {
                heldBack.add(new HeldBack(area, a.element.dataElement(), combo, null, HeldBack.Reason.SEX_NOT_REPORTED));
            }
        }
    }

    private String combo(Acc a) {
        String combo = a.element.combo();
        if (combo == null) {
            return null;
        }
        if (a.grade != null) {
            combo = combo.replace("{grade}", mapping.categories().get(Dimension.GRADE).optionOf(a.grade));
        }
        if (a.sex != null) {
            combo = combo.replace("{sex}", mapping.categories().get(Dimension.SEX).optionOf(a.sex.code()));
        }
        return combo;
    }

    private Map<String, String> options(Acc a) {
        Map<String, String> out = new LinkedHashMap<>();
        if (a.grade != null) {
            ExchangeMapping.Category c = mapping.categories().get(Dimension.GRADE);
            out.put(c.code(), c.optionOf(a.grade));
        }
        if (a.sex != null) {
            ExchangeMapping.Category c = mapping.categories().get(Dimension.SEX);
            out.put(c.code(), c.optionOf(a.sex.code()));
        }
        return out;
    }

    /** The value's note, with a word when some of its schools give the figure without their sex: it is partial. */
    private static String withSexNotReported(String note, Acc a) {
        if (a.schoolsSexNotReported == 0) {
            return note;
        }
        String partial = "Partial: " + a.schoolsSexNotReported + " school(s) give this figure without the sex ("
                + a.sexNotReported + " women and men together), counted in no value by sex";
        return note == null ? partial : note + "; " + partial.substring("Partial: ".length());
    }

    private static String completeness(Integer expectedSchools, int returns) {
        if (expectedSchools == null || returns >= expectedSchools) {
            return null;
        }
        return "Partial: " + returns + " of the " + expectedSchools + " schools of the master list sent a return";
    }
}
