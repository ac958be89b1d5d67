package org.emisworkbench.gui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.emisworkbench.maps.MapPicture;
import org.emisworkbench.maps.MapView;

/**
 * The Map screen's canvas, drawn off the JavaFX thread: the picture is drawn through Java2D into an image
 * on a worker (the same drawing as the PDF's, decision 0019) and the JavaFX thread only copies the finished
 * pixels in, so 50,000 schools do not hold the window while the officer pans or zooms. While a drawing is
 * under way the last image is shown moved by the pan since; one drawing runs at a time and, when it ends,
 * the newest view is drawn if it changed meanwhile.
 */
final class MapCanvas {
    /** What one image shows: picture, size and view; the scale is the screen's pixels per canvas unit. */
    private record Frame(MapPicture picture, double width, double height, double scale, MapView view) {
    }

    private record Drawn(Frame frame, int width, int height, int[] argb) {
    }

    private final Canvas canvas;
    private final Session session;
    private final java.util.function.BiConsumer<MapPicture, MapView> shown;
    private Frame wanted;
    private Frame drawing;
    private Frame onScreen;
    private WritableImage image;

    /** @param shown told on the JavaFX thread of each picture and view put on screen (a hover is looked up again) */
    MapCanvas(Canvas canvas, Session session, java.util.function.BiConsumer<MapPicture, MapView> shown) {
        this.canvas = canvas;
        this.session = session;
        this.shown = shown;
    }

    /** Shows {@code picture} in {@code view} at the canvas's size: at once what can be, the rest once drawn. */
    void show(MapPicture picture, MapView view) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (picture == null || w < 1 || h < 1) {
            wanted = null;
            onScreen = null;
            image = null;
            canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
            shown.accept(null, null);
            return;
        }
        double scale = canvas.getScene() == null || canvas.getScene().getWindow() == null ? 1
                : Math.max(1, canvas.getScene().getWindow().getOutputScaleX());
        wanted = new Frame(picture, w, h, scale, view);
        paintMoved();
        if (drawing == null && !wanted.equals(onScreen)) {
            draw(wanted);
        }
    }

    /** The last image moved by the pan made since it was drawn (same picture, size and zoom), else as it was. */
    private void paintMoved() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        if (image == null || onScreen == null) {
            return;
        }
        double dx = 0;
        double dy = 0;
        if (onScreen.picture() == wanted.picture() && onScreen.width() == wanted.width()
                && onScreen.height() == wanted.height() && onScreen.view().zoom() == wanted.view().zoom()) {
            dx = wanted.view().dx() - onScreen.view().dx();
            dy = wanted.view().dy() - onScreen.view().dy();
        }
        gc.setFill(javafx.scene.paint.Color.WHITE);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.drawImage(image, dx, dy, onScreen.width(), onScreen.height());
    }

    private void draw(Frame f) {
        drawing = f;
        session.runner().fetch((p, c) -> render(f), d -> {
            drawing = null;
            if (wanted == null) {
                return; // the map was taken away meanwhile
            }
            WritableImage img = new WritableImage(d.width(), d.height());
            img.getPixelWriter().setPixels(0, 0, d.width(), d.height(), PixelFormat.getIntArgbPreInstance(),
                    d.argb(), 0, d.width());
            image = img;
            onScreen = d.frame();
            // Hover and click look things up where this image shows them.
            d.frame().picture().shown(new Rectangle2D.Double(0, 0, d.frame().width(), d.frame().height()),
                    d.frame().view());
            paintMoved();
            shown.accept(onScreen.picture(), onScreen.view());
            if (!wanted.equals(onScreen)) {
                draw(wanted);
            }
        }, e -> {
            drawing = null;
            session.fail(session.t("map.failed"), e);
        });
    }

    /** Off the JavaFX thread: the picture drawn into pixels at the screen's scale. */
    private static Drawn render(Frame f) {
        int w = (int) Math.ceil(f.width() * f.scale());
        int h = (int) Math.ceil(f.height() * f.scale());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(f.scale(), f.scale());
            f.picture().drawOffScreen(g, new Rectangle2D.Double(0, 0, f.width(), f.height()), f.view());
        } finally {
            g.dispose();
        }
        return new Drawn(f, w, h, ((DataBufferInt) img.getRaster().getDataBuffer()).getData());
    }
}
