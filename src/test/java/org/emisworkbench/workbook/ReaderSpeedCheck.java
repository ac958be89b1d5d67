package org.emisworkbench.workbook;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Manual speed check, deliberately not a unit test (timings on a shared build machine are noise):
 * writes a 50,000 x 120 sheet the way Excel does (a reference on every cell, school codes and names
 * as shared strings, counts as numbers) and times {@link SheetXmlFloor} against the reader.
 * Run: {@code java -cp target/classes:target/test-classes:<deps> org.emisworkbench.workbook.ReaderSpeedCheck [file [rounds]]}
 */
public final class ReaderSpeedCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderSpeedCheck.class);
    private static final int ROWS = 50_000;
    private static final int COLS = 120;

    private ReaderSpeedCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/speed-50000x120.xlsx");
        if (!Files.exists(file)) {
            generate(file);
        }
        LOG.info("{}: {} MB, sheet XML {} MB", file, Files.size(file) >> 20,
                Fixtures.entry(file, "xl/worksheets/sheet1.xml").length() >> 20);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        for (int round = 0; round < rounds; round++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long cells = SheetXmlFloor.countCells(file, "Data");
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            double[] sum = {0};
            long[] seen = {0};
            try (WorkbookReader r = Workbooks.open(file)) {
                r.read(r.sheets().get(0), row -> {
                    for (int i = 0; i < row.size(); i++) {
                        seen[0]++;
                        sum[0] += row.kind(i) == CellKind.NUMBER ? row.number(i) : row.text(i).length();
                    }
                    return true;
                });
            }
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            long opened;
            try (WorkbookReader r = Workbooks.open(file)) {
                opened = cpu.getCurrentThreadCpuTime();
                r.read(r.sheets().get(0), row -> true);
            }
            long c3 = cpu.getCurrentThreadCpuTime();
            LOG.info("round {}: reader with a no-op handler {} ms cpu, of which open {} ms", round,
                    (c3 - c2) / 1_000_000, (opened - c2) / 1_000_000);
            // Thread CPU time as well as wall time: on a shared machine wall time mostly measures the neighbours.
            LOG.info("round {}: floor {} ms wall / {} ms cpu ({} cells); reader {} ms wall / {} ms cpu ({} cells, "
                    + "checksum {}); ratio wall {} cpu {}", round, (t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000, cells,
                    (t2 - t1) / 1_000_000, (c2 - c1) / 1_000_000, seen[0], (long) sum[0],
                    String.format("%.2f", (double) (t2 - t1) / (t1 - t0)),
                    String.format("%.2f", (double) (c2 - c1) / (c1 - c0)));
        }
    }

    private static void generate(Path file) throws Exception {
        Path base = file.resolveSibling("speed-base.xlsx");
        Fixtures.write(base, new XSSFWorkbook(), wb -> wb.createSheet("Data").createRow(0).createCell(0).setCellValue("x"));
        Fixtures.replaceEntries(base, file, Map.of(
                "xl/sharedStrings.xml", ReaderSpeedCheck::sharedStrings,
                "xl/worksheets/sheet1.xml", ReaderSpeedCheck::sheet));
        Files.delete(base);
    }

    private static void sharedStrings(OutputStream out) throws java.io.IOException {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst "
                + Fixtures.SHEET_NS + " count=\"" + 2 * ROWS + "\" uniqueCount=\"" + 2 * ROWS + "\">");
        for (int i = 0; i < ROWS; i++) {
            b.append("<si><t>S").append(100000 + i).append("</t></si><si><t>School number ").append(i).append("</t></si>");
        }
        out.write(b.append("</sst>").toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void sheet(OutputStream out) throws java.io.IOException {
        Random random = new Random(1);
        String[] letters = new String[COLS];
        for (int c = 0; c < COLS; c++) {
            letters[c] = c < 26 ? String.valueOf((char) ('A' + c)) : "" + (char) ('A' + c / 26 - 1) + (char) ('A' + c % 26);
        }
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet " + Fixtures.SHEET_NS
                + "><dimension ref=\"A1:" + letters[COLS - 1] + ROWS + "\"/><sheetData>").getBytes(StandardCharsets.UTF_8));
        StringBuilder b = new StringBuilder(8192);
        for (int r = 1; r <= ROWS; r++) {
            b.setLength(0);
            b.append("<row r=\"").append(r).append("\" spans=\"1:").append(COLS).append("\">");
            for (int c = 0; c < COLS; c++) {
                b.append("<c r=\"").append(letters[c]).append(r).append('"');
                if (c < 2) {
                    b.append(" t=\"s\"><v>").append(2 * (r - 1) + c).append("</v></c>");
                } else if (c % 10 == 9) {
                    b.append(" s=\"0\"><v>").append(random.nextInt(10_000) / 100.0).append("</v></c>");
                } else {
                    b.append("><v>").append(random.nextInt(200)).append("</v></c>");
                }
            }
            b.append("</row>");
            out.write(b.toString().getBytes(StandardCharsets.US_ASCII));
        }
        out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }
}
