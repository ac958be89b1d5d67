package org.emisworkbench.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CanonicalField;
import org.emisworkbench.template.FormMapping;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.template.LabelMapping;

/**
 * The sheets of a form on the mapping screen (and the sheets of labels beside a roster's lists): every
 * labelled cell found with the field it is read as, and every table by age, grade and sex with its topic.
 */
final class FormMappingViewModel {
    /** Topics a table can hold. */
    static final List<String> GRID_TOPICS = java.util.Arrays.stream(Topic.values()).filter(Topic::graded)
            .map(Topic::code).toList();

    private final Map<String, FormMapping> forms = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();
    private final ObservableList<LabelMapping> labels = FXCollections.observableArrayList();
    private final ObservableList<GridMapping> grids = FXCollections.observableArrayList();
    private final ObservableList<String> labelFields = FXCollections.observableArrayList();
    private final ObservableList<String> gridFields = FXCollections.observableArrayList();
    /** How a sheet's form is shown and read, and who is told of a change (one school per sheet: on every sheet). */
    private java.util.function.UnaryOperator<FormMapping> view = f -> f;
    private java.util.function.BiConsumer<FormMapping, FormMapping> edited = (before, after) -> { };

    FormMappingViewModel() {
        labelFields.add(MappingViewModel.IGNORE);
        labelFields.add(MappingViewModel.KEY);
        labelFields.addAll(CanonicalField.all().stream().filter(f -> !f.equals(MappingViewModel.KEY))
                .filter(f -> CanonicalField.parse(f).map(c -> c.kind() == CanonicalField.Kind.SCHOOL
                        || c.kind() == CanonicalField.Kind.FIXED).orElse(false)).toList());
        gridFields.add(MappingViewModel.IGNORE);
        gridFields.addAll(GRID_TOPICS);
    }

    /**
     * Starts again from the guesses; a sheet is taken when {@code take} says so (a form: anything read; a
     * roster's labels: the sheets that are not lists and read something).
     */
    void load(List<FormMapping> guessed, java.util.function.Predicate<FormMapping> take) {
        forms.clear();
        used.clear();
        for (FormMapping f : guessed) {
            forms.put(f.sheet(), f);
            if (take.test(f)) {
                used.add(f.sheet());
            }
        }
        labels.clear();
        grids.clear();
    }

    /**
     * Shows and reads each sheet's form through {@code shownAs}, and tells {@code changed} of every change made (the
     * form as shown before, as changed).
     */
    void follow(java.util.function.UnaryOperator<FormMapping> shownAs,
                java.util.function.BiConsumer<FormMapping, FormMapping> changed) {
        this.view = shownAs;
        this.edited = changed;
    }

    /** The sheets' forms and which are taken, to be put back by {@link #restore} (the screen's undo). */
    record State(Map<String, FormMapping> forms, Set<String> used) {
    }

    State state() {
        return new State(new LinkedHashMap<>(forms), new LinkedHashSet<>(used));
    }

    void restore(State s) {
        forms.clear();
        forms.putAll(s.forms());
        used.clear();
        used.addAll(s.used());
    }

    void show(String sheet) {
        FormMapping f = mapping(sheet);
        labels.setAll(f == null ? List.of() : f.labels());
        grids.setAll(f == null ? List.of() : f.grids());
    }

    /** A sheet's form as shown and read, or null. */
    FormMapping mapping(String sheet) {
        FormMapping f = sheet == null ? null : forms.get(sheet);
        return f == null ? null : view.apply(f);
    }

    /** Replaces a sheet's mapping and takes the sheet into the template. */
    void put(FormMapping f) {
        FormMapping before = mapping(f.sheet());
        forms.put(f.sheet(), f);
        used.add(f.sheet());
        if (before != null) {
            edited.accept(before, f);
        }
        show(f.sheet());
    }

    boolean uses(String sheet) {
        return sheet != null && used.contains(sheet);
    }

    boolean setUsed(String sheet, boolean use) {
        if (!forms.containsKey(sheet)) {
            return false;
        }
        if (use) {
            used.add(sheet);
        } else {
            used.remove(sheet);
        }
        return true;
    }

    /** Sets what label {@code index} of a sheet is read as ({@link MappingViewModel#IGNORE}: not read). */
    boolean setLabel(String sheet, int index, String field, String sex) {
        return setLabel(sheet, index, field, sex, l -> l);
    }

    /**
     * As {@link #setLabel(String, int, String, String)}, the label then placed by {@code place} (its value inside its
     * own cell or not); false when {@code place} refuses it (null).
     */
    boolean setLabel(String sheet, int index, String field, String sex,
                     java.util.function.UnaryOperator<LabelMapping> place) {
        FormMapping f = mapping(sheet);
        if (f == null || index < 0 || index >= f.labels().size()) {
            return false;
        }
        String chosen = field == null || MappingViewModel.IGNORE.equals(field) ? null : field.strip();
        String s = sex == null || sex.isBlank() || MappingViewModel.IGNORE.equals(sex) ? null : sex.strip();
        LabelMapping placed = place.apply(f.labels().get(index).withField(chosen, s));
        if (placed == null) {
            return false;
        }
        put(f.withLabel(index, placed));
        return true;
    }

    /** Sets the topic of table {@code index} of a sheet ({@link MappingViewModel#IGNORE}: not read). */
    boolean setGrid(String sheet, int index, String topic) {
        FormMapping f = mapping(sheet);
        if (f == null || index < 0 || index >= f.grids().size()) {
            return false;
        }
        String chosen = topic == null || MappingViewModel.IGNORE.equals(topic) ? null : topic.strip();
        put(f.withGrid(index, f.grids().get(index).withField(chosen)));
        return true;
    }

    /**
     * Splits table {@code index} of a sheet into the topics side by side under its banners, as {@code splitter}
     * finds them (one table per banner, each with its band); false when it finds no two banners.
     */
    boolean split(String sheet, int index, java.util.function.Function<GridMapping, List<GridMapping>> splitter) {
        FormMapping f = mapping(sheet);
        if (f == null || index < 0 || index >= f.grids().size()) {
            return false;
        }
        List<GridMapping> parts = splitter.apply(f.grids().get(index));
        if (parts.size() < 2) {
            return false;
        }
        put(f.withGrids(index, 1, parts));
        return true;
    }

    /** The sheets taken, in the workbook's order. */
    List<FormMapping> chosen(List<String> order, java.util.function.Predicate<String> except) {
        List<FormMapping> out = new ArrayList<>();
        for (String name : order) {
            if (used.contains(name) && forms.containsKey(name) && !except.test(name)) {
                out.add(mapping(name));
            }
        }
        return out;
    }

    ObservableList<LabelMapping> labels() {
        return labels;
    }

    ObservableList<GridMapping> grids() {
        return grids;
    }

    ObservableList<String> labelFields() {
        return labelFields;
    }

    ObservableList<String> gridFields() {
        return gridFields;
    }
}
