package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A grade's streams as columns of a row per school ({@code Form 1 East Boys | Form 1 East Girls | Form 1 West Boys},
 * or {@code Form 1} merged over {@code East | West} over {@code Boys | Girls}, as Kenya's secondary returns give them):
 * a header that means a grade and a sex once one word between them, the stream's name, is left out. The streams of
 * one grade and sex are its parts: their sum is the figure ({@code sumOf} with the grade and sex), a lone stream the
 * figure itself. Only columns the draft left unread are looked at, and only a figure no other column gives: a
 * {@code Form 1 Boys} beside the streams is read as written, the streams then left for the officer.
 */
final class StreamColumns {
    private StreamColumns() {
    }

    /** A header's stream ({@code East}) and what the header means without it (Grade 9, boys). */
    record Stream(String name, DraftVocabulary.Guess guess) {
    }

    /**
     * The stream a header names between a grade and a sex ({@code Form 1 East Boys}): the one word (letters only, and
     * meaning nothing alone) whose leaving out makes the header a count of one grade and sex; null when none does.
     */
    static Stream of(String header, java.util.function.Function<String, DraftVocabulary.Guess> guess) {
        String[] words = TemplateDrafter.oneLine(header).split(" ");
        for (int i = 1; i < words.length - 1; i++) {
            if (!words[i].matches("\\p{L}+")) {
                continue;
            }
            List<String> rest = new ArrayList<>(List.of(words));
            rest.remove(i);
            DraftVocabulary.Guess g = guess.apply(String.join(" ", rest));
            if (g != null && !g.key() && !g.total() && g.grade() != null && g.sex() != null
                    && guess.apply(words[i]) == null) {
                return new Stream(words[i], g);
            }
        }
        return null;
    }

    /** A column read once a stream's word is left out of its header. */
    private record Part(ColumnMapping column, DraftVocabulary.Guess guess) {
    }

    /**
     * The columns with the lone streams read, and the sums of the others added to {@code sums}.
     *
     * @param guess what a header means to the draft (the years of primary applied), or null
     */
    static List<ColumnMapping> apply(List<ColumnMapping> columns, List<SumMapping> sums,
                                     java.util.function.Function<String, DraftVocabulary.Guess> guess) {
        Set<String> given = new java.util.HashSet<>();
        for (ColumnMapping c : columns) {
            if (c.reads() && !c.key()) {
                given.add(WideColumnGuesses.meaning(c.field(), c.sex(), c.grade(), c.age()));
            }
        }
        Map<String, List<Part>> byMeaning = new LinkedHashMap<>();
        Map<String, Set<String>> streams = new LinkedHashMap<>();
        for (ColumnMapping c : columns) {
            if (c.reads() || c.leftOut() || c.header() == null) {
                continue;
            }
            Stream s = of(c.header(), guess);
            if (s == null) {
                continue;
            }
            DraftVocabulary.Guess g = s.guess();
            String meaning = WideColumnGuesses.meaning(g.field(), g.sex(), g.grade(), g.age());
            if (!given.contains(meaning)) {
                byMeaning.computeIfAbsent(meaning, k -> new ArrayList<>()).add(new Part(c, g));
                streams.computeIfAbsent(meaning, k -> new LinkedHashSet<>()).add(HeaderText.fold(s.name()));
            }
        }
        // Streams come several to a grade somewhere on the sheet: one odd word in a lone header is no stream.
        if (byMeaning.values().stream().noneMatch(p -> p.size() >= 2)) {
            return columns;
        }
        List<ColumnMapping> out = new ArrayList<>(columns);
        for (Map.Entry<String, List<Part>> e : byMeaning.entrySet()) {
            List<Part> parts = e.getValue();
            if (streams.get(e.getKey()).size() != parts.size()) {
                continue; // one stream named twice for one figure: which is meant is the officer's to say
            }
            DraftVocabulary.Guess g = parts.get(0).guess();
            if (parts.size() == 1) {
                ColumnMapping c = parts.get(0).column();
                out.set(out.indexOf(c), new ColumnMapping(c.col(), c.header(), g.field(), false, false, g.sex(),
                        g.grade(), g.age(), null, g.confidence()));
            } else {
                sums.add(new SumMapping(g.field(), g.sex(), parts.stream().map(p -> TemplateDrafter.oneLine(
                        p.column().header())).toList(), null, g.grade(), false));
            }
        }
        return out;
    }
}
