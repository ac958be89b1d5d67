package org.emisworkbench.template;

import java.util.List;

/**
 * A labelled cell of a form's header block, e.g. "School code:" followed by the value in the next
 * non-blank cell to the right (or, failing that, below).
 */
public record LabelSpec(List<String> labels, String field, String sex, String codeList) {
    public LabelSpec {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
