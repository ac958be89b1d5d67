package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.emisworkbench.model.Message;
import org.junit.jupiter.api.Test;

/**
 * Review 32 (D): a workbook of a form per sheet gave "Nothing to draft" as one line of 4,000 characters, each note
 * said once per sheet. Notes saying the same of several sheets are now said once, the sheets named together, in the
 * order the draft gave them; notes that differ in anything but the sheet stay apart.
 */
class DraftNotesBySheetsTest {
    @Test
    void theSameNoteOfSeveralSheetsIsSaidOnceNamingThemAll() {
        List<Message> notes = List.of(
                Message.of("draft.noHeader", "Cover", 20),
                Message.of("draft.noHeader", "School 1", 20),
                Message.of("draft.headerWordsUnknown", "School 1", "\"ថ្នាក់\""),
                Message.of("draft.noHeader", "School 2", 20),
                Message.of("draft.headerWordsUnknown", "School 2", "\"ថ្នាក់\""),
                Message.of("draft.headerWordsUnknown", "School 3", "\"other\""),
                Message.of("draft.noHeaderHint"));
        List<Message> grouped = TemplateWorkshop.bySheets(notes);
        assertEquals(List.of(
                Message.of("draft.noHeader", "Cover, School 1, School 2", 20),
                Message.of("draft.headerWordsUnknown", "School 1, School 2", "\"ថ្នាក់\""),
                Message.of("draft.headerWordsUnknown", "School 3", "\"other\""),
                Message.of("draft.noHeaderHint")), grouped);
    }

    @Test
    void aNoteOfOneSheetIsLeftAsItIs() {
        List<Message> notes = List.of(Message.of("draft.noHeader", "Enrolment", 20),
                Message.of("draft.sheetsNamedByCode", "A101, A102", "{}"));
        assertEquals(notes, TemplateWorkshop.bySheets(notes));
    }
}
