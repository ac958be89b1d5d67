package org.emisworkbench.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.emisworkbench.model.FindingKey;
import org.emisworkbench.model.SourceRef;
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

    /**
     * The workbooks written and how many open findings were left out of them because they are the officer's alone
     * (how the template reads the form: {@link SchoolSide}).
     */
    public record Written(List<Path> files, int officerOnly) {
        public Written {
            files = List.copyOf(files);
        }

        /** What to tell the officer about the findings left out, or null when none was. */
        public Message leftOut() {
            return officerOnly == 0 ? null : Message.of("queries.leftOut", officerOnly);
        }
    }

    /** The query workbook of one school, written into {@code dir} even when it has no open finding. */
    public Path forSchool(int year, String school, Locale locale, Path dir) {
        return forSchool(year, school, locale, dir, false);
    }

    /** As above; an earlier workbook of the same name is replaced only if {@code replace}. */
    public Path forSchool(int year, String school, Locale locale, Path dir, boolean replace) {
        return school(year, school, locale, dir, replace).files().get(0);
    }

    /** As {@link #forSchool(int, String, Locale, Path, boolean)}, saying how many findings were the officer's. */
    public Written school(int year, String school, Locale locale, Path dir, boolean replace) {
        SchoolListing s = workbench.store(ws -> new SchoolDirectory(ws).list(year, null)).stream()
                .filter(l -> l.code().equalsIgnoreCase(school)).findFirst()
                .orElseThrow(() -> new ServiceException(workbench.notFound(Message.of("queries.noSchool", school,
                        year), school)));
        SchoolSide.Split open = new SchoolSide(workbench, year)
                .split(openFindings(new FindingFilter(year, null, s.code(), null, null, null)));
        try (FormGradeWords words = new FormGradeWords(workbench)) {
            return new Written(List.of(write(s, open.school(), year, locale, dir, replace, words)), open.officerOnly());
        }
    }

    /**
     * One workbook per school with open findings, of one district or, when {@code district} is null, of
     * every district with returns in {@code year}.
     */
    public Written forDistricts(int year, String district, Locale locale, Path dir, Progress progress,
                                Cancellation cancel) {
        List<String> districts = district != null ? List.of(district) : workbench.indicators().districts(year);
        List<Path> files = new ArrayList<>();
        int officerOnly = 0;
        for (String d : districts) {
            cancel.check();
            Written w = district(year, d, locale, dir, progress, cancel, false);
            files.addAll(w.files());
            officerOnly += w.officerOnly();
        }
        return new Written(files, officerOnly);
    }

    /** One workbook per school of the district that has open findings. */
    public List<Path> forDistrict(int year, String district, Locale locale, Path dir, Progress progress,
                                  Cancellation cancel) {
        return forDistrict(year, district, locale, dir, progress, cancel, false);
    }

    /** As above; earlier workbooks of the same names are replaced only if {@code replace}. */
    public List<Path> forDistrict(int year, String district, Locale locale, Path dir, Progress progress,
                                  Cancellation cancel, boolean replace) {
        return district(year, district, locale, dir, progress, cancel, replace).files();
    }

    /** As {@link #forDistrict(int, String, Locale, Path, Progress, Cancellation, boolean)}, with the findings left out. */
    public Written district(int year, String district, Locale locale, Path dir, Progress progress,
                            Cancellation cancel, boolean replace) {
        Map<String, SchoolListing> schools = new LinkedHashMap<>();
        workbench.store(ws -> new SchoolDirectory(ws).list(year, district)).forEach(s -> schools.put(s.code(), s));
        if (schools.isEmpty()) {
            throw new ServiceException(Message.of("queries.noDistrict", district, year));
        }
        Map<String, List<Finding>> bySchool = new LinkedHashMap<>();
        SchoolSide.Split open = new SchoolSide(workbench, year)
                .split(openFindings(new FindingFilter(year, district, null, null, null, null)).stream()
                        .filter(f -> f.schoolCode() != null && schools.containsKey(f.schoolCode())).toList());
        for (Finding f : open.school()) {
            if (f.schoolCode() != null && schools.containsKey(f.schoolCode())) {
                bySchool.computeIfAbsent(f.schoolCode(), k -> new ArrayList<>()).add(f);
            }
        }
        // Every name is checked before the first workbook is written: all or none.
        bySchool.keySet().forEach(code -> check(target(schools.get(code), year, dir), replace));
        List<Path> files = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int i = 0;
        // One reader of the forms' grade words for the district: each file is opened once.
        try (FormGradeWords words = new FormGradeWords(workbench)) {
            for (Map.Entry<String, List<Finding>> e : bySchool.entrySet()) {
                cancel.check();
                progress.step(i++, bySchool.size(), Message.of("progress.query", e.getKey()));
                files.add(write(schools.get(e.getKey()), e.getValue(), year, locale, dir, replace, words));
            }
        }
        progress.update(bySchool.size(), bySchool.size(), null);
        return new Written(files, open.officerOnly());
    }

    private List<Finding> openFindings(FindingFilter filter) {
        return workbench.store(ws -> new FindingStore(ws).list(filter)).stream()
                .filter(f -> f.status() == FindingStatus.OPEN || f.status() == FindingStatus.QUERIED)
                // One mistake, one question: a finding that follows from another is asked through its cause.
                .filter(f -> !f.folded())
                .map(StoredFinding::finding).toList();
    }

    /**
     * The cells each finding about a figure worked out from several cells rests on (the teachers and pupils of a
     * pupil-teacher ratio), in reading order.
     */
    private Map<FindingKey, List<SourceRef>> behind(List<Finding> findings) {
        Map<FindingKey, List<SourceRef>> out = new HashMap<>();
        for (Finding f : findings) {
            if (QueryWorkbook.worksOutItsFigure(f)) {
                List<SourceRef> cells = workbench.findingCells().of(f).stream().map(FindingCells.Cell::source)
                        .filter(java.util.Objects::nonNull).sorted(SourceRef.READING_ORDER).toList();
                if (!cells.isEmpty()) {
                    out.put(f.key(), cells);
                }
            }
        }
        return out;
    }

    /** For each finding about a grade, the words the school's form gives it, where they can be read. */
    private static Map<FindingKey, String> gradeWords(List<Finding> findings, FormGradeWords words) {
        Map<FindingKey, String> out = new HashMap<>();
        for (Finding f : findings) {
            String w = words.of(f);
            if (w != null) {
                out.put(f.key(), w);
            }
        }
        return out;
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

    /**
     * The code the school's own code looks like a typo of, when it has an IMP-35 finding among those asked and the
     * export's list of likely typos names it (review 24, LOW): the query then asks the school first to confirm its
     * code. Looked up only for a school with such a finding.
     */
    private String likelyCode(SchoolListing s, List<Finding> findings, int year) {
        if (findings.stream().noneMatch(f -> f.key().ruleId().equals("IMP-35"))) {
            return null;
        }
        return workbench.store(ws -> new org.emisworkbench.store.LikelyTypoSchools(ws).of(year, null)).stream()
                .filter(t -> t.code().equals(s.code()) && t.typoOf() != null).map(t -> t.typoOf()).findFirst()
                .orElse(null);
    }

    private Path write(SchoolListing s, List<Finding> findings, int year, Locale locale, Path dir,
                       boolean replace, FormGradeWords words) {
        try {
            Files.createDirectories(dir);
            Path file = target(s, year, dir);
            return OutputFile.write(file, ReportService.XLSX, replace, workbench.databaseFile(),
                    f -> QueryWorkbook.write(new QueryWorkbook.SchoolQuery(s.code(), s.name(), s.district(), year,
                            findings, behind(findings), gradeWords(findings, words), likelyCode(s, findings, year)),
                            locale, LocalDate.now(), f));
        } catch (org.emisworkbench.model.Refusal e) {
            throw ServiceException.from(e);
        } catch (IOException e) {
            throw new ServiceException(Message.of("queries.cannotWrite", e.getMessage()), e);
        }
    }
}
