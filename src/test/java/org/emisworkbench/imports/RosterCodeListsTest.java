package org.emisworkbench.imports;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.workbook.Workbooks;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.RecordingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every coded roster field goes through its column's own code list, none of whose spellings is built in. */
class RosterCodeListsTest {
    static final String TEMPLATE = """
            {"id": "own-lists-roster", "version": 1, "layout": "roster",
             "codeLists": {
               "nsex": {"F": ["Kvinne"], "M": ["Mann"]},
               "ngrade": {"G1": ["Form I"], "G2": ["Form II"]},
               "nstatus": {"new": ["Fresh"], "repeater": ["Again"]},
               "ndis": {"none": ["Nil"], "seeing": ["Blind"]},
               "nqual": {"yes": ["TTC"], "no": ["Form IV"]},
               "ncert": {"yes": ["Trained"], "no": ["Untrained"]},
               "ntype": {"teaching": ["Educator"], "non_teaching": ["Ancillary"]},
               "nemp": {"full_time": ["Permanent"], "part_time": ["Casual"]}},
             "sheets": [
               {"names": ["School"], "required": ["school.code"],
                "labels": [{"labels": ["Code"], "field": "school.code"}]},
               {"names": ["Pupils"], "kind": "pupils", "columns": [
                 {"headers": ["Sex"], "field": "pupil.sex", "codeList": "nsex"},
                 {"headers": ["Form"], "field": "pupil.grade", "codeList": "ngrade"},
                 {"headers": ["Status"], "field": "pupil.status", "codeList": "nstatus"},
                 {"headers": ["Disability"], "field": "pupil.disability", "codeList": "ndis"}]},
               {"names": ["Staff"], "kind": "staff", "columns": [
                 {"headers": ["Sex"], "field": "staff.sex", "codeList": "nsex"},
                 {"headers": ["Qualification"], "field": "staff.qualification", "codeList": "nqual"},
                 {"headers": ["Training"], "field": "staff.certified", "codeList": "ncert"},
                 {"headers": ["Type"], "field": "staff.type", "codeList": "ntype"},
                 {"headers": ["Terms"], "field": "staff.employment", "codeList": "nemp"}]}]}
            """;

    @Test
    void everyCodedRosterFieldHonoursItsColumnsList(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("school.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("School"), 0, "Code", "N-77");
            Sheet p = wb.createSheet("Pupils");
            row(p, 0, "Sex", "Form", "Status", "Disability");
            row(p, 1, "Kvinne", "Form I", "Fresh", "Nil");
            row(p, 2, "Kvinne", "Form I", "Again", "Blind");
            row(p, 3, "Mann", "Form II", "Again", "Nil");
            row(p, 4, "Mann", "Form I", "Fresh", "Blind");
            row(p, 5, "Kvinne", "Form II", "Fresh", "Nil");
            Sheet s = wb.createSheet("Staff");
            row(s, 0, "Sex", "Qualification", "Training", "Type", "Terms");
            row(s, 1, "Kvinne", "TTC", "Trained", "Educator", "Permanent");
            row(s, 2, "Kvinne", "Form IV", "Untrained", "Educator", "Casual");
            row(s, 3, "Mann", "TTC", "Untrained", "Educator", "Permanent");
            row(s, 4, "Mann", "Form IV", "Untrained", "Ancillary", "Permanent");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        RecordingSink sink = new RecordingSink();
        try (WorkbookReader w = Workbooks.open(file)) {
            new RosterInterpreter().interpret(w, TemplateLoader.parse(TEMPLATE, "t", null),
                    Fixtures.context("school.xlsx", 2024), sink);
        }
        assertTrue(sink.problems.isEmpty(), sink.problems::toString);
        // Written above: girls G1 ×2 (one repeater, one blind), G2 ×1; boys G1 ×1 (blind), G2 ×1 (repeater).
        int[] enrolF = new int[3];
        int[] enrolM = new int[3];
        for (FactRecord f : sink.facts) {
            if (f.topic() == Topic.ENROLMENT) {
                int[] into = f.sex() == Sex.F ? enrolF : enrolM;
                for (int g = 1; g <= 2; g++) {
                    into[g] += Math.max(0, f.values()[g]);
                }
            }
        }
        assertEquals(2, enrolF[1]);
        assertEquals(1, enrolF[2]);
        assertEquals(1, enrolM[1]);
        assertEquals(1, enrolM[2]);
        assertEquals(1, sink.fact("N-77", Topic.REPEATERS, Sex.F, AgeGroup.ALL).orElseThrow().values()[1]);
        assertEquals(1, sink.fact("N-77", Topic.REPEATERS, Sex.M, AgeGroup.ALL).orElseThrow().values()[2]);
        assertEquals(1, sink.fact("N-77", Topic.DISABLED, Sex.F, AgeGroup.ALL).orElseThrow().values()[1]);
        assertEquals(1, sink.fact("N-77", Topic.DISABLED, Sex.M, AgeGroup.ALL).orElseThrow().values()[1]);
        assertEquals(0, sink.fact("N-77", Topic.DISABLED, Sex.F, AgeGroup.ALL).orElseThrow().values()[2], "Nil");
        // Teachers: total, qualified, trained, full time, part time, non-teaching.
        FactRecord f = sink.fact("N-77", Topic.TEACHERS, Sex.F, AgeGroup.ALL).orElseThrow();
        assertEquals(java.util.List.of(2, 1, 1, 1, 1, 0), java.util.Arrays.stream(f.values()).boxed().toList());
        FactRecord m = sink.fact("N-77", Topic.TEACHERS, Sex.M, AgeGroup.ALL).orElseThrow();
        assertEquals(java.util.List.of(1, 1, 0, 1, 0, 1), java.util.Arrays.stream(m.values()).boxed().toList());
    }
}
