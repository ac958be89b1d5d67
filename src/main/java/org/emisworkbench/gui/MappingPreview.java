package org.emisworkbench.gui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.TemplateDrafter;
import org.emisworkbench.template.WorkbookMapping;

/**
 * The mapping screen's live preview: the template as mapped so far, then a dry run of the import on the
 * file, worked out in the background; a newer change cancels an older preview still running.
 */
final class MappingPreview {
    private final Session session;
    private final TemplateWorkshop workshop;
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty byTopic = new SimpleStringProperty("");
    private final ObservableList<String> schools = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> unread = FXCollections.observableArrayList();
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final IntegerProperty checks = new SimpleIntegerProperty();
    /** First values below each header of the last preview, by "sheet|column letters". */
    private final Map<String, String> examples = new HashMap<>();
    private Cancellation cancel = new Cancellation();

    MappingPreview(Session session, TemplateWorkshop workshop) {
        this.session = session;
        this.workshop = workshop;
    }

    /**
     * Works the preview out again for {@code mapping}; {@code drafted} receives the template written (its nil marks
     * and thousands separator are those it reads with) when it is done. The notes say the sheets (of a wide
     * workbook), columns and labels left out of the template and why.
     */
    void refresh(TemplateWorkshop.DraftWorkbook wb, String id, String title, WorkbookMapping mapping,
                 Consumer<TemplateDrafter.Draft> drafted) {
        cancel.cancel();
        Cancellation mine = new Cancellation();
        cancel = mine;
        checking.set(true);
        session.runner().fetch((p, c) -> {
            TemplateDrafter.Draft draft = workshop.build(wb, id, 1, title, mapping);
            return new Result(draft, workshop.check(wb.file(), draft.template(), null, mine));
        }, result -> {
            if (mine.isCancelled()) {
                return;
            }
            checking.set(false);
            show(result.report());
            notes.set(notes(wb, mapping, result.draft()));
            drafted.accept(result.draft());
            checks.set(checks.get() + 1);
        }, e -> {
            if (mine.isCancelled()) {
                return;
            }
            checking.set(false);
            schools.clear();
            problems.clear();
            unread.clear();
            byTopic.set("");
            summary.set(session.t("mapping.notYet", cause(e)));
            notes.set(notes(wb, mapping, null));
            checks.set(checks.get() + 1);
        });
    }

    private String notes(TemplateWorkshop.DraftWorkbook wb, WorkbookMapping mapping, TemplateDrafter.Draft draft) {
        List<Message> n = new ArrayList<>(mapping.layout() == org.emisworkbench.template.Layout.WIDE ? wb.notes()
                : List.of());
        if (draft != null) {
            n.addAll(draft.notes());
        }
        return String.join("\n", n.stream().map(session::t).toList());
    }

    private record Result(TemplateDrafter.Draft draft, TemplateWorkshop.CheckReport report) {
    }

    private String cause(Throwable e) {
        Throwable c = org.emisworkbench.model.Localized.reason(e);
        return c instanceof org.emisworkbench.model.Localized l ? session.t(l.message()) : String.valueOf(c.getMessage());
    }

    private void show(TemplateWorkshop.CheckReport r) {
        // Where each school is as read: a district a row heading its group gives it is seen here.
        schools.setAll(r.preview().stream().map(s -> session.t(s.area() == null ? "mapping.school" : "mapping.schoolIn",
                s.code(), s.name() == null ? "" : s.name(), s.values(), s.area())).toList());
        problems.setAll(r.problems().stream().map(x -> session.t("mapping.problem", x.sheetCell(),
                session.t(x.what()), x.raw() == null ? "" : x.raw())).toList());
        List<String> notRead = new ArrayList<>();
        for (var s : r.sheets()) {
            for (var c : s.notRead()) {
                notRead.add(session.t(c.onPurpose() ? "mapping.leftOut" : c.numbersBelow() ? "mapping.unreadNumbers"
                        : "mapping.unread", s.sheet(),
                        c.letters(), c.header(), String.join(", ", c.examples())));
            }
        }
        // A form's blocks of census figures that no label or table reads, as the import will warn.
        r.unreadBlocks().forEach(b -> notRead.add(session.t("mapping.unreadBlock", b.sheet(), b.cells(),
                b.raw() == null ? "" : b.raw())));
        // And those the template leaves out on purpose (a table or band set to not read): listed, never warned.
        // Last year's figures beside this year's (band {year}) are left out on purpose too, said so.
        r.leftOutBlocks().forEach(b -> notRead.add(b.isLastYear()
                ? session.t("mapping.lastYearBlock", b.sheet(), b.cells(), b.headers(), b.lastYear())
                // One cell under one label (a form's label in ignore, "Education Authority"): left out, said as such.
                : session.t(b.cells().matches("[A-Z]+\\d+") && !b.headers().contains(" | ") ? "mapping.leftOutCell"
                        : "mapping.leftOutBlock", b.sheet(), b.cells(), b.headers())));
        unread.setAll(notRead);
        examples.clear();
        for (var s : r.sheets()) {
            s.read().forEach(c -> examples.put(s.sheet() + "|" + c.letters(), String.join(", ", c.examples())));
            s.notRead().forEach(c -> examples.put(s.sheet() + "|" + c.letters(), String.join(", ", c.examples())));
        }
        // Topics side by side in one table (Enrolment | Repeaters) show apart: a band read as the wrong topic is seen.
        byTopic.set(r.byTopic().isEmpty() ? "" : session.t("mapping.byTopic", String.join(" · ", r.byTopic().entrySet()
                .stream().map(e -> e.getKey() + " " + e.getValue()).toList())));
        summary.set(r.refused() != null ? session.t("mapping.refused", session.t(r.refused()))
                : session.t("mapping.summary", r.schools(), r.values(), r.problems().size(), r.unreadNumberColumns()));
    }

    /** The first values below a column's header in the last preview ("" before one). */
    String examples(String sheet, String letters) {
        return examples.getOrDefault(sheet + "|" + letters, "");
    }

    /** Sheets, columns and labels left out, and why. */
    StringProperty notes() {
        return notes;
    }

    /** The values read counted by what they count, in words ("" before a preview). */
    StringProperty byTopic() {
        return byTopic;
    }

    StringProperty summary() {
        return summary;
    }

    ObservableList<String> schools() {
        return schools;
    }

    ObservableList<String> problems() {
        return problems;
    }

    ObservableList<String> unread() {
        return unread;
    }

    BooleanProperty checking() {
        return checking;
    }

    IntegerProperty checks() {
        return checks;
    }
}
