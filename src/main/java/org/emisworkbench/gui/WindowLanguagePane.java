package org.emisworkbench.gui;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;

/**
 * An error dialog's pane whose "Show details" link speaks the window's language: JavaFX's own link speaks
 * the computer's, so a French window showed "Show Details".
 */
final class WindowLanguagePane extends DialogPane {
    private final Session session;

    WindowLanguagePane(Session session) {
        this.session = session;
        getStyleClass().addAll("alert", "error");
    }

    @Override
    protected Node createDetailsButton() {
        if (session == null) {
            return super.createDetailsButton(); // asked for before this pane was set up
        }
        Hyperlink link = new Hyperlink();
        link.getStyleClass().setAll("details-button", "more");
        show(link, isExpanded());
        expandedProperty().addListener((o, a, b) -> show(link, b));
        link.setOnAction(e -> setExpanded(!isExpanded()));
        return link;
    }

    private void show(Hyperlink link, boolean expanded) {
        link.setText(session.t(expanded ? "error.hideDetails" : "error.showDetails"));
        link.getStyleClass().removeAll("more", "less");
        link.getStyleClass().add(expanded ? "less" : "more");
    }
}
