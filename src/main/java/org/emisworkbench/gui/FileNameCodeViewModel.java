package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.FormMapping;
import org.emisworkbench.template.LabelMapping;

/**
 * The school code read from the file's name ({@code "position": "fileName"}) on the mapping screen: offered for a
 * form of one school per workbook whose sheet labels no school code ({@code UG-31045_2024.xlsx} sent by the school);
 * chosen, the current form reads its code from the file's name, the code the name gives shown beside the choice and
 * in the preview. A name giving no code word, or several, is refused, saying so.
 */
final class FileNameCodeViewModel {
    private final BooleanProperty offered = new SimpleBooleanProperty();
    private final BooleanProperty chosen = new SimpleBooleanProperty();
    private final StringProperty code = new SimpleStringProperty("");
    private final Session session;
    private final MappingViewModel screen;

    FileNameCodeViewModel(Session session, MappingViewModel screen) {
        this.session = session;
        this.screen = screen;
    }

    /** Shows the choice for the current sheet's form {@code f} (null for a list), of a one-school workbook or not. */
    void show(FormMapping f, boolean oneSchool, Path file) {
        boolean fromName = f != null && f.labels().stream().anyMatch(LabelMapping::fromFileName);
        boolean labelled = f != null && f.labels().stream().anyMatch(l -> l.key() && !l.fromFileName());
        offered.set(f != null && oneSchool && !labelled);
        chosen.set(fromName);
        List<String> words = file == null ? List.of() : TemplateWorkshop.codeWordsOf(file);
        code.set(words.size() == 1 ? words.get(0) : "");
    }

    /**
     * Reads the current form's school code from the file's name ({@code true}) or no longer; false when nothing
     * changed: no form shown, the choice already so, or a file name without exactly one word that can be a code
     * (the officer told which).
     */
    boolean set(boolean fromName) {
        FormMapping f = screen.currentForm();
        Path file = screen.fileProperty().get();
        if (f == null || file == null || fromName == f.labels().stream().anyMatch(LabelMapping::fromFileName)) {
            return false;
        }
        String name = file.getFileName().toString();
        List<String> words = TemplateWorkshop.codeWordsOf(file);
        if (fromName && words.size() != 1) {
            session.notifier().info(session.t(words.isEmpty() ? "mapping.noCodeInFileName"
                    : "mapping.codesInFileName", name, String.join(", ", words)));
            chosen.set(false);
            return false;
        }
        screen.put(fromName ? f.withCodeFirst(LabelMapping.codeFromFileName(f.sheet(), name))
                : f.withoutLabels(LabelMapping::fromFileName));
        screen.showSheet();
        return true;
    }

    /** True for a form of one school whose sheet labels no school code: its code may come from the file's name. */
    BooleanProperty offered() {
        return offered;
    }

    /** True when the current form reads its school code from the file's name. */
    BooleanProperty chosen() {
        return chosen;
    }

    /** The code the file's name gives ("" when it gives none, or several). */
    StringProperty code() {
        return code;
    }
}
