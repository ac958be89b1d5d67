package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.Severity;
import org.emisworkbench.store.BatchHeader;
import org.emisworkbench.store.BatchWriter;
import org.emisworkbench.store.FindingStore;
import org.emisworkbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * School codes that a file name cannot hold verbatim ({@code SCH01.002} and {@code SCH01_002}, or codes
 * differing only in case) still get one query workbook each: names are unique, the count is true.
 */
class QueryFileNamesTest {
    @TempDir
    Path dir;

    private static final List<String> CODES = List.of("SCH01.002", "SCH01_002", "SCH01/002", "sch01_002", "SCH01-9");

    private Path workspaceWithOneFindingPerSchool() throws Exception {
        Path db = dir.resolve("census");
        try (Workspace ws = Workspace.open(db)) {
            try (Connection c = ws.connect()) {
                c.setAutoCommit(false);
                try (BatchWriter w = BatchWriter.start(c, new BatchHeader("d01.xlsx", null, "e".repeat(64), 1, "test", 1,
                        "WIDE", "CENSUS", 2024))) {
                    for (String code : CODES) {
                        w.school(new SchoolRecord(code, Map.of(SchoolAttribute.NAME, "School " + code,
                                SchoolAttribute.DISTRICT, "D01"), "Schools", 2, "A2"));
                    }
                    w.finish(0);
                    c.commit();
                }
            }
            List<Finding> findings = new ArrayList<>();
            for (String code : CODES) {
                findings.add(new Finding(new org.emisworkbench.model.FindingKey(null, "R-1", code, 2024, null, null, null, null),
                        "A rule", Severity.WARNING, code, "D01", "enrolment", 1.0, null,
                        org.emisworkbench.model.Texts.of("Finding of " + code), null, null, null, null, null, null));
            }
            new FindingStore(ws).saveRun("p", "1", 2024, null, Set.of("R-1"), findings);
        }
        return db;
    }

    @Test
    void codesThatLoseCharactersInAFileNameStillGetOneWorkbookEach() throws Exception {
        Path db = workspaceWithOneFindingPerSchool();
        Path out = dir.resolve("q");
        List<Path> files;
        try (Workbench wb = Workbench.open(db)) {
            files = new QueryService(wb).forDistrict(2024, "D01", Locale.ENGLISH, out, Progress.NONE,
                    Cancellation.none());
        }
        assertEquals(CODES.size(), files.size());
        Set<String> lowerNames = new HashSet<>();
        files.forEach(f -> lowerNames.add(f.getFileName().toString().toLowerCase(Locale.ROOT)));
        assertEquals(CODES.size(), lowerNames.size(), "names unique even on a case-insensitive disk: " + files);
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(CODES.size(), written.count(), "as many files on disk as reported");
        }
        Set<String> codesInFiles = new HashSet<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f); Workbook wb = WorkbookFactory.create(in)) {
                codesInFiles.add(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue());
            }
        }
        assertEquals(new HashSet<>(CODES), codesInFiles, "each school's own workbook survives");
        // A code a file name holds as it is keeps its plain name.
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("query-2024-SCH01-9.xlsx")), files::toString);
    }

    @Test
    void aSchoolsNameIsTheSameAloneAsInItsDistrict() throws Exception {
        Path db = workspaceWithOneFindingPerSchool();
        try (Workbench wb = Workbench.open(db)) {
            QueryService q = new QueryService(wb);
            Path dot = q.forSchool(2024, "SCH01.002", Locale.ENGLISH, dir.resolve("a"));
            Path underscore = q.forSchool(2024, "SCH01_002", Locale.ENGLISH, dir.resolve("a"));
            assertNotEquals(dot.getFileName(), underscore.getFileName());
            List<Path> district = q.forDistrict(2024, "D01", Locale.ENGLISH, dir.resolve("b"), Progress.NONE,
                    Cancellation.none());
            assertTrue(district.stream().anyMatch(p -> p.getFileName().equals(dot.getFileName())), district::toString);
        }
    }
}
