package org.emisworkbench.maps;

/**
 * How the map is looked at: {@code zoom} times the size that fits the areas in the frame, moved by
 * {@code dx}, {@code dy} pixels. The screen changes it as the officer pans and zooms; a page uses {@link #FIT}.
 */
public record MapView(double zoom, double dx, double dy) {
    public static final MapView FIT = new MapView(1, 0, 0);

    public MapView {
        zoom = Math.max(0.5, Math.min(64, zoom));
    }

    public MapView panned(double byX, double byY) {
        return new MapView(zoom, dx + byX, dy + byY);
    }

    /** Zoomed by {@code factor} about the frame point (x, y) relative to the frame's centre, which stays put. */
    public MapView zoomed(double factor, double x, double y) {
        double z = Math.max(0.5, Math.min(64, zoom * factor));
        double f = z / zoom;
        return new MapView(z, x - (x - dx) * f, y - (y - dy) * f);
    }
}
