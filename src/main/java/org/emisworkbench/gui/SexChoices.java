package org.emisworkbench.gui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.emisworkbench.model.Sex;
import org.emisworkbench.template.CanonicalField;

/**
 * The sexes a column or label may be read as on the mapping screen: not given, girls or women ({@code F}), boys or men
 * ({@code M}), and, for teachers only, both sexes together ({@code "sex": "both"}: a return giving its teachers
 * without their sex, {@code Teachers: 9}; decision 0058), offered only for a field whose sex may go unreported.
 */
final class SexChoices {
    /** Both sexes together, as the template writes it. */
    static final String BOTH = Sex.BOTH_TOGETHER;

    private static final List<String> SEXES = List.of(MappingViewModel.IGNORE, "F", "M");
    private static final List<String> WITH_BOTH = List.of(MappingViewModel.IGNORE, "F", "M", BOTH);

    private SexChoices() {
    }

    /** True when {@code field} may be given for both sexes together (the teachers' counts). */
    static boolean allowsBoth(String field) {
        return field != null && CanonicalField.parse(field).map(f -> f.topic() != null
                && f.topic().sexMayBeUnreported()).orElse(false);
    }

    /** The sexes {@code field} may be read as: with both sexes together for the teachers' counts. */
    static List<String> of(String field) {
        return allowsBoth(field) ? WITH_BOTH : SEXES;
    }

    /** True unless {@code sex} is both sexes together for a field that always gives its sex. */
    static boolean fits(String field, String sex) {
        return !BOTH.equals(sex) || allowsBoth(field);
    }

    /**
     * A sex box for the field chosen in {@code field}: its choices follow the field (both sexes together for the
     * teachers' counts only), keeping the sex chosen when the new field allows it.
     */
    static ComboBox<String> following(ComboBox<String> field, Session session) {
        ComboBox<String> sex = new ComboBox<>(FXCollections.observableArrayList(of(null)));
        sex.setConverter(names(session));
        field.valueProperty().addListener((o, a, b) -> {
            String was = sex.getValue();
            sex.getItems().setAll(of(b));
            sex.setValue(sex.getItems().contains(was) ? was : MappingViewModel.IGNORE);
        });
        return sex;
    }

    /** The sexes in words: the letters as they are, both sexes together said. */
    static StringConverter<String> names(Session session) {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : BOTH.equals(s) ? session.t("mapping.sexBoth") : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
