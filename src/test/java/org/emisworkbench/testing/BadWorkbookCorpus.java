package org.emisworkbench.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes a corpus of bad or odd workbooks made from the committed sample returns: damaged files,
 * files that are not workbooks, protected ones, bombs, entity tricks, huge sheets, error cells, odd
 * layouts and odd text. Every file is listed with its category and what an import may do with it.
 * Deterministic: the same samples give the same corpus.
 */
public final class BadWorkbookCorpus {
    /** What an import may do with a corpus file. */
    public enum Expect {
        /** Must be refused (database unchanged). */
        REJECT,
        /** May be stored or refused. */
        EITHER,
        /** May be refused; when stored, at least one problem must be recorded. */
        PROBLEMS_IF_STORED,
        /**
         * Not imported by the corpus run: it exposes a reported bug of the store layer (being reworked
         * elsewhere) that hangs the import. See docs/robustness.md, "Known bugs".
         */
        KNOWN_STORE_BUG
    }

    /**
     * One corpus file.
     *
     * @param mustSay when refused, the message must contain one of these words, separated by "|" (null: any
     *                message naming the file)
     */
    public record Entry(Path file, String category, Expect expect, String mustSay) {
    }

    /** Text that an XML external entity would smuggle into the database if it were expanded. */
    public static final String SECRET = "TOP-SECRET-CORPUS-4711";

    private static final String WIDE = "2024/wide/D01-2024.xlsx";
    private static final String FORM_COLS = "2024/forms/D03/SCH03001.xlsx";
    private static final String FORM_ROWS = "2024/forms/D04/SCH04001.xlsx";
    private static final String ROSTER = "2024/rosters/D05/SCH05001.xlsx";
    private static final String[] ERRORS = {"#DIV/0!", "#REF!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!"};
    private static final Pattern PLAIN_NUMBER_CELL = Pattern.compile(
            "<c r=\"([A-Z]+[0-9]+)\"(?: t=\"n\")?((?: s=\"[0-9]+\")?)>(?:<f>[^<]*</f>)?<v>[^<]*</v></c>");

    @FunctionalInterface
    private interface Edit {
        void write(String original, OutputStream out) throws IOException;
    }

    @FunctionalInterface
    private interface Filler<W extends Workbook> {
        void fill(W workbook) throws IOException;
    }

    private final Path samples;
    private final Path out;
    private final List<Entry> entries = new ArrayList<>();

    private BadWorkbookCorpus(Path samples, Path out) {
        this.samples = samples;
        this.out = out;
    }

    /** Writes the corpus into {@code out} (created) from the sample folder; returns its files in order. */
    public static List<Entry> generate(Path samples, Path out) throws IOException {
        Files.createDirectories(out);
        BadWorkbookCorpus c = new BadWorkbookCorpus(samples, out);
        c.damaged();
        c.notWorkbooks();
        c.encrypted();
        c.bombsAndEntities();
        c.hugeSheets();
        c.errorsMergesHidden();
        c.foreignHeaders();
        c.duplicatesAndSplits();
        c.empty();
        c.oddText();
        c.otherWriters();
        return List.copyOf(c.entries);
    }

    private static List<String> bases() {
        return List.of(WIDE, FORM_COLS, FORM_ROWS, ROSTER, "master-list.xlsx", "population.xlsx");
    }

    private static List<String> returns() {
        return List.of(WIDE, FORM_COLS, FORM_ROWS, ROSTER);
    }

    private Path sample(String rel) {
        return samples.resolve(rel);
    }

    private static String stem(String rel) {
        String n = Path.of(rel).getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    private Path add(String category, String name, Expect expect, String mustSay) {
        Path f = out.resolve(String.format("%03d-%s-%s", entries.size(), category, name));
        entries.add(new Entry(f, category, expect, mustSay));
        return f;
    }

    // ---- damaged zips ----

    private void damaged() throws IOException {
        double[] cuts = {0.02, 0.1, 0.3, 0.5, 0.8, 0.95};
        for (String base : bases()) {
            byte[] good = Files.readAllBytes(sample(base));
            for (double cut : cuts) {
                write(add("truncated", stem(base) + ".xlsx", Expect.REJECT, null),
                        Arrays.copyOf(good, (int) (good.length * cut)));
            }
            write(add("truncated", stem(base) + "-no-end-record.xlsx", Expect.REJECT, null),
                    Arrays.copyOf(good, good.length - 22));
            // Only the end record's comment length is cut: every part is still there (POI reads the
            // entries in stream order), so storing the file is as right as refusing it.
            write(add("truncated", stem(base) + "-last-byte.xlsx", Expect.EITHER, null),
                    Arrays.copyOf(good, good.length - 1));
        }
        Random random = new Random(2024);
        for (String base : bases()) {
            byte[] good = Files.readAllBytes(sample(base));
            for (int i = 0; i < 15; i++) {
                byte[] bad = good.clone();
                int flips = 1 + i / 5;  // 1, 2 or 3 flipped bits
                for (int k = 0; k < flips; k++) {
                    int at = 4 + random.nextInt(bad.length - 4);
                    bad[at] ^= (byte) (1 << random.nextInt(8));
                }
                write(add("bit-flipped", stem(base) + ".xlsx", Expect.EITHER, null), bad);
            }
        }
    }

    // ---- not workbooks at all ----

    private void notWorkbooks() throws IOException {
        Random random = new Random(7);
        for (int size : new int[] {1, 17, 512, 4096, 65_536, 1 << 20}) {
            byte[] noise = new byte[size];
            random.nextBytes(noise);
            noise[0] = 0x01;
            write(add("random-bytes", size + ".xlsx", Expect.REJECT, "xlsx"), noise);
        }
        for (int i = 0; i < 2; i++) {
            byte[] noise = new byte[8192];
            random.nextBytes(noise);
            System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, noise, 0, 4);
            write(add("random-bytes", "zip-magic-" + i + ".xlsx", Expect.REJECT, "xlsx"), noise);
            random.nextBytes(noise);
            byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
            System.arraycopy(ole, 0, noise, 0, ole.length);
            write(add("random-bytes", "ole2-magic-" + i + ".xls", Expect.REJECT, "xls"), noise);
        }
        text("renamed", "census.csv.xlsx", "School No,School name,Grade 1 Male,Grade 1 Female\nSCH01001,Vami,23,25\n");
        text("renamed", "census.tsv.xls", "School No\tGrade 1 Male\nSCH01001\t23\n");
        text("renamed", "report.pdf.xlsx", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n");
        text("renamed", "export.html.xls", "<html><body><table><tr><td>SCH01001</td><td>23</td></tr></table></body></html>");
        text("renamed", "letter.rtf.xlsx", "{\\rtf1\\ansi School census}");
        text("renamed", "census.xml2003.xls", "<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:"
                + "office:spreadsheet\"><Worksheet ss:Name=\"Pupils\"/></Workbook>");
        text("renamed", "census.json.xlsx", "{\"school\": \"SCH01001\", \"pupils\": 23}");
        write(add("renamed", "photo.png.xlsx", Expect.REJECT, null), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10,
            26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        write(add("renamed", "utf16.csv.xlsx", Expect.REJECT, null),
                "\uFEFFSchool No,Pupils\r\nSCH01001,23\r\n".getBytes(StandardCharsets.UTF_16LE));
        try (XWPFDocument d = new XWPFDocument();
             OutputStream o = Files.newOutputStream(add("renamed", "letter.docx.xlsx", Expect.REJECT, "Word"))) {
            d.createParagraph().createRun().setText("Dear officer, please find our census attached.");
            d.write(o);
        }
        Map<String, byte[]> ods = Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet"
                .getBytes(StandardCharsets.US_ASCII), "content.xml", "<office:document-content/>"
                .getBytes(StandardCharsets.US_ASCII));
        zip(add("renamed", "census.ods.xlsx", Expect.REJECT, null), ods);
        zip(add("renamed", "returns.zip.xlsx", Expect.REJECT, null), Map.of("SCH01001.csv",
                "SCH01001,23".getBytes(StandardCharsets.US_ASCII)));
        write(add("empty-file", "zero-bytes.xlsx", Expect.REJECT, "empty"), new byte[0]);
    }

    private void text(String category, String name, String content) throws IOException {
        write(add(category, name, Expect.REJECT, null), content.getBytes(StandardCharsets.UTF_8));
    }

    // ---- password protection ----

    private void encrypted() throws IOException {
        for (String base : returns()) {
            encrypt(sample(base), add("encrypted", stem(base) + "-agile.xlsx", Expect.REJECT, "password"),
                    EncryptionMode.agile);
        }
        encrypt(sample(WIDE), add("encrypted", "D01-2024-standard.xlsx", Expect.REJECT, "password"),
                EncryptionMode.standard);
        Biff8EncryptionKey.setCurrentUserPassword("census");
        try {
            hssf(add("encrypted", "form-rc4.xls", Expect.REJECT, "password"), wb -> formLike(wb.createSheet("Form")));
            hssf(add("encrypted", "empty-rc4.xls", Expect.REJECT, "password"), wb -> wb.createSheet("Sheet1"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        // Protected structure and sheets, but not encrypted: Excel opens these without a password.
        rewrite(sample(WIDE), add("protected-not-encrypted", "D01-2024.xlsx", Expect.EITHER, null), Map.of(
                "xl/workbook.xml", text(BadWorkbookCorpus::protectStructure),
                "xl/worksheets/sheet2.xml", text(s -> s.replace("</sheetData>",
                        "</sheetData><sheetProtection sheet=\"1\" password=\"CC3D\"/>"))), Set.of());
    }

    private static String protectStructure(String workbookXml) {
        String at = workbookXml.contains("<bookViews") ? "<bookViews" : "<sheets>";
        return workbookXml.replaceFirst(at, "<workbookProtection lockStructure=\"1\" workbookPassword=\"CC3D\"/>" + at);
    }

    private static void encrypt(Path plain, Path target, EncryptionMode mode) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(mode).getEncryptor();
            enc.confirmPassword("census2024");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream o = Files.newOutputStream(target)) {
                fs.writeFilesystem(o);
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static void formLike(Sheet s) {
        String[][] rows = {{"School code:", "SCH03001"}, {"School name:", "Raloka Primary School"}, {"Census year:", "2024"}};
        for (int i = 0; i < rows.length; i++) {
            Row r = s.createRow(i);
            r.createCell(0).setCellValue(rows[i][0]);
            r.createCell(1).setCellValue(rows[i][1]);
        }
    }

    // ---- zip bombs and XML entity tricks ----

    private void bombsAndEntities() throws IOException {
        rewrite(sample(WIDE), add("zip-bomb", "blank-cells.xlsx", Expect.REJECT, null), Map.of(
                "xl/worksheets/sheet2.xml", (o, w) -> {
                    w.write(head(o).getBytes(StandardCharsets.UTF_8));
                    w.write("<row r=\"200\">".getBytes(StandardCharsets.US_ASCII));
                    byte[] blanks = "<c s=\"0\"/>".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 3_000; i++) {  // 300 MB of XML deflating to some 300 KB
                        w.write(blanks);
                    }
                    w.write(("</row>" + tail(o)).getBytes(StandardCharsets.UTF_8));
                }), Set.of());
        rewrite(sample(ROSTER), add("zip-bomb", "shared-string.xlsx", Expect.REJECT, null), Map.of(
                "xl/sharedStrings.xml", (o, w) -> {
                    int at = o.indexOf("<si><t>") + 7;
                    w.write(o.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] a = "A".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 400; i++) {  // one 400 MB string
                        w.write(a);
                    }
                    w.write(o.substring(at).getBytes(StandardCharsets.UTF_8));
                }), Set.of());
        Path many = add("zip-bomb", "25000-entries.xlsx", Expect.REJECT, null);
        rewriteWith(sample(FORM_COLS), many, Map.of(), Set.of(), zipOut -> {
            for (int i = 0; i < 25_000; i++) {
                zipOut.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
                zipOut.write("<a/>".getBytes(StandardCharsets.US_ASCII));
                zipOut.closeEntry();
            }
        });
        Path secret = Files.writeString(out.resolve("secret.txt"), SECRET);
        String xxe = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        rewrite(sample(WIDE), add("xml-entity", "xxe-sheet.xlsx", Expect.EITHER, null), Map.of(
                "xl/worksheets/sheet1.xml", text(s -> afterDecl(s, xxe).replaceFirst("<v>[0-9]+</v></c>",
                        "<v>0</v></c><c r=\"ZZ3\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"))), Set.of());
        rewrite(sample(FORM_COLS), add("xml-entity", "xxe-shared-strings.xlsx", Expect.EITHER, null), Map.of(
                "xl/sharedStrings.xml", text(s -> afterDecl(s, xxe).replace("Raloka Primary School", "&xxe;"))),
                Set.of());
        rewrite(sample(FORM_ROWS), add("xml-entity", "xxe-workbook.xlsx", Expect.EITHER, null), Map.of(
                "xl/workbook.xml", text(s -> afterDecl(s, xxe).replace("name=\"Form\"", "name=\"&xxe;\""))), Set.of());
        rewrite(sample(FORM_COLS), add("xml-entity", "doctype-content-types.xlsx", Expect.EITHER, null), Map.of(
                "[Content_Types].xml", text(s -> afterDecl(s, xxe))), Set.of());
        StringBuilder lol = new StringBuilder("<!DOCTYPE sst [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        lol.append("]>");
        rewrite(sample(ROSTER), add("xml-entity", "billion-laughs.xlsx", Expect.EITHER, null), Map.of(
                "xl/sharedStrings.xml", text(s -> afterDecl(s, lol.toString()).replace("Pewa Primary School",
                        "&lol9;"))), Set.of());
        rewrite(sample(WIDE), add("xml-entity", "external-dtd.xlsx", Expect.EITHER, null), Map.of(
                "xl/worksheets/sheet2.xml", text(s -> afterDecl(s, "<!DOCTYPE worksheet SYSTEM \"" + secret.toUri()
                        + "\">"))), Set.of());
    }

    private static String afterDecl(String xml, String insert) {
        int end = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, end) + insert + xml.substring(end);
    }

    /** The sheet XML up to its last row (before {@code </sheetData>}). */
    private static String head(String sheetXml) {
        return sheetXml.substring(0, sheetXml.indexOf("</sheetData>"));
    }

    private static String tail(String sheetXml) {
        return sheetXml.substring(sheetXml.indexOf("</sheetData>"));
    }

    private static int lastRow(String sheetXml) {
        Matcher m = Pattern.compile("<row r=\"([0-9]+)\"").matcher(sheetXml);
        int last = 0;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }

    // ---- a million rows, 16,384 columns ----

    private void hugeSheets() throws IOException {
        rewrite(sample(WIDE), add("million-blank-rows", "D01-2024.xlsx", Expect.EITHER, null), Map.of(
                "xl/worksheets/sheet1.xml", (o, w) -> blankRows(o, w, false)), Set.of());
        rewrite(sample(ROSTER), add("million-blank-rows", "SCH05001-styled.xlsx", Expect.EITHER, null), Map.of(
                "xl/worksheets/sheet2.xml", (o, w) -> blankRows(o, w, true)), Set.of());
        rewrite(sample(FORM_COLS), add("million-blank-rows", "SCH03001.xlsx", Expect.EITHER, null), Map.of(
                "xl/worksheets/sheet1.xml", (o, w) -> blankRows(o, w, false)), Set.of());
        rewrite(sample(WIDE), add("16384-columns", "D01-2024-numbers.xlsx", Expect.EITHER, null), Map.of(
                "xl/worksheets/sheet2.xml", (o, w) -> fullRow(o, w, false)), Set.of());
        rewrite(sample(FORM_COLS), add("16384-columns", "SCH03001-text.xlsx", Expect.EITHER, null), Map.of(
                "xl/worksheets/sheet1.xml", (o, w) -> fullRow(o, w, true)), Set.of());
        farCell(sample(ROSTER), add("16384-columns", "SCH05001-last-cell.xlsx", Expect.EITHER, null));
    }

    /** A copy of a roster return with one more cell, 7 at XFD1048576 of its second sheet. */
    public static Path farCell(Path roster, Path target) throws IOException {
        rewrite(roster, target, Map.of("xl/worksheets/sheet2.xml", text(s -> s.replace("</sheetData>",
                "<row r=\"1048576\"><c r=\"XFD1048576\"><v>7</v></c></row></sheetData>"))), Set.of());
        return target;
    }

    private static void blankRows(String o, OutputStream w, boolean styled) throws IOException {
        w.write(head(o).getBytes(StandardCharsets.UTF_8));
        StringBuilder b = new StringBuilder(1 << 16);
        for (int r = lastRow(o) + 1; r <= 1_048_576; r++) {
            b.append("<row r=\"").append(r).append(styled ? "\"><c r=\"B" + r + "\" s=\"1\"/></row>" : "\"/>");
            if (b.length() > 60_000) {
                w.write(b.toString().getBytes(StandardCharsets.US_ASCII));
                b.setLength(0);
            }
        }
        w.write(b.toString().getBytes(StandardCharsets.US_ASCII));
        w.write(tail(o).getBytes(StandardCharsets.UTF_8));
    }

    private static void fullRow(String o, OutputStream w, boolean text) throws IOException {
        int r = lastRow(o) + 1;
        StringBuilder b = new StringBuilder(head(o)).append("<row r=\"").append(r).append("\">");
        for (int c = 0; c < 16_384; c++) {
            String ref = column(c) + r;
            b.append(text ? "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>Colonne " + c + "</t></is></c>"
                    : "<c r=\"" + ref + "\"><v>" + c + "</v></c>");
        }
        b.append("</row>").append(tail(o));
        w.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    // ---- formula errors, merged cells over data, hidden sheets ----

    private void errorsMergesHidden() throws IOException {
        for (String base : returns()) {
            rewrite(sample(base), add("formula-errors", stem(base) + ".xlsx", Expect.PROBLEMS_IF_STORED, null),
                    sheetEdits(sample(base), BadWorkbookCorpus::errorsEverywhere), Set.of());
        }
        mergeOver(WIDE, "xl/worksheets/sheet2.xml", "A2:Z40");
        mergeOver(FORM_COLS, "xl/worksheets/sheet1.xml", "A12:Z30");
        mergeOver(FORM_ROWS, "xl/worksheets/sheet1.xml", "A12:Z30");
        mergeOver(ROSTER, "xl/worksheets/sheet2.xml", "A1:H30");
        hide(WIDE, "Pupils", "hidden", "pupils-hidden");
        hide(WIDE, "Schools|Pupils|Repeaters|New entrants|Teachers|Classrooms|Facilities", "veryHidden", "all-very-hidden");
        hide(FORM_COLS, "Form", "hidden", "form-hidden");
        hide(ROSTER, "Pupils", "veryHidden", "pupils-very-hidden");
    }

    private static String errorsEverywhere(String sheetXml) {
        Matcher m = PLAIN_NUMBER_CELL.matcher(sheetXml);
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement("<c r=\"" + m.group(1) + "\"" + m.group(2) + " t=\"e\"><v>"
                    + ERRORS[i++ % ERRORS.length] + "</v></c>"));
        }
        m.appendTail(b);
        return b.toString();
    }

    private void mergeOver(String base, String sheet, String range) throws IOException {
        rewrite(sample(base), add("merged-over-data", stem(base) + ".xlsx", Expect.EITHER, null), Map.of(sheet,
                text(s -> s.contains("<mergeCells") ? s.replaceFirst("(<mergeCells[^>]*>)", "$1<mergeCell ref=\""
                        + range + "\"/>") : s.replace("</sheetData>", "</sheetData><mergeCells count=\"1\">"
                        + "<mergeCell ref=\"" + range + "\"/></mergeCells>"))), Set.of());
    }

    private void hide(String base, String sheets, String state, String label) throws IOException {
        rewrite(sample(base), add("hidden-sheets", stem(base) + "-" + label + ".xlsx", Expect.EITHER, null), Map.of(
                "xl/workbook.xml", text(s -> s.replaceAll("<sheet name=\"(" + sheets + ")\"", "<sheet name=\"$1\" state=\""
                        + state + "\""))), Set.of());
    }

    // ---- headers in French ----

    private void foreignHeaders() throws IOException {
        String[][] fr = {{"School No", "N° de l'école"}, {"School code", "Code de l'école"},
            {"School name", "Nom de l'école"}, {"Census year", "Année du recensement"}, {"Pre-primary", "Préscolaire"},
            {"Grade ", "Classe "}, {"Male", "Garçons"}, {"Female", "Filles"}, {"Teachers", "Enseignants"},
            {"Classrooms", "Salles de classe"}, {"Repeaters", "Redoublants"}, {"New entrants", "Nouveaux inscrits"},
            {"District", "Circonscription"}, {"Ownership", "Statut"}, {"Locality", "Milieu"}, {"Level", "Niveau"},
            {"Full name", "Nom complet"}, {"Sex", "Sexe"}, {"Age", "Âge"}, {"Date of birth", "Date de naissance"},
            {"Total", "Ensemble"}};
        for (String base : returns()) {
            rewrite(sample(base), add("french-headers", stem(base) + ".xlsx", Expect.EITHER, "template|year"), Map.of(
                    "xl/sharedStrings.xml", text(s -> {
                        String t = s;
                        for (String[] p : fr) {
                            t = t.replace(p[0], p[1]);
                        }
                        return t;
                    })), Set.of());
        }
    }

    // ---- duplicated schools, a return split over two files ----

    private void duplicatesAndSplits() throws IOException {
        rewrite(sample(WIDE), add("duplicate-school", "D01-2024-SCH01002-as-SCH01001.xlsx", Expect.PROBLEMS_IF_STORED,
                null), Map.of("xl/sharedStrings.xml", text(s -> s.replace(">SCH01002<", ">SCH01001<"))), Set.of());
        rewrite(sample("2024/forms/D03/SCH03002.xlsx"), add("duplicate-school", "SCH03002-claims-SCH03001.xlsx",
                Expect.EITHER, null), Map.of("xl/sharedStrings.xml", text(s -> s.replace(">SCH03002<", ">SCH03001<"))),
                Set.of());
        rewrite(sample("2024/rosters/D05/SCH05002.xlsx"), add("duplicate-school", "SCH05002-claims-SCH05001.xlsx",
                Expect.EITHER, null), Map.of("xl/sharedStrings.xml", text(s -> s.replace(">SCH05002<", ">SCH05001<"))),
                Set.of());
        Files.copy(sample(FORM_ROWS), add("duplicate-school", "SCH04001-copy-a.xlsx", Expect.EITHER, null));
        Files.copy(sample(FORM_ROWS), add("duplicate-school", "SCH04001-copy-b.xlsx", Expect.EITHER, "already"));
        split(WIDE, "part1-enrolment", Set.of("Teachers", "Classrooms", "Facilities"));
        split(WIDE, "part2-staff-rooms", Set.of("Pupils", "Repeaters", "New entrants"));
        split(ROSTER, "part1-pupils", Set.of("Staff"));
        split(ROSTER, "part2-staff", Set.of("Pupils"));
    }

    private void split(String base, String label, Set<String> drop) throws IOException {
        Path target = add("split-return", stem(base) + "-" + label + ".xlsx", Expect.EITHER, null);
        try (InputStream in = Files.newInputStream(sample(base)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
                if (drop.contains(wb.getSheetName(i))) {
                    wb.removeSheetAt(i);
                }
            }
            try (OutputStream o = Files.newOutputStream(target)) {
                wb.write(o);
            }
        }
    }

    // ---- empty workbooks ----

    private void empty() throws IOException {
        xssf(add("empty-workbook", "no-sheets.xlsx", Expect.REJECT, null), wb -> { });
        xssf(add("empty-workbook", "one-blank-sheet.xlsx", Expect.REJECT, null), wb -> wb.createSheet("Sheet1"));
        xssf(add("empty-workbook", "blank-form-sheet.xlsx", Expect.REJECT, null), wb -> wb.createSheet("Form"));
        hssf(add("empty-workbook", "blank.xls", Expect.REJECT, null), wb -> wb.createSheet("Sheet1"));
        Path headersOnly = add("empty-workbook", "D01-2024-headers-only.xlsx", Expect.EITHER, null);
        try (InputStream in = Files.newInputStream(sample(WIDE)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                int header = s.getSheetName().equals("Schools") ? 2 : 0;  // two banner rows above the Schools header
                for (int r = s.getLastRowNum(); r > header; r--) {
                    Row row = s.getRow(r);
                    if (row != null) {
                        s.removeRow(row);
                    }
                }
            }
            try (OutputStream o = Files.newOutputStream(headersOnly)) {
                wb.write(o);
            }
        }
    }

    // ---- odd text and numbers; right content under the wrong name ----

    private void oddText() throws IOException {
        rewrite(sample(WIDE), add("hostile-text", "D01-2024-sql-and-formulas.xlsx", Expect.EITHER, null), Map.of(
                "xl/sharedStrings.xml", text(s -> s.replace(">Vami Primary School<", ">'; DROP TABLE school; --<")
                        .replace(">Lubeno Station Secondary School<", ">=cmd|' /C calc'!A0<")
                        .replace(">Bego Spring Primary School<", ">=HYPERLINK(&quot;http://x&quot;)<")
                        .replace(">Mika Combined School<", ">@SUM(1+1)*cmd|' /C calc'!A0<"))), Set.of());
        rewrite(sample(WIDE), add("hostile-text", "D01-2024-32767-char-name.xlsx", Expect.EITHER, null), Map.of(
                "xl/sharedStrings.xml", text(s -> s.replace(">Vami Primary School<", ">" + "Vami ".repeat(6553)
                        + "Vam<"))), Set.of());
        rewrite(sample(FORM_COLS), add("hostile-text", "SCH03001-long-code.xlsx", Expect.REJECT, "longer than"), Map.of(
                "xl/sharedStrings.xml", text(s -> s.replace(">SCH03001<", ">SCH03001" + "X".repeat(300) + "<"))),
                Set.of());
        rewrite(sample(ROSTER), add("hostile-text", "SCH05001-control-chars.xlsx", Expect.EITHER, null), Map.of(
                "xl/sharedStrings.xml", text(s -> s.replace(">Pewa Primary School<",
                        ">Pewa_x0000_ \u202Eloohcs\u202C \uD83C\uDFEB\u200B school_x001B_[31m<"))), Set.of());
        rewrite(sample(FORM_ROWS), add("hostile-text", "SCH04001-extreme-numbers.xlsx", Expect.PROBLEMS_IF_STORED,
                null), sheetEdits(sample(FORM_ROWS), BadWorkbookCorpus::extremeNumbers), Set.of());
        Files.copy(sample(WIDE), add("wrong-name", "D01-2024.xls", Expect.EITHER, null));
        Files.copy(sample(FORM_COLS), add("wrong-name", "SCH03001.xlsm", Expect.EITHER, null));
        Files.copy(sample(ROSTER), add("wrong-name", "SCH05001.XLSX", Expect.EITHER, null));
    }

    private static String extremeNumbers(String sheetXml) {
        String[] values = {"1E+308", "-1E+308", "2147483648", "-2147483649", "4.9E-324", "1e999", "NaN", "-0"};
        Matcher m = Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"(?: t=\"n\")?((?: s=\"[0-9]+\")?)><v>[0-9.]+</v></c>").matcher(sheetXml);
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (m.find()) {
            String v = values[i++ % values.length];
            m.appendReplacement(b, Matcher.quoteReplacement("<c r=\"" + m.group(1) + "\"" + m.group(2) + "><v>" + v
                    + "</v></c>"));
        }
        m.appendTail(b);
        return b.toString();
    }

    // ---- written by programs other than Excel ----

    /** A number cell, with its formula if it has one: the formula and the value are captured. */
    private static final Pattern NUMBER_CELL = Pattern.compile(
            "<c r=\"([A-Z]+[0-9]+)\"(?: t=\"n\")?((?: s=\"[0-9]+\")?)>(?:<f>([^<]*)</f>)?<v>([^<]*)</v></c>");

    /**
     * Each return saved as Excel's "Strict Open XML Spreadsheet" (the strict dialect's namespaces in every
     * part), and saved by a program that writes formulas without calculating them: every number becomes a
     * formula with no result (decision 0033: never read as a blank, always reported).
     */
    private void otherWriters() throws IOException {
        for (String base : returns()) {
            rewrite(sample(base), add("strict-dialect", stem(base) + ".xlsx", Expect.EITHER, null),
                    allXmlEdits(sample(base), BadWorkbookCorpus::strict), Set.of());
        }
        for (String base : returns()) {
            rewrite(sample(base), add("formulas-without-results", stem(base) + ".xlsx", Expect.PROBLEMS_IF_STORED,
                    null), sheetEdits(sample(base), BadWorkbookCorpus::formulasWithoutResults), Set.of());
        }
    }

    private static String strict(String xml) {
        return xml.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                        "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships");
    }

    private static String formulasWithoutResults(String sheetXml) {
        Matcher m = NUMBER_CELL.matcher(sheetXml);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String formula = m.group(3) != null ? m.group(3) : "0+" + m.group(4);
            m.appendReplacement(b, Matcher.quoteReplacement("<c r=\"" + m.group(1) + "\"" + m.group(2) + "><f>"
                    + formula + "</f></c>"));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** The same edit for every XML part and relationship part of a workbook. */
    private static Map<String, Edit> allXmlEdits(Path xlsx, UnaryOperator<String> change) throws IOException {
        try (ZipFile z = new ZipFile(xlsx.toFile())) {
            return Collections.list(z.entries()).stream().map(ZipEntry::getName)
                    .filter(n -> n.endsWith(".xml") || n.endsWith(".rels"))
                    .collect(java.util.stream.Collectors.toMap(n -> n, n -> text(change)));
        }
    }

    // ---- writing helpers ----

    private static Edit text(UnaryOperator<String> change) {
        return (original, o) -> o.write(change.apply(original).getBytes(StandardCharsets.UTF_8));
    }

    /** The same edit for every worksheet part of a workbook. */
    private static Map<String, Edit> sheetEdits(Path xlsx, UnaryOperator<String> change) throws IOException {
        try (ZipFile z = new ZipFile(xlsx.toFile())) {
            return Collections.list(z.entries()).stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("xl/worksheets/sheet"))
                    .collect(java.util.stream.Collectors.toMap(n -> n, n -> text(change)));
        }
    }

    private static void write(Path f, byte[] bytes) throws IOException {
        Files.write(f, bytes);
    }

    private static void zip(Path f, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
    }

    private static void rewrite(Path src, Path dst, Map<String, Edit> edits, Set<String> drop) throws IOException {
        rewriteWith(src, dst, edits, drop, z -> { });
    }

    @FunctionalInterface
    private interface Extra {
        void add(ZipOutputStream out) throws IOException;
    }

    /** Copies a zip entry by entry, editing the named ones (as UTF-8 text), dropping some, adding more at the end. */
    private static void rewriteWith(Path src, Path dst, Map<String, Edit> edits, Set<String> drop, Extra extra)
            throws IOException {
        try (ZipFile in = new ZipFile(src.toFile());
             ZipOutputStream o = new ZipOutputStream(Files.newOutputStream(dst))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                if (drop.contains(e.getName())) {
                    continue;
                }
                o.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    Edit edit = edits.get(e.getName());
                    if (edit == null) {
                        data.transferTo(o);
                    } else {
                        edit.write(new String(data.readAllBytes(), StandardCharsets.UTF_8), o);
                    }
                }
                o.closeEntry();
            }
            extra.add(o);
        }
    }

    private static void xssf(Path f, Filler<XSSFWorkbook> filler) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(f)) {
            filler.fill(wb);
            wb.write(o);
        }
    }

    private static void hssf(Path f, Filler<HSSFWorkbook> filler) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream o = Files.newOutputStream(f)) {
            filler.fill(wb);
            wb.write(o);
        }
    }
}
