package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Message;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * The built-in grade list reads {@code KG} and {@code Kindergarten} as pre-primary ({@code PP}), the year before grade 1,
 * as most countries count it. In Myanmar, since its 2016 reform, KG is the first year of basic education and of primary
 * (review 32 B2); elsewhere a kindergarten may be two years. The draft keeps the built-in reading, which it cannot tell
 * from the form, and says at the first cell of each sheet naming KG what it made of it, so that the officer can change it.
 */
public final class KindergartenNote {
    /** Folded words naming a kindergarten year. */
    private static final Set<String> WORDS = Set.of("kg", "k g", "kindergarten", "kinder", "kg1", "kg2", "kg 1",
            "kg 2");

    private KindergartenNote() {
    }

    /** One note per sheet of {@code samples} whose cell (or a side or word of it) names KG and reads as pre-primary. */
    public static List<Message> notes(Map<String, List<List<Cell>>> samples) {
        List<Message> out = new ArrayList<>();
        CodeList grades = CodeLists.builtIn().require("grade");
        for (Map.Entry<String, List<List<Cell>>> e : samples.entrySet()) {
            Cell kg = first(e.getValue(), grades);
            if (kg != null) {
                out.add(Message.of("draft.kindergarten", e.getKey(), CellRef.a1(kg.row(), kg.col()),
                        TemplateDrafter.oneLine(kg.text()).strip(), grades.code(kgWord(kg.text()))));
            }
        }
        return out;
    }

    private static Cell first(List<List<Cell>> rows, CodeList grades) {
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() == CellKind.TEXT && kgWord(c.text()) != null
                        && String.valueOf(grades.code(kgWord(c.text()))).startsWith("PP")) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * The words of {@code text} naming KG ({@code KG}, {@code KG / သူငယ်တန်း}, {@code KG Boys}, {@code Kindergarten
     * Girls}), or null: the whole text, a side of a bilingual one, or its first word or two.
     */
    private static String kgWord(String text) {
        String f = HeaderText.fold(text);
        if (WORDS.contains(f)) {
            return f;
        }
        for (String side : HeaderText.bilingualSides(HeaderText.normalize(text))) {
            String s = HeaderText.fold(side);
            if (WORDS.contains(s)) {
                return s;
            }
        }
        String[] words = f.split(" ");
        if (words.length > 1 && WORDS.contains(words[0] + " " + words[1])) {
            return words[0] + " " + words[1];
        }
        return words.length > 1 && WORDS.contains(words[0]) ? words[0] : null;
    }
}
