package org.emisworkbench.gui;

import javafx.util.Subscription;

/**
 * What the screens of one build listen to on the view-models, which outlive them. The window builds its
 * screens again for each language and drops the subscriptions of the screens it replaces, so an old
 * screen neither reacts (drawing charts nobody sees) nor stays in memory. A view subscribes to a
 * view-model only through here; listeners on its own controls need nothing, they go with the controls.
 */
final class Subscriptions {
    private Subscription all = Subscription.EMPTY;

    /** Keeps {@code s} until {@link #drop()}; returns it for chaining. */
    Subscription add(Subscription s) {
        all = all.and(s);
        return s;
    }

    /** Ends every subscription added so far. */
    void drop() {
        all.unsubscribe();
        all = Subscription.EMPTY;
    }
}
