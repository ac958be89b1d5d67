package org.emisworkbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finding workbooks in folders, and fingerprinting their content. */
final class WorkbookFiles {
    private WorkbookFiles() {
    }

    static boolean isWorkbookName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        // "~$name.xlsx" is Excel's lock file of an open workbook, not a workbook.
        return !n.startsWith("~$") && (n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls"));
    }

    /** Files as given (whatever their extension), and workbooks found in folders, in a stable order. */
    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(WorkbookFiles::isWorkbookName).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
