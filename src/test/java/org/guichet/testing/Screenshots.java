package org.guichet.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a scene as PNG under target/screenshots when the build runs with -Dguichet.screenshots=true. */
public final class Screenshots {

    private static final Path DIRECTORY = Path.of("target", "screenshots");

    private Screenshots() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean("guichet.screenshots");
    }

    /** Must run on the FX thread. */
    public static void save(Scene scene, String name) {
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, width, height, pixels, 0, width);
        try {
            Files.createDirectories(DIRECTORY);
            ImageIO.write(png, "png", DIRECTORY.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save screenshot " + name, e);
        }
    }
}
