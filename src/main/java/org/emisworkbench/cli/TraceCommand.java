package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.SchoolDetails;
import org.emisworkbench.service.SexArgument;
import org.emisworkbench.service.ServiceException;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis trace}: where a stored figure came from, file, sheet and cell, as the Schools screen shows it. */
@Command(name = "trace", description = "Show where a school's figure came from: its value and the file, sheet"
        + " and cell (one per age group when the return gives ages).")
final class TraceCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--school", required = true, paramLabel = "CODE", description = "School code")
    String school;

    @Option(names = "--year", required = true, description = "Census year")
    int year;

    @Option(names = "--topic", defaultValue = "enrolment", description = "enrolment, repeaters, new_entrants,"
            + " teachers, classrooms or facilities (default ${DEFAULT-VALUE})")
    String topic;

    @Option(names = "--slot", required = true, paramLabel = "GRADE|NAME", description = "A grade (G1, PP…, or its name on"
            + " returns: CP1, Std 1, 1ª classe, or a name the workspace's templates give it, such as CP) for pupils;"
            + " total, qualified… for teachers; good, fair, poor for classrooms")
    String slot;

    @Option(names = "--sex", paramLabel = "SEX", description = "Pupils and teachers: M or F in every language (M"
            + " is never mulheres); or the --lang's words and letters: boys, girls, B, G (G = girls) in English;"
            + " garçons, filles, G (G = garçons) with --lang fr; rapazes, raparigas, homens, mulheres, H (H = homens)"
            + " with --lang pt. For teachers, left out: those the return gives for both sexes together, sex not"
            + " reported")
    String sexText;

    /** {@link #sexText} read in the command's language. */
    private Sex sex;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    LanguageOption language;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format { text, json }


    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Topic t = topic();
        // A sex word of the workspace's templates (Zazalahy in a codeLists) is read as their imports read it.
        sex = SexArgument.parse(sexText, language.lang, sexText == null ? List.of() : templates());
        // Teachers may be traced without sex: those a return gives for both sexes together (decision 0058).
        if (t.bySex() && sex == null && !t.sexMayBeUnreported()) {
            throw new ServiceException(Message.of("cli.trace.needsSex", t.code(),
                    Message.of("cli.sex.accepted")));
        }
        String code = org.emisworkbench.model.CodeCase.schoolCode(school);
        try (Workbench wb = workspace.open()) {
            SchoolDetails details = wb.schoolDetails();
            org.emisworkbench.model.GradeSystem grades = details.grades();
            usedTemplates = t.graded() ? wb.batches().stream().map(org.emisworkbench.model.BatchInfo::templateId)
                    .collect(java.util.stream.Collectors.toSet()) : java.util.Set.of();
            int slotIndex = slotIndex(grades, t);
            // The slot as the workspace names it (CP1 asked for is G1 stored), printed so nobody wonders.
            String slotName = t.graded() ? grades.bySlot(slotIndex).code() : t.fixedSlots().get(slotIndex);
            var sources = details.sources(code, year, t, slotIndex, sex);
            if (sources.isEmpty()) {
                String figure = code + " " + year + " " + t.code() + " " + slotName + shownSex();
                if (sex == null && t.bySex()) {
                    // Teachers asked for without --sex where the return gave them by sex: say which --sex to add.
                    List<String> bySex = java.util.stream.Stream.of(Sex.F, Sex.M)
                            .filter(x -> !details.sources(code, year, t, slotIndex, x).isEmpty())
                            .map(x -> "--sex " + x.name()).toList();
                    if (bySex.size() == 2) {
                        throw new ServiceException(Message.of("cli.trace.noFigureBySexes", figure, bySex.get(0),
                                bySex.get(1)));
                    } else if (bySex.size() == 1) {
                        throw new ServiceException(Message.of("cli.trace.noFigureBySex", figure, bySex.get(0)));
                    }
                }
                // A cell the return left blank among the school's figures of the grade (IMP-36): said with its cell.
                var blank = details.blankCell(code, year, t, slotIndex, sex);
                if (blank.isPresent()) {
                    throw new ServiceException(Message.of("cli.trace.blank", figure, blank.get().sheet() + "!"
                            + blank.get().cell(), blank.get().file()));
                }
                // No such school, but one stored whose code looks like it (TG-01O2 for TG-0102): named.
                throw new ServiceException(wb.notFound(Message.of("cli.trace.noFigure", figure), code));
            }
            // A cell left blank or not readable (an import problem) is a missing figure, never 0: the total is
            // what the readable cells give, and missing when none gives anything.
            Integer total = null;
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Workbench.SourcedFigure f : sources) {
                if (f.value() != null) {
                    total = (total == null ? 0 : total) + f.value();
                }
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("value", f.value());
                c.put("age", f.age() == null || f.age().isAll() ? null : f.age().code());
                c.put("file", f.source() == null ? null : f.source().file());
                c.put("sheet", f.source() == null ? null : f.source().sheet());
                c.put("cell", f.source() == null ? null : f.source().cell());
                // A 0 read from a nil mark says so: the cell held "-", not the figure 0.
                c.put("nilMarks", f.nilMarks().stream().map(m -> {
                    Map<String, Object> n = new LinkedHashMap<>();
                    n.put("cell", m.sheetCell());
                    n.put("mark", m.mark());
                    return n;
                }).toList());
                cells.add(c);
            }
            if (format == Format.json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("school", code);
                doc.put("year", year);
                doc.put("topic", t.code());
                doc.put("slot", slotName);
                doc.put("sex", sex == null ? null : sex.name());
                doc.put("value", total);
                doc.put("sources", cells);
                Output.json(out, doc);
                return 0;
            }
            out.printf("%s %d %s %s%s = %s%n", code, year, t.code(), slotName, shownSex(),
                    total == null ? missing() : total);
            var blank = total == null ? details.blankCell(code, year, t, slotIndex, sex)
                    : java.util.Optional.<org.emisworkbench.model.SourceRef>empty();
            if (blank.isPresent()) {
                // The stored row holds no figure there: the cell was left blank among the grade's figures (IMP-36).
                out.println("  " + TerminalText.text(language.lang, "cli.trace.blank", code + " " + year + " "
                        + t.code() + " " + slotName + shownSex(), blank.get().sheet() + "!" + blank.get().cell(),
                        blank.get().file()));
            }
            for (int i = 0; i < cells.size(); i++) {
                Map<String, Object> c = cells.get(i);
                // A figure given by age is one line per age, each saying which age it counts, a band in words
                // ("5 or under", as explore and the findings say it), never its code "-5".
                String from = TerminalText.text(language.lang, "cli.trace.from", TerminalText.line(c.get("file")),
                        TerminalText.line(c.get("sheet")) + "!" + c.get("cell"));
                org.emisworkbench.model.AgeGroup age = sources.get(i).age();
                Object ageText = c.get("age") == null ? null : age.inWords() == null ? age.code() : age.inWords();
                StringBuilder marks = new StringBuilder();
                for (var m : sources.get(i).nilMarks()) {
                    marks.append("; ").append(TerminalText.text(language.lang, "cli.trace.nilMark",
                            TerminalText.line(m.sheetCell()), TerminalText.line(m.mark())));
                }
                out.printf("  %7s  %s%s%s%n", c.get("value") == null ? missing() : c.get("value"), ageText == null
                        ? "" : TerminalText.text(language.lang, "cli.trace.age", ageText) + "  ", from, marks);
            }
            if (total != null && sources.stream().anyMatch(f -> f.age() != null && !f.age().isAll())) {
                // A figure by age: an age's cell left blank among the grade's figures of that age (IMP-36) is named,
                // not counted in the total.
                details.blankCell(code, year, t, slotIndex, sex).ifPresent(b -> out.println("  " + TerminalText.text(
                        language.lang, "cli.trace.blankAge", b.sheet() + "!" + b.cell(), b.file())));
            }
            return 0;
        }
    }

    /** The ids of the templates that imported the workspace's files: their grade names decide first. */
    private java.util.Set<String> usedTemplates = java.util.Set.of();

    /**
     * The workspace's templates (built-in, the user's folder, the folder beside a workspace file), whose grade
     * lists name grades as returns print them; one that cannot be loaded is left out (emis templates lists it).
     */
    private List<org.emisworkbench.template.Template> templates() {
        return org.emisworkbench.service.TemplateCatalog.forWorkspace(workspace.fileOrNull(), null).templates();
    }

    /** What a missing figure prints as (the cell was blank or could not be read; see the import's problems). */
    private String missing() {
        return TerminalText.text(language.lang, "cli.trace.missing");
    }

    private Topic topic() {
        try {
            return Topic.fromCode(topic.trim());
        } catch (IllegalArgumentException e) {
            throw new ServiceException(Message.of("error.sentence", e.getMessage()), e);
        }
    }

    private int slotIndex(org.emisworkbench.model.GradeSystem grades, Topic t) {
        if (t.graded()) {
            var grade = SchoolDetails.gradeNamed(grades, slot, templates(), usedTemplates);
            if (grade.isPresent()) {
                return grade.get().slot();
            }
            // "--slot total" without --topic: a figure of teachers or classrooms, asked for as enrolment.
            String item = slot.trim().toLowerCase(Locale.ROOT);
            var owner = java.util.Arrays.stream(Topic.values()).filter(x -> x.fixedSlots().contains(item)).toList();
            String known = grades.grades().stream().map(Grade::code).toList().toString();
            if (owner.isEmpty()) {
                // The returns' own grade names live in the templates that imported them: one not found beside the
                // workspace (imported with --template FILE from elsewhere) cannot name JSS 2 or CP1 here.
                java.util.Set<String> found = new java.util.HashSet<>();
                templates().forEach(x -> found.add(x.id()));
                List<String> away = usedTemplates.stream().filter(id -> !found.contains(id)).sorted().toList();
                if (!away.isEmpty() && workspace.fileOrNull() != null) {
                    throw new ServiceException(Message.of("cli.trace.unknownGradeTemplateAway", slot, known,
                            String.join(", ", away), org.emisworkbench.service.TemplateCatalog.workspaceFolder(
                                    workspace.fileOrNull())));
                }
                throw new ServiceException(Message.of("cli.trace.unknownGrade", slot, known));
            }
            List<String> codes = owner.stream().map(Topic::code).toList();
            Object topics = codes.size() == 1 ? codes.get(0) : Message.of("cli.trace.both",
                    String.join(", ", codes.subList(0, codes.size() - 1)), codes.get(codes.size() - 1));
            throw new ServiceException(Message.of("cli.trace.unknownGradeOfTopic", slot, known, topics,
                    codes.get(0)));
        }
        int i = t.fixedSlots().indexOf(slot.trim().toLowerCase(Locale.ROOT));
        if (i < 0) {
            throw new ServiceException(Message.of("cli.trace.noSuchFigure", t.code(), slot,
                    String.join(", ", t.fixedSlots())));
        }
        return i;
    }

    /**
     * The sex after the figure's name: its code, with its word where the reader's language needs one (M is
     * mulheres on a Portuguese return, so "M (masculino)" there: review 20).
     */
    private String shownSex() {
        return sex == null ? "" : " " + TerminalText.text(language.lang, "cli.trace.sex." + sex.name());
    }
}
