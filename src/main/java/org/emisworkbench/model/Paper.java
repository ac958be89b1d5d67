package org.emisworkbench.model;

/** Paper sizes offered: A4 almost everywhere, Letter in the Americas. Sizes in PDF points. */
public enum Paper {
    A4(595f, 842f), LETTER(612f, 792f);

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }
}
