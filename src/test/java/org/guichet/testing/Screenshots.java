package org.guichet.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/** Saves what a screen shows as PNG under target/screenshots when the build runs with -Dguichet.screenshots=true. */
public final class Screenshots {

    private static final Path DIRECTORY = Path.of("target", "screenshots");

    private Screenshots() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean("guichet.screenshots");
    }

    /** The window as the user sees it. Must run on the FX thread. */
    public static void save(Scene scene, String name) {
        write(scene.snapshot(null), name);
    }

    /** A whole node, beyond the window's height (a long page), on the theme's background. Must run on the FX thread. */
    public static void saveWhole(Node node, String name) {
        SnapshotParameters parameters = new SnapshotParameters();
        Parent root = node.getScene().getRoot();
        parameters.setFill(root instanceof Region region && region.getBackground() != null
                ? region.getBackground().getFills().get(0).getFill() : Color.WHITE);
        write(node.snapshot(parameters, null), name);
    }

    private static void write(Image image, String name) {
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
