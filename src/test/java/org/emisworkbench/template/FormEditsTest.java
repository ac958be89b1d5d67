package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Changes made on one sheet's form, replayed on another sheet of the same form by the labels' and titles' text. */
class FormEditsTest {
    private static LabelMapping label(String sheet, int row, String text, String field) {
        return new LabelMapping(sheet, row, 0, text, "1", field, null, null, false, field == null ? 0 : 0.9);
    }

    /** A school's form on {@code sheet}, its rows shifted by {@code shift} (sheets need not match cell for cell). */
    private static FormMapping form(String sheet, int shift) {
        return new FormMapping(sheet, List.of(label(sheet, shift, "Code da escola:", "school.code"),
                label(sheet, shift + 1, "Educadoras", null), label(sheet, shift + 2, "Total", null),
                label(sheet, shift + 6, "Total", null)),
                List.of(new GridMapping(shift + 3, 0, "Alunos matriculados", "enrolment", "age", "columns", null, List.of(), 0.8)),
                null, Map.of(), List.of(), SchoolsPer.SHEET);
    }

    @Test
    void aChangeOnOneSheetIsReplayedOnAnotherByText() {
        FormMapping third = form("Escola 3", 0);
        FormMapping changed = third.withLabel(1, third.labels().get(1).withField("teachers.total", "F"))
                .withGrid(0, third.grids().get(0).withField(null))
                .withExtras(Map.of("school.level", "primary"), List.of());
        FormEdits edits = FormEdits.NONE.with(third, changed);
        assertEquals(1, edits.labels().size(), "only the label changed: " + edits.labels());
        assertEquals(1, edits.grids().size());

        FormMapping first = edits.onto(form("Escola 1", 2));
        assertEquals("Escola 1", first.sheet());
        assertEquals("teachers.total", first.labels().get(1).field());
        assertEquals("F", first.labels().get(1).sex());
        assertEquals(1.0, first.labels().get(1).confidence(), "set by hand, on another sheet");
        assertTrue(first.labels().get(0).key(), "a label no change names keeps its reading");
        assertEquals(0.9, first.labels().get(0).confidence());
        assertFalse(first.grids().get(0).reads());
        assertEquals(Map.of("school.level", "primary"), first.constants());
        assertEquals(SchoolsPer.SHEET, first.schools());
        FormMapping unchanged = form("Escola 2", 0);
        assertSame(unchanged, FormEdits.NONE.onto(unchanged), "no change: the form itself");
    }

    @Test
    void aBandTicksAStreamAndAddingUpSetOnOneSheetAreReplayedOnAnother() {
        FormMapping third = form("Escola 3", 0);
        LabelMapping total = third.labels().get(2).withField("teachers.total", "F");
        FormMapping read = third.withLabel(2, total);
        FormMapping changed = read.withLabel(2, read.labels().get(2).withBand(List.of("Total")))
                .withLabel(1, read.labels().get(1).withField("facilities.drinking_water", null)
                        .withTicks(Map.of("Sim", "yes", "Não", "no")))
                .withGrid(0, read.grids().get(0).withStream("Turma").withAdds(false));
        FormEdits edits = FormEdits.NONE.with(read, changed);
        assertEquals(1, edits.grids().size(), "the table's stream and adding up: " + edits.grids());

        FormMapping first = edits.onto(form("Escola 1", 2));
        assertEquals(List.of("Total"), first.labels().get(2).band());
        assertEquals("teachers.total", first.labels().get(2).field());
        assertEquals(Map.of("Sim", "yes", "Não", "no"), first.labels().get(1).ticks());
        assertEquals("Turma", first.grids().get(0).stream());
        assertEquals(Boolean.FALSE, first.grids().get(0).adds());
        assertEquals("enrolment", first.grids().get(0).field(), "the topic as it was");
    }

    @Test
    void theLastChangeWinsAndATextWrittenTwiceIsMatchedByItsCell() {
        FormMapping a = form("Escola 1", 0);
        FormMapping a2 = a.withLabel(1, a.labels().get(1).withField("teachers.total", "F"));
        FormEdits edits = FormEdits.NONE.with(a, a2);
        FormMapping b = form("Escola 2", 0);
        FormMapping b2 = b.withLabel(1, b.labels().get(1).withField(null, null));
        edits = edits.with(edits.onto(b), b2);
        assertNull(edits.onto(form("Escola 3", 0)).labels().get(1).field(), "undone on the second sheet: undone");

        // The second "Total" (row 6) read as classrooms: on a sheet of the same shape, the second one.
        FormMapping c = form("Escola 4", 0);
        edits = edits.with(c, c.withLabel(3, c.labels().get(3).withField("classrooms.total", null)));
        FormMapping d = edits.onto(form("Escola 5", 0));
        assertNull(d.labels().get(2).field());
        assertEquals("classrooms.total", d.labels().get(3).field());
        // On a sheet whose rows are shifted, the first one of that text.
        FormMapping e = edits.onto(form("Escola 6", 1));
        assertEquals("classrooms.total", e.labels().get(2).field());
        assertNull(e.labels().get(3).field());

        // A new school-code label stops the old one, on every sheet.
        FormMapping f = form("Escola 7", 0);
        edits = edits.with(f, f.withLabel(1, f.labels().get(1).withField("school.code", null)));
        FormMapping g = edits.onto(form("Escola 8", 0));
        assertTrue(g.labels().get(1).key());
        assertFalse(g.labels().get(0).reads());
    }

    /** A school's form with one table of a row per grade under three banners, its title on row {@code shift + 3}. */
    private static FormMapping banded(String sheet, int shift) {
        return new FormMapping(sheet, List.of(label(sheet, shift, "Código da escola:", "school.code")),
                List.of(new GridMapping(shift + 4, 1, "Matriculados", "enrolment", "grade", "columns", null, List.of(),
                        0.8), new GridMapping(shift + 20, 0, "Professores", "enrolment", "age", "columns", null,
                        List.of(), 0.5)), null, Map.of(), List.of(), SchoolsPer.SHEET);
    }

    private static GridMapping part(int row, String band) {
        return new GridMapping(row, 0, "Quadro 2", "enrolment", "grade", "columns", null, List.of(band), 0.8);
    }

    @Test
    void aTableSplitByItsBannersIsSplitOnEverySheetAndEachBandKeepsItsTopic() {
        FormMapping a = banded("Escola 1", 0);
        FormMapping split = a.withGrids(0, 1, List.of(part(3, "Matriculados"), part(3, "Repetentes"),
                part(3, "Desistentes")));
        FormEdits edits = FormEdits.NONE.with(a, split);
        assertEquals(1, edits.splits().size());
        assertTrue(edits.grids().isEmpty(), "no table's topic changed yet: " + edits.grids());
        FormMapping set = split.withGrid(1, split.grids().get(1).withField("repeaters"))
                .withGrid(2, split.grids().get(2).withField(null));
        edits = edits.with(split, set);
        assertEquals(2, edits.grids().size(), "the repeaters and the drop-outs, by title and band: " + edits.grids());

        // Another school's sheet, its rows two lower: split the same way, each band read as set, the rest kept.
        FormMapping b = edits.onto(banded("Escola 2", 2));
        assertEquals(List.of("Matriculados", "Repetentes", "Desistentes", ""), b.grids().stream()
                .map(g -> String.join("/", g.band())).toList());
        assertEquals(java.util.Arrays.asList("enrolment", "repeaters", null, "enrolment"), b.grids().stream()
                .map(GridMapping::field).toList());
        assertEquals(List.of(5, 5, 5, 22), b.grids().stream().map(GridMapping::row).toList());
        // Shown again on the sheet where it was made, nothing changes twice.
        assertEquals(set.grids(), edits.onto(a).grids());
    }
}
