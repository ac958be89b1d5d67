package org.emisworkbench.model;

import java.util.List;

/**
 * A message argument shown as one item a line ("\n  - item"), such as every problem of a template.
 * Kept as a list, not pre-joined text, so that the command line can make each item's own control
 * characters visible without also escaping the line breaks between items.
 */
public record BulletList(List<?> items) {
    public BulletList {
        items = List.copyOf(items);
    }
}
