package org.emisworkbench.gui;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The choice to read a one-school form's code from the file's name ({@link FileNameCodeViewModel}), with the code the
 * name gives: shown for a form without a labelled school code, applied as it is ticked (Space, or Alt and the
 * underlined letter) and undone with Ctrl+Z.
 */
final class FileNameCodePane {
    private FileNameCodePane() {
    }

    static HBox build(Session session, FileNameCodeViewModel vm) {
        CheckBox fromName = new CheckBox(session.t("mapping.codeFromFileName"));
        fromName.setId("mappingCodeFromFileName");
        fromName.setMnemonicParsing(true);
        fromName.setSelected(vm.chosen().get());
        vm.chosen().addListener((o, a, b) -> fromName.setSelected(b));
        fromName.setOnAction(e -> {
            if (!vm.set(fromName.isSelected())) {
                fromName.setSelected(vm.chosen().get());
            }
        });
        Label code = new Label();
        code.setId("mappingFileNameCode");
        code.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.code().get().isEmpty() ? ""
                : session.t("mapping.codeFromFileName.value", vm.code().get()), vm.code()));
        HBox bar = new HBox(8, fromName, code);
        bar.visibleProperty().bind(vm.offered());
        bar.managedProperty().bind(vm.offered());
        return bar;
    }
}
