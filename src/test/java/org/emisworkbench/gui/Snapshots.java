package org.emisworkbench.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Scene snapshots to PNG, taken headless. They go to target/screenshots, or to the folder named by
 * the system property {@code emis.screenshots} (docs/images for the user guide).
 */
final class Snapshots {
    private Snapshots() {
    }

    static Path folder() {
        return Path.of(System.getProperty("emis.screenshots", "target/screenshots"));
    }

    static Path take(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Files.createDirectories(folder());
            Path out = folder().resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
