package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A formula taking its value from another workbook ({@code ='[district.xlsx]Sheet1'!B4}) is never followed: the
 * import reads the value this file saved with it and says so naming the cell, and a cell saved without a value is
 * no figure (missing, not 0), also named. The other workbook lies beside the file with other figures, so a value
 * read from it would show.
 */
class ExternalLinkFormulaCliTest {
    @TempDir
    static Path dir;
    static Path db;
    static CliRun imported;

    @BeforeAll
    static void writeAndImport() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            Sheet sh = wb.createSheet("Returns");
            String[] head = {"School code", "School name", "District", "Grade 1 Boys", "Grade 1 Girls"};
            Row h = sh.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Row s1 = sh.createRow(1);
            s1.createCell(0).setCellValue("S1");
            s1.createCell(1).setCellValue("One");
            s1.createCell(2).setCellValue("D1");
            s1.createCell(3).setCellFormula("Z99");   // becomes the link, its saved value 14
            s1.getCell(3).setCellValue(14);
            s1.createCell(4).setCellFormula("Z98");   // becomes the link saved without a value
            Row s2 = sh.createRow(2);
            s2.createCell(0).setCellValue("S2");
            s2.createCell(1).setCellValue("Two");
            s2.createCell(2).setCellValue("D1");
            s2.createCell(3).setCellValue(10);
            s2.createCell(4).setCellValue(11);
            wb.write(out);
        }
        // The links as Excel keeps them in the sheet's XML: the book by its index, or by its name in quotes.
        Path file = dir.resolve("ecoles-2024.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    assertTrue(xml.contains("<f>Z99</f>") && xml.contains("<f>Z98</f>"), xml);
                    xml = xml.replace("<f>Z99</f>", "<f>[1]Sheet1!B4</f>")
                            .replace("<f>Z98</f>", "<f>'[district.xlsx]Sheet 1'!B5</f>");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        // The other workbook, beside it, with other figures: never to be opened.
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("district.xlsx"))) {
            Sheet sh = wb.createSheet("Sheet1");
            for (int r = 0; r < 6; r++) {
                sh.createRow(r).createCell(1).setCellValue(999);
            }
            wb.write(out);
        }
        Path template = dir.resolve("t.json");
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        db = dir.resolve("ws.mv.db");
        imported = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
    }

    @Test
    void theSavedValueIsReadAndTheCellNamed() {
        String said = imported.out() + imported.err();
        assertTrue(said.contains("ecoles-2024.xlsx, sheet Returns: 1 cell(s) take their value from another workbook by a"
                + " formula (D2): the value saved with this file was read, the other workbook was not opened"), said);
        CliRun boys = CliRun.emis("trace", "--db", db.toString(), "--school", "S1", "--year", "2024", "--slot", "G1",
                "--sex", "M");
        assertEquals(0, boys.code(), boys.out() + boys.err());
        assertTrue(boys.out().startsWith("S1 2024 enrolment G1 M = 14") && boys.out().contains("Returns!D2"),
                boys.out());
    }

    @Test
    void aLinkSavedWithoutItsValueIsNoFigureAndNamed() {
        String said = imported.out() + imported.err();
        assertTrue(said.contains("1 cell(s) take their value from another workbook by a formula and were saved without"
                + " it (E2): no figure was read from them (missing, not 0)"), said);
        CliRun girls = CliRun.emis("trace", "--db", db.toString(), "--school", "S1", "--year", "2024", "--slot", "G1",
                "--sex", "F");
        assertEquals(0, girls.code(), girls.out() + girls.err());
        assertTrue(girls.out().startsWith("S1 2024 enrolment G1 F = missing"), girls.out());
        CliRun fr = CliRun.emis("import", "--db", dir.resolve("fr.mv.db").toString(), "--template",
                dir.resolve("t.json").toString(), dir.resolve("ecoles-2024.xlsx").toString(), "--lang", "fr");
        assertTrue((fr.out() + fr.err()).contains("1 cellule(s) prennent leur valeur dans un autre classeur par une"
                + " formule (D2) : la valeur enregistrée dans ce fichier a été lue"), fr.out() + fr.err());
    }
}
