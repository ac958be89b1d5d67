package org.emisworkbench.gui;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.collections.ObservableList;

/**
 * Brings a list shown in a choice box to new contents by removing and inserting single items, never
 * by replacing them all: a combo box whose items are replaced drops (or silently changes) its shown
 * value while the screen keeps using the old one, so the box and the screen disagree.
 */
final class ListUpdate {
    private ListUpdate() {
    }

    static <T> void to(ObservableList<T> list, List<T> wanted) {
        if (list.equals(wanted)) {
            return;
        }
        Set<T> keep = new HashSet<>(wanted);
        list.removeIf(x -> !keep.contains(x));
        for (int i = 0; i < wanted.size(); i++) {
            T w = wanted.get(i);
            if (i < list.size() && Objects.equals(list.get(i), w)) {
                continue;
            }
            int at = indexFrom(list, w, i);
            if (at >= 0) {
                list.remove(at); // out of order: moved, which replaces only this item
            }
            list.add(i, w);
        }
        while (list.size() > wanted.size()) {
            list.remove(list.size() - 1); // duplicates of the old list
        }
    }

    private static <T> int indexFrom(List<T> list, T item, int from) {
        for (int i = from; i < list.size(); i++) {
            if (Objects.equals(list.get(i), item)) {
                return i;
            }
        }
        return -1;
    }
}
