package org.emisworkbench.gui;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.model.Sex;
import org.emisworkbench.service.ImportRequest;
import org.emisworkbench.service.ImportService;
import org.emisworkbench.service.SchoolDetails;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Schools screen's "where that number came from" says when a 0 was read from a nil mark: the cell held the
 * mark; a 0 written as 0 says nothing more. The workbook and its template (dashes are nil) are written here.
 */
class SchoolsNilMarkSourceTest {
    @TempDir
    Path tmp;

    @Test
    void aZeroReadFromANilMarkSaysTheCellHeldTheMark() throws Exception {
        Path file = tmp.resolve("dash-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Returns");
            row(s, 0, "Code", "School", "G1 girls", "G1 boys");
            row(s, 1, "D-1", "Dune", 0, "-");
            wb.write(out);
        }
        Path template = tmp.resolve("dash.json");
        Files.writeString(template, """
                {"id": "dash", "version": 1, "layout": "wide", "nilMarks": ["-"],
                 "sheets": [{"names": ["Returns"], "key": ["Code"],
                   "columns": [{"headers": ["School"], "field": "school.name"},
                               {"headers": ["G1 girls"], "field": "enrolment", "grade": "G1", "sex": "F"},
                               {"headers": ["G1 boys"], "field": "enrolment", "grade": "G1", "sex": "M"}]}]}
                """);
        Session session = TestSessions.direct(tmp.resolve("home"), new Notifier.Recording());
        try {
            session.setWorkbench(Workbench.open(tmp.resolve("ws")));
            new ImportService(session.workbench(), TemplateCatalog.load(null)).importFiles(
                    new ImportRequest(List.of(file), template.toString(), 2024), Progress.NONE, Cancellation.none());
            SchoolsViewModel schools = new SchoolsViewModel(session);
            schools.refresh();
            SchoolListing d1 = schools.schools().stream().filter(x -> x.code().equals("D-1")).findFirst().orElseThrow();
            schools.selectedProperty().set(d1);
            SchoolDetails.FigureRow g1 = schools.figures().stream().filter(r -> r.label().equals("G1")).findFirst()
                    .orElseThrow();

            schools.showSource(g1, Sex.M);
            String boys = schools.sourceProperty().get();
            List<String> lines = boys.lines().toList();
            assertEquals("dash-2024.xlsx · sheet Returns · cell D2 0; Returns!D2 held “-”, a nil mark, read as 0",
                    lines.get(lines.size() - 1), boys);

            schools.showSource(g1, Sex.F);
            String girls = schools.sourceProperty().get();
            assertFalse(girls.contains("nil mark"), girls);
            List<String> girlLines = girls.lines().toList();
            assertEquals("dash-2024.xlsx · sheet Returns · cell C2 0", girlLines.get(girlLines.size() - 1), girls);
        } finally {
            session.closeWorkspace();
        }
    }
}
