package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A district's workbook of its schools' forms, one sheet per school, each sheet named by the school's code
 * ({@code 40101}, {@code TG-2201}) and no code written on the form: the draft takes the code from each sheet's
 * name ({@code "position": "sheetName"}, {@link SheetNameLabels}) and reads the first sheet's form on every sheet
 * ({@link SchoolsPer#SHEET}). Two sheets or more must be named like codes and be the same form (at least half of
 * what is read on them the same: labels and table titles), so that a workbook of one school whose sheets carry a
 * year ({@code Enrolment 2024}) is not taken for several schools.
 */
final class SheetNamedForms {
    /** Share of one form's labels and tables another sheet must also have to be the same form. */
    private static final double SAME_FORM = 0.5;
    /** How sure the guess is: the names look like codes, but only the officer knows they are the schools' codes. */
    private static final double CONFIDENCE = 0.8;

    private SheetNamedForms() {
    }

    /**
     * The forms as guessed, with the sheets named like school codes given their code from their name, when no form
     * labels its code; else the forms unchanged.
     */
    static List<FormMapping> apply(List<FormMapping> forms) {
        if (forms.stream().anyMatch(FormMapping::hasKey)) {
            return forms;
        }
        List<FormMapping> named = forms.stream()
                .filter(f -> codeLike(f.sheet()) && f.readsAnything()).toList();
        if (named.size() < 2) {
            return forms;
        }
        Map<Set<String>, Integer> shapes = new HashMap<>();
        named.forEach(f -> shapes.merge(shape(f), 1, Integer::sum));
        Set<String> common = shapes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Set<String> same = new LinkedHashSet<>();
        for (FormMapping f : named) {
            if (sameForm(common, shape(f))) {
                same.add(f.sheet());
            }
        }
        if (same.size() < 2) {
            return forms;
        }
        List<FormMapping> out = new ArrayList<>();
        for (FormMapping f : forms) {
            if (!same.contains(f.sheet())) {
                out.add(f);
                continue;
            }
            out.add(f.withCodeFirst(LabelMapping.codeFromSheetName(f.sheet(), CONFIDENCE))
                    .withSchools(SchoolsPer.SHEET));
        }
        return out;
    }

    /**
     * Whether a sheet's name looks like a school's code to the draft: as the import judges it ({@link
     * SheetNameLabels#couldBeCode}), and one word: {@code Form 1}, {@code EPP Kara 2} or {@code Enrolment 2024} name a
     * form, a school or a year, and the officer would rather write that template by hand than have it guessed.
     */
    static boolean codeLike(String sheet) {
        return SheetNameLabels.couldBeCode(sheet) && sheet.strip().chars().noneMatch(Character::isWhitespace);
    }

    /** What is read on a form, as compared: its labels' texts with their fields, and its tables' titles. */
    private static Set<String> shape(FormMapping f) {
        Set<String> out = new LinkedHashSet<>();
        f.labels().stream().filter(LabelMapping::reads)
                .forEach(l -> out.add("label|" + HeaderText.normalizeLabel(l.label()) + "|" + l.field()));
        f.grids().stream().filter(GridMapping::reads)
                .forEach(g -> out.add("grid|" + HeaderText.normalizeLabel(g.title()) + "|" + g.field()));
        return out;
    }

    private static boolean sameForm(Set<String> common, Set<String> shape) {
        if (common.isEmpty() || shape.isEmpty()) {
            return false;
        }
        long shared = shape.stream().filter(common::contains).count();
        return shared >= SAME_FORM * Math.max(common.size(), shape.size());
    }
}
