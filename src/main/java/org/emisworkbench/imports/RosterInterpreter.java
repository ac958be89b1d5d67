package org.emisworkbench.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.imports.excel.SheetInfo;
import org.emisworkbench.imports.excel.WorkbookException;
import org.emisworkbench.imports.excel.WorkbookReader;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.CompiledTemplate;
import org.emisworkbench.template.SheetNames;
import org.emisworkbench.template.SchoolYears;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.template.Template;

/**
 * Reads roster workbooks (one per school): a label block with the school code and attributes, a pupil
 * list and a staff list, aggregated into the same counts the other layouts give.
 */
public final class RosterInterpreter implements LayoutInterpreter {
    @Override
    public void interpret(WorkbookReader workbook, Template template, ImportContext context, CensusSink sink)
            throws ImportRejectedException, WorkbookException {
        CodeLists lists = template.lists();
        LocalDate reference = SchoolYears.of(template).referenceDate(context.censusYear());
        FormLabels labels = new FormLabels(lists);
        List<SheetInfo> taken = new ArrayList<>();
        List<PupilRoster> pupils = new ArrayList<>();
        List<StaffRoster> staff = new ArrayList<>();
        List<FormSheet> sheets = new ArrayList<>();
        for (int i = 0; i < template.sheets().size(); i++) {
            SheetSpec spec = template.sheets().get(i);
            SheetInfo info = SheetNames.find(workbook.sheets(), spec.names(), taken);
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
            SheetProblems problems = new SheetProblems(sink, form.name());
            GridInterpreter.rejectAbsent(context, form, labels.read(form, spec.labels(), spec.required(), problems));
            GridInterpreter.checkYear(form, template, context);
            if (spec.kind() == null) {
                continue;
            }
            RosterTable table = RosterTable.of(form, spec, CompiledTemplate.of(template).matcher(i));
            List<String> missing = table == null ? spec.required() : table.missing(spec);
            if (table == null || !missing.isEmpty()) {
                throw new ImportRejectedException("rejected.noRosterHeader", context.fileName(), form.name(),
                        missing.isEmpty() ? Message.of("rejected.rosterColumns", spec.kind()) : Message.verbatim(
                        String.join(", ", missing)), String.join(" | ", table == null ? form.someTexts(12)
                        : table.header.found()));
            }
            if (spec.kind().equalsIgnoreCase("pupils")) {
                pupils.add(new PupilRoster(table, lists, context, problems, reference));
            } else {
                staff.add(new StaffRoster(table, lists, context, problems));
            }
        }
        if (labels.code() == null) {
            throw new ImportRejectedException("rejected.noCode", context.fileName(),
                    String.join(" | ", sheets.isEmpty() ? List.of() : sheets.get(0).someTexts(12)));
        }
        String code = labels.code();
        FormLabels.Code at = labels.codeCell();
        sink.school(new SchoolRecord(code, labels.attributes(), at.sheet(), at.cell().row(),
                CellRef.columnLetters(at.cell().col()) + (at.cell().row() + 1)));
        labels.flushProblems();
        labels.facts().forEach(sink::facts);
        for (PupilRoster p : pupils) {
            p.read(code);
            p.emit(code, sink);
        }
        for (StaffRoster s : staff) {
            s.read(code);
            s.emit(code, sink);
        }
        context.progress().update(1, 1, context.fileName());
    }
}
