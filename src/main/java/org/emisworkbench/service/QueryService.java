package org.emisworkbench.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.report.OutputFile;
import org.emisworkbench.report.QueryWorkbook;
import org.emisworkbench.store.FindingStore;
import org.emisworkbench.store.SchoolDirectory;

/**
 * Query workbooks sent back to schools: one .xlsx per school listing its open findings (not those
 * confirmed correct or resolved), in the officer's chosen language.
 */
public final class QueryService {
    private final Workbench workbench;

    QueryService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** The query workbook of one school, written into {@code dir} even when it has no open finding. */
    public Path forSchool(int year, String school, Locale locale, Path dir) {
        return forSchool(year, school, locale, dir, false);
    }

    /** As above; an earlier workbook of the same name is replaced only if {@code replace}. */
    public Path forSchool(int year, String school, Locale locale, Path dir, boolean replace) {
        SchoolListing s = workbench.store(ws -> new SchoolDirectory(ws).list(year, null)).stream()
                .filter(l -> l.code().equalsIgnoreCase(school)).findFirst()
                .orElseThrow(() -> new ServiceException(workbench.notFound(Message.of("queries.noSchool", school,
                        year), school)));
        List<Finding> open = openFindings(new FindingFilter(year, null, s.code(), null, null, null));
        return write(s, open, year, locale, dir, replace);
    }

    /**
     * One workbook per school with open findings, of one district or, when {@code district} is null, of
     * every district with returns in {@code year}.
     */
    public List<Path> forDistricts(int year, String district, Locale locale, Path dir, Progress progress,
                                   Cancellation cancel) {
        List<String> districts = district != null ? List.of(district) : workbench.indicators().districts(year);
        List<Path> files = new ArrayList<>();
        for (String d : districts) {
            cancel.check();
            files.addAll(forDistrict(year, d, locale, dir, progress, cancel));
        }
        return files;
    }

    /** One workbook per school of the district that has open findings. */
    public List<Path> forDistrict(int year, String district, Locale locale, Path dir, Progress progress,
                                  Cancellation cancel) {
        return forDistrict(year, district, locale, dir, progress, cancel, false);
    }

    /** As above; earlier workbooks of the same names are replaced only if {@code replace}. */
    public List<Path> forDistrict(int year, String district, Locale locale, Path dir, Progress progress,
                                  Cancellation cancel, boolean replace) {
        Map<String, SchoolListing> schools = new LinkedHashMap<>();
        workbench.store(ws -> new SchoolDirectory(ws).list(year, district)).forEach(s -> schools.put(s.code(), s));
        if (schools.isEmpty()) {
            throw new ServiceException(Message.of("queries.noDistrict", district, year));
        }
        Map<String, List<Finding>> bySchool = new LinkedHashMap<>();
        for (Finding f : openFindings(new FindingFilter(year, district, null, null, null, null))) {
            if (f.schoolCode() != null && schools.containsKey(f.schoolCode())) {
                bySchool.computeIfAbsent(f.schoolCode(), k -> new ArrayList<>()).add(f);
            }
        }
        // Every name is checked before the first workbook is written: all or none.
        bySchool.keySet().forEach(code -> check(target(schools.get(code), year, dir), replace));
        List<Path> files = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int i = 0;
        for (Map.Entry<String, List<Finding>> e : bySchool.entrySet()) {
            cancel.check();
            progress.step(i++, bySchool.size(), Message.of("progress.query", e.getKey()));
            files.add(write(schools.get(e.getKey()), e.getValue(), year, locale, dir, replace));
        }
        progress.update(bySchool.size(), bySchool.size(), null);
        return files;
    }

    private List<Finding> openFindings(FindingFilter filter) {
        return workbench.store(ws -> new FindingStore(ws).list(filter)).stream()
                .filter(f -> f.status() == FindingStatus.OPEN || f.status() == FindingStatus.QUERIED)
                // One mistake, one question: a finding that follows from another is asked through its cause.
                .filter(f -> !f.folded())
                .map(StoredFinding::finding).toList();
    }

    /**
     * The file name of a school's query workbook. A code a file name holds as it is (letters, digits,
     * dash, underscore; upper case, so that case-insensitive disks keep codes apart) is used verbatim;
     * any other code ({@code SCH01.002}, {@code sch01_002}, a code cut at 60 characters) gets a suffix
     * made from the whole code, so that {@code SCH01.002} and {@code SCH01_002} never share a file. The
     * suffix starts with a lower-case {@code x}, which no verbatim (upper-case) code can produce.
     */
    static String fileName(int year, String code) {
        String safe = ReportService.safe(code);
        boolean verbatim = safe.equals(code) && code.equals(code.toUpperCase(Locale.ROOT));
        return "query-" + year + "-" + (verbatim ? safe : safe + "-x" + shortHash(code == null ? "" : code)) + ".xlsx";
    }

    private static String shortHash(String code) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Path target(SchoolListing s, int year, Path dir) {
        return dir.resolve(fileName(year, s.code()));
    }

    private void check(Path file, boolean replace) {
        workbench.reports().check(file, ReportService.XLSX, replace);
    }

    private Path write(SchoolListing s, List<Finding> findings, int year, Locale locale, Path dir,
                       boolean replace) {
        try {
            Files.createDirectories(dir);
            Path file = target(s, year, dir);
            return OutputFile.write(file, ReportService.XLSX, replace, workbench.databaseFile(),
                    f -> QueryWorkbook.write(new QueryWorkbook.SchoolQuery(s.code(), s.name(), s.district(), year,
                            findings), locale, LocalDate.now(), f));
        } catch (org.emisworkbench.model.Refusal e) {
            throw ServiceException.from(e);
        } catch (IOException e) {
            throw new ServiceException(Message.of("queries.cannotWrite", e.getMessage()), e);
        }
    }
}
