package org.emisworkbench.gui;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.emisworkbench.service.TemplateCatalog.FileMatch;

/** A file waiting to be imported: how the templates fit it, and the template the officer keeps for it. */
public final class ImportFile {
    private final FileMatch match;
    private final ObjectProperty<String> choice;

    ImportFile(FileMatch match, String choice) {
        this.match = match;
        this.choice = new SimpleObjectProperty<>(choice);
    }

    public Path file() {
        return match.file();
    }

    public FileMatch match() {
        return match;
    }

    /** The template id to import with; starts as the best fit (null when none fits). */
    public ObjectProperty<String> choiceProperty() {
        return choice;
    }

    /** True when the officer chose another template than the one matching would use. */
    public boolean changed() {
        return choice.get() != null && !choice.get().equals(match.best());
    }

    /** The chosen template's fit, or null when it was not ranked (the file could not be read). */
    public FileMatch.Choice chosenFit() {
        return match.choices().stream().filter(c -> c.templateId().equals(choice.get())).findFirst().orElse(null);
    }
}
