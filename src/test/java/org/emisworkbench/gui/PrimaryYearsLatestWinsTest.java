package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.ColumnMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two choices of the years of primary made quickly, one after the other, start two drafts in the background; here the
 * earlier one is made to finish last. The screen shows the draft of the latest choice, whatever order they finish in.
 */
class PrimaryYearsLatestWinsTest {
    @TempDir
    Path tmp;

    /** Runs jobs on the test thread, except while held: then each waits until the test finishes it, in any order. */
    static final class HeldRunner implements TaskRunner {
        private final JobStatus status = new JobStatus();
        boolean hold;
        final List<Runnable> waiting = new ArrayList<>();

        @Override
        public JobStatus status() {
            return status;
        }

        @Override
        public <T> boolean run(String title, Job<T> job, Consumer<T> done, Consumer<Throwable> failed) {
            fetch(job, done, failed);
            return true;
        }

        @Override
        public <T> void fetch(Job<T> job, Consumer<T> done, Consumer<Throwable> failed) {
            Runnable r = () -> {
                T value;
                try {
                    value = job.run(Progress.NONE, new Cancellation());
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                done.accept(value);
            };
            if (hold) {
                waiting.add(r);
            } else {
                r.run();
            }
        }

        @Override
        public void later(Runnable update) {
            update.run();
        }
    }

    private List<ColumnMapping> forms(MappingViewModel vm) {
        return vm.columns().stream().filter(c -> c.header().startsWith("Form")).toList();
    }

    @Test
    void theLatestChoiceIsShownWhenTheEarlierDraftFinishesLast() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        MappingSettingsViewModelTest.formsSideBySide(wb, 47);
        Path file = tmp.resolve("secondary-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        HeldRunner runner = new HeldRunner();
        Session session = new Session(TestSessions.settings(tmp), runner, new Notifier.Recording());
        MappingViewModel vm = new MappingViewModel(session, new TemplateWorkshop(TemplateCatalog.load(null)),
                (f, id) -> { });
        vm.open(file);
        PrimaryYearsViewModel primary = vm.primaryYears();
        assertTrue(forms(vm).stream().allMatch(c -> c.field() == null) && forms(vm).size() == 8,
                vm.columns().toString());

        runner.hold = true;
        primary.years().set(7);
        primary.set(7);
        primary.years().set(6);
        primary.set(6); // chosen again at once, before the first draft is done
        assertEquals(2, runner.waiting.size(), "two drafts under way");
        runner.hold = false;
        runner.waiting.get(1).run(); // the latest (6 years) finishes first…
        runner.waiting.get(0).run(); // …the earlier (7 years) last: it must not replace it

        assertEquals(6, primary.years().get());
        List<ColumnMapping> forms = forms(vm);
        assertEquals(8, forms.size());
        for (ColumnMapping c : forms) {
            int k = Integer.parseInt(c.header().substring(5, 6));
            assertEquals("enrolment", c.field(), c.toString());
            assertEquals("G" + (6 + k), c.grade(), "Form " + k + " after 6 years of primary: " + c);
        }
        assertTrue(vm.preview().summary().get().contains("2 school(s) and 16 value(s)"), vm.preview().summary().get());
        // One step to undo: the draft of the latest choice; before it, the draft without years of primary.
        assertTrue(vm.undo());
        assertEquals(PrimaryYearsViewModel.NOT_GIVEN, primary.years().get());
        assertTrue(forms(vm).stream().allMatch(c -> c.field() == null), vm.columns().toString());
    }

    @Test
    void aChoiceTakenBackBeforeItsDraftFinishesLeavesTheDraftShown() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        MappingSettingsViewModelTest.formsSideBySide(wb, 48);
        Path file = tmp.resolve("secondary-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        HeldRunner runner = new HeldRunner();
        Session session = new Session(TestSessions.settings(tmp), runner, new Notifier.Recording());
        MappingViewModel vm = new MappingViewModel(session, new TemplateWorkshop(TemplateCatalog.load(null)),
                (f, id) -> { });
        vm.open(file);
        PrimaryYearsViewModel primary = vm.primaryYears();
        runner.hold = true;
        primary.years().set(7);
        primary.set(7);
        primary.years().set(PrimaryYearsViewModel.NOT_GIVEN);
        primary.set(PrimaryYearsViewModel.NOT_GIVEN); // back to the years the workbook is drafted with
        runner.hold = false;
        runner.waiting.forEach(Runnable::run);
        assertEquals(PrimaryYearsViewModel.NOT_GIVEN, primary.years().get());
        assertTrue(forms(vm).stream().allMatch(c -> c.field() == null), vm.columns().toString());
        assertTrue(!vm.canUndoProperty().get(), "nothing was drafted again");
    }
}
