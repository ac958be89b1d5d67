package org.emisworkbench.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.template.CanonicalField;
import org.emisworkbench.template.CellValues;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.CompiledTemplate;
import org.emisworkbench.template.SchoolYears;
import org.emisworkbench.template.SexLetters;
import org.emisworkbench.template.SheetNames;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.template.Template;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;

/**
 * Reads roster workbooks: a label block with the school code and attributes, a pupil list and a staff
 * list, aggregated into the same counts the other layouts give. A roster of one school's label block may also
 * hold tables of counts ({@code grids}: enrolment, repeaters by grade × sex), read as a grid form's are
 * ({@link GridInterpreter#readForm}, decision 0083). When the pupils and staff sheets have a
 * {@code key} (a register export with a {@code School ID} on every row), the rows are grouped by that
 * school code and each school is counted apart; its attributes then come from {@code school.*} columns
 * of the rosters (first value per school) and from the label block (the same for every school).
 */
public final class RosterInterpreter implements LayoutInterpreter {
    @Override
    public void interpret(WorkbookReader workbook, Template template, ImportContext context, CensusSink sink)
            throws ImportRejectedException, WorkbookException {
        CodeLists lists = template.lists();
        LocalDate reference = SchoolYears.of(template).referenceDate(context.censusYear());
        boolean keyed = keyed(template);
        SchoolCodes guard = SchoolCodes.of(template);
        FormLabels labels = new FormLabels(template);
        List<SheetInfo> taken = new ArrayList<>();
        List<PupilRoster> pupils = new ArrayList<>();
        List<StaffRoster> staff = new ArrayList<>();
        List<FormSheet> sheets = new ArrayList<>();
        // The label sheets of a roster of one school: their tables (grids) and figures left unread are read once the
        // school is known, as a grid form's are.
        List<LabelSheet> labelSheets = new ArrayList<>();
        Map<String, School> schools = new LinkedHashMap<>();
        // Each list's rows and those left out (no school, or a pupil without sex or grade), said once read.
        List<Counted> rostersRead = new ArrayList<>();
        // Schools read by their names, each said once in the file however many sheets name it.
        java.util.Set<String> announced = new java.util.HashSet<>();
        for (int i = 0; i < template.sheets().size(); i++) {
            SheetSpec spec = template.sheets().get(i);
            // A list of people standing on a sheet of labels (a survey form's teachers under its tables, issue #11):
            // read from that sheet's form, under its own header row, down to its first blank row.
            LabelSheet onForm = SheetNames.listOnLabels(template, i) ? labelSheetNamed(labelSheets, spec) : null;
            if (onForm != null) {
                RosterTable table = RosterTable.onForm(onForm.form(), spec, CompiledTemplate.of(template).matcher(i));
                if (table == null) {
                    if (spec.optional()) {
                        continue;
                    }
                    throw new ImportRejectedException("rejected.noRosterHeader", context.fileName(),
                            onForm.form().name(), Message.verbatim(String.join(", ", spec.required())),
                            String.join(" | ", onForm.form().someTexts(12)));
                }
                readList(template, context, spec, i, table, onForm.problems(), sink, guard, keyed, announced,
                        schools, rostersRead, lists, reference);
                continue;
            }
            SheetInfo info = SheetNames.find(workbook.sheets(), spec.names(), taken,
                    org.emisworkbench.template.SchoolYears.of(template), context.censusYear());
            if (info == null) {
                if (spec.optional()) {
                    continue;
                }
                throw new ImportRejectedException("rejected.noSheet", context.fileName(), String.join(" / ",
                        spec.names()), String.join(", ", workbook.sheets().stream().map(SheetInfo::name).toList()));
            }
            taken.add(info);
            FormSheet form = new FormSheet(workbook.grid(info, FormSheet.MAX_CELLS));
            sheets.add(form);
            SheetProblems problems = new SheetProblems(sink, form.name(), template.figureText());
            GridInterpreter.rejectAbsent(context, form, labels.read(form, spec.labels(), spec.required(), problems));
            labels.rejectReadTwice(context.fileName());
            GridInterpreter.checkYear(form, template, context);
            if (spec.kind() == null) {
                // A labelled sheet's grids (an enrolment table beside the labels, decision 0083) are read, and its
                // figures nothing reads reported (review 26 F5), once the school is known, as a grid form's are.
                labelSheets.add(new LabelSheet(form, spec, problems));
                continue;
            }
            RosterTable table = RosterTable.of(form, spec, CompiledTemplate.of(template).matcher(i));
            List<String> missing = table == null ? spec.required() : table.missing(spec);
            if (table == null || !missing.isEmpty()) {
                throw new ImportRejectedException("rejected.noRosterHeader", context.fileName(), form.name(),
                        missing.isEmpty() ? Message.of(keyed ? "rejected.rosterKeyColumns" : "rejected.rosterColumns",
                                spec.kind(), String.join(" / ", spec.key())) : Message.verbatim(
                        String.join(", ", missing)), String.join(" | ", table == null ? form.someTexts(12)
                        : table.header.found()));
            }
            readList(template, context, spec, i, table, problems, sink, guard, keyed, announced, schools,
                    rostersRead, lists, reference);
        }
        GridInterpreter.rejectSuspectCode(context, labels);
        if (keyed) {
            boolean byName = template.sheets().stream().anyMatch(SheetSpec::keyedByName);
            if (schools.isEmpty()) {
                throw new ImportRejectedException(byName ? "rejected.noNameMatched" : "rejected.noRosterSchools",
                        context.fileName(), String.join(" / ",
                        template.sheets().stream().filter(s -> s.kind() != null).flatMap(s -> s.key().stream())
                                .distinct().toList()));
            }
            labels.flushProblems();
        } else {
            if (labels.code() == null) {
                throw new ImportRejectedException("rejected.noCode", context.fileName(),
                        String.join(" | ", sheets.isEmpty() ? List.of() : sheets.get(0).someTexts(12)));
            }
            FormLabels.Code at = labels.codeCell();
            School only = schools.computeIfAbsent("", c -> new School("", at.sheet(), at.cell()));
            schools.clear();
            schools.put(labels.code(), new School(labels.code(), at.sheet(), at.cell(), only));
        }
        int done = 0;
        for (School school : schools.values()) {
            context.cancellation().check();
            Map<SchoolAttribute, String> attributes = new EnumMap<>(SchoolAttribute.class);
            attributes.putAll(labels.attributes());
            // A school's own columns say more about it than the label block shared by the whole file.
            attributes.putAll(school.attributes);
            sink.school(new SchoolRecord(school.code, FormConstants.attributes(attributes, template, lists),
                    school.sheet, school.cell.row(),
                    CellRef.a1(school.cell.row(), school.cell.col()),
                    keyed ? Map.of() : labels.blankCells(), WideRows.typedCode(school.cell)));
            if (!keyed) {
                labels.flushProblems();
                labels.facts().forEach(sink::facts);
                for (LabelSheet l : labelSheets) {
                    GridInterpreter.readForm(l.form(), l.spec(), template, school.code, context, l.problems(), sink);
                }
            }
            FormConstants.facts(school.code, template, lists, school.sheet).forEach(sink::facts);
            for (PupilRoster p : school.pupils) {
                p.read(school.code);
                p.emit(school.code, sink);
            }
            for (StaffRoster s : school.staff) {
                s.read(school.code);
                s.emit(school.code, sink);
            }
            context.progress().update(++done, schools.size(), context.fileName());
        }
        for (Counted c : rostersRead) {
            sink.rosterRows(c.sheet(), c.rows(), c.withoutSchool()
                    + c.readers().stream().mapToInt(java.util.function.IntSupplier::getAsInt).sum());
        }
    }

    /** The sheet of labels already taken that {@code spec} (a list's entry) names, or null. */
    private static LabelSheet labelSheetNamed(List<LabelSheet> labelSheets, SheetSpec spec) {
        for (LabelSheet l : labelSheets) {
            SheetInfo own = l.form().grid.sheet();
            if (SheetNames.find(List.of(own), spec.names(), List.of()) == own) {
                return l;
            }
        }
        return null;
    }

    /** Reads a list of people (pupils or staff) into its school's (or schools') counts. */
    private static void readList(Template template, ImportContext context, SheetSpec spec, int i, RosterTable table,
                                 SheetProblems problems, CensusSink sink, SchoolCodes guard, boolean keyed,
                                 java.util.Set<String> announced, Map<String, School> schools,
                                 List<Counted> rostersRead, CodeLists lists, LocalDate reference)
            throws ImportRejectedException {
        FormSheet form = table.form;
        table.reportUnmatched(problems, CompiledTemplate.of(template).ignored(i));
        table.skipRepeatedHeaders(guard, problems, sink);
        boolean pupilSheet = spec.kind().equalsIgnoreCase("pupils");
        refuseAmbiguousM(template, table, pupilSheet ? "pupil.sex" : "staff.sex", context);
        if (spec.keyedByName() && context.schools().isEmpty()) {
            throw new ImportRejectedException("rejected.namesNoMasterList", context.fileName(), form.name(),
                    String.join(" / ", spec.key()));
        }
        Map<String, List<Integer>> groups = !keyed ? Map.of("", table.dataRows) : spec.keyedByName()
                ? table.rowsBySchoolName(context.schools(), announced, problems) : table.rowsBySchool(guard, problems);
        Counted counted = new Counted(form.name(), table.dataRows.size(),
                table.dataRows.size() - groups.values().stream().mapToInt(List::size).sum(), new ArrayList<>());
        rostersRead.add(counted);
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            School school = schools.computeIfAbsent(g.getKey(), code -> new School(code, form.name(),
                    keyed ? table.keyCell(g.getValue().get(0)) : null));
            if (keyed) {
                school.attributesFrom(table, g.getValue(), lists, problems);
            }
            if (spec.keyedByName()) {
                // The name as the register writes it is the return's name of the school.
                school.attributes.putIfAbsent(SchoolAttribute.NAME,
                        table.keyCell(g.getValue().get(0)).text().strip());
            }
            if (pupilSheet) {
                PupilRoster p = new PupilRoster(table, g.getValue(), lists, context, problems, reference);
                counted.readers().add(p::notCounted);
                school.pupils.add(p);
            } else {
                StaffRoster s = new StaffRoster(table, g.getValue(), lists, context, problems, reference);
                counted.readers().add(s::notCounted);
                school.staff.add(s);
            }
        }
    }

    /**
     * A list's data rows, those in no school's rows (no code, a refused one) and its readers, whose people not counted
     * (no sex, no grade) are known once read.
     */
    private record Counted(String sheet, int rows, int withoutSchool, List<java.util.function.IntSupplier> readers) {
    }

    /** True when the pupils and staff sheets carry a school key: a roster of several schools. */
    static boolean keyed(Template template) {
        return template.sheets().stream().anyMatch(s -> s.kind() != null && !s.key().isEmpty());
    }

    /** A sheet of labels (and perhaps grids) of the roster, with the problems of its cells. */
    private record LabelSheet(FormSheet form, SheetSpec spec, SheetProblems problems) {
    }

    /** One school of the file: where its code was first read, its rosters and its column attributes. */
    private static final class School {
        final String code;
        final String sheet;
        final Cell cell;
        final List<PupilRoster> pupils = new ArrayList<>();
        final List<StaffRoster> staff = new ArrayList<>();
        final Map<SchoolAttribute, String> attributes = new EnumMap<>(SchoolAttribute.class);
        /** Where each attribute was first read, as {@code Pupils!F2}, for the report of a differing value. */
        private final Map<SchoolAttribute, String> firstAt = new EnumMap<>(SchoolAttribute.class);

        School(String code, String sheet, Cell cell) {
            this.code = code;
            this.sheet = sheet;
            this.cell = cell;
        }

        /** The single school of a roster without key: the code from the labels, the rosters read so far. */
        School(String code, String sheet, Cell cell, School rosters) {
            this(code, sheet, cell);
            pupils.addAll(rosters.pupils);
            staff.addAll(rosters.staff);
        }

        /**
         * The school's {@code school.*} columns over its rows: the first value is kept; a later value
         * that differs is reported ({@code DUPLICATE_SCHOOL}) and not used; a value not in its code list
         * is reported ({@code UNKNOWN_CODE}).
         */
        void attributesFrom(RosterTable table, List<Integer> rows, CodeLists lists, SheetProblems problems) {
            for (String field : table.fields()) {
                CanonicalField f = CanonicalField.parse(field).orElse(null);
                if (f == null || f.kind() != CanonicalField.Kind.SCHOOL || f.attribute() == SchoolAttribute.CODE) {
                    continue;
                }
                String listName = table.list(field, org.emisworkbench.template.TemplateValue.attributeList(f.attribute()));
                CodeList list = listName == null ? null : lists.require(listName);
                for (int r : rows) {
                    Cell c = table.cell(r, field);
                    if (c == null || c.text().isBlank()) {
                        continue;
                    }
                    String raw = c.text().strip();
                    if (c.kind() == CellKind.ERROR) {
                        // #REF! or a formula without its saved result is no name or place: reported, never stored.
                        int n = CellValues.count(CellKind.ERROR, raw, Double.NaN);
                        problems.report(CellValues.problem(n), r, c.col(), code, field, raw, CellValues.detail(n));
                        continue;
                    }
                    String v = list == null ? raw : list.code(raw);
                    String at = table.form.name() + "!" + CellRef.a1(r, c.col());
                    if (v == null) {
                        problems.report(ProblemKind.UNKNOWN_CODE, r, c.col(), code, field, raw,
                                Message.of("import.detail.notInList", list.name()));
                    } else if (!attributes.containsKey(f.attribute())) {
                        attributes.put(f.attribute(), v);
                        firstAt.put(f.attribute(), at);
                    } else if (!attributes.get(f.attribute()).equalsIgnoreCase(v)) {
                        problems.report(ProblemKind.DUPLICATE_SCHOOL, r, c.col(), code, field, raw,
                                Message.of("import.detail.differsFromFirst", attributes.get(f.attribute()),
                                        String.valueOf(firstAt.get(f.attribute()))));
                    }
                }
            }
        }
    }

    /**
     * A Portuguese roster whose template says nothing of the letter M: a pupil or staff member written M
     * may be a woman (mulher), so the file is refused rather than counted with the sexes swapped. Likewise a
     * French roster's G (garçon), which a template without a language reads as a girl.
     */
    private static void refuseAmbiguousM(Template template, RosterTable table, String sexField, ImportContext ctx)
            throws ImportRejectedException {
        if (!"sex".equals(table.list(sexField, "sex"))) {
            return;
        }
        String languageOfM = SexLetters.misreadMLanguage(template, table.header.found());
        boolean m = languageOfM != null;
        boolean g = SexLetters.mayMisreadG(template, table.header.found());
        if (!m && !g) {
            return;
        }
        for (int r : table.dataRows) {
            Cell c = table.cell(r, sexField);
            if (c != null && (m && SexLetters.hasLoneM(c.text()) || g && SexLetters.hasLoneG(c.text()))) {
                throw new ImportRejectedException(m ? WideInterpreter.ambiguousMKey(languageOfM) : "rejected.ambiguousSexG",
                        ctx.fileName(), table.form.name(), CellRef.a1(r, c.col()), c.text().strip());
            }
        }
    }
}
