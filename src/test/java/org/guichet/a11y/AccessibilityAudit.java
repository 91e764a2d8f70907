package org.guichet.a11y;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Walks a laid-out scene graph the way an accessibility reviewer would and lists what fails:
 * controls without a name or a meaningful role, targets under 44 × 44 px, text contrast under
 * 4.5:1 (3:1 for large text, icons and focus rings), text cut with an ellipsis, content wider than
 * the screen, and a screen without a heading.
 */
public final class AccessibilityAudit {

    public static final double MIN_TARGET_PX = 44;
    static final double NORMAL_TEXT_RATIO = 4.5;
    static final double LARGE_TEXT_RATIO = 3.0;
    private static final Set<AccessibleRole> NOT_INTERACTIVE_ROLES =
            Set.of(AccessibleRole.NODE, AccessibleRole.PARENT, AccessibleRole.TEXT, AccessibleRole.IMAGE_VIEW);

    /** One failure: which rule, on which node, and what was measured. */
    public record Violation(String rule, String node, String detail) {
        @Override
        public String toString() {
            return rule + " on " + node + ": " + detail;
        }
    }

    private final List<Violation> violations = new ArrayList<>();
    private final double sceneWidth;
    private boolean headingFound;

    private AccessibilityAudit(double sceneWidth) {
        this.sceneWidth = sceneWidth;
    }

    /** Audits {@code root}, which must be in a shown scene with CSS applied and laid out. */
    public static List<Violation> audit(Parent root) {
        AccessibilityAudit audit = new AccessibilityAudit(root.getScene().getWidth());
        audit.visit(root);
        if (!audit.headingFound) {
            audit.violations.add(new Violation("heading", describe(root), "no node is marked as a heading"));
        }
        return List.copyOf(audit.violations);
    }

    private void visit(Node node) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (isInteractive(node)) {
            checkName(node);
            checkRole(node);
            checkTargetSize(node);
        }
        if (node instanceof Labeled labeled) {
            checkTruncation(labeled);
            if (labeled.getAccessibleRoleDescription() != null && !labeled.getText().isBlank()) {
                headingFound = true;
            }
        }
        if (node instanceof Text text && !text.getText().isBlank()) {
            checkTextContrast(text);
            checkReflow(text);
        } else if (node instanceof Shape shape && node.getStyleClass().contains("icon")) {
            checkContrast(shape, shape.getFill(), LARGE_TEXT_RATIO, "icon");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::visit);
        }
    }

    static boolean isInteractive(Node node) {
        if (node.isDisabled()) {
            return false;
        }
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase
                || node instanceof Slider || node.getOnMouseClicked() != null
                || node instanceof Control && node.isFocusTraversable();
    }

    private void checkName(Node node) {
        if (AccessibleNames.of(node).isEmpty()) {
            violations.add(new Violation("name", describe(node), "interactive control has no accessible name"));
        }
    }

    private void checkRole(Node node) {
        AccessibleRole role = node.getAccessibleRole();
        if (role == null || NOT_INTERACTIVE_ROLES.contains(role)) {
            violations.add(new Violation("role", describe(node), "interactive control has role " + role));
        }
    }

    private void checkTargetSize(Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getWidth() < MIN_TARGET_PX - 0.5 || bounds.getHeight() < MIN_TARGET_PX - 0.5) {
            violations.add(new Violation("target-size", describe(node),
                    String.format("%.0f × %.0f px, needs %.0f × %.0f", bounds.getWidth(), bounds.getHeight(),
                            MIN_TARGET_PX, MIN_TARGET_PX)));
        }
    }

    private void checkTruncation(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isEmpty()) {
            return;
        }
        Node shown = labeled.lookup(".text");
        if (!(shown instanceof Text text)) {
            return;
        }
        if (!full.equals(text.getText())) {
            violations.add(new Violation("truncated", describe(labeled), "shows \"" + text.getText() + "\""));
        } else if (text.getWrappingWidth() > 0) {
            checkWordsFit(labeled, text);
        }
    }

    /**
     * A wrapped text whose wrapping width is narrower than one of its words breaks that word.
     * JavaFX may wrap after a hyphen, so "Bourgogne-Franche-Comté" is three pieces here.
     */
    private void checkWordsFit(Labeled labeled, Text shown) {
        Text measure = new Text();
        measure.setFont(shown.getFont());
        for (String word : shown.getText().split("\\s+|(?<=-)")) {
            measure.setText(word);
            if (measure.getLayoutBounds().getWidth() > shown.getWrappingWidth() + 0.5) {
                violations.add(new Violation("word-break", describe(labeled),
                        String.format("\"%s\" is %.0f px wide but the text wraps at %.0f px", word,
                                measure.getLayoutBounds().getWidth(), shown.getWrappingWidth())));
                return;
            }
        }
    }

    private void checkReflow(Text text) {
        Bounds bounds = text.localToScene(text.getLayoutBounds());
        if (!insideHorizontalScroll(text) && (bounds.getMinX() < -0.5 || bounds.getMaxX() > sceneWidth + 0.5)) {
            violations.add(new Violation("reflow", describe(text),
                    String.format("text spans x %.0f–%.0f outside the %.0f px screen", bounds.getMinX(), bounds.getMaxX(),
                            sceneWidth)));
        }
        for (Node up = text.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll && scroll.getVbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER) {
                Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
                if (bounds.getMinY() < viewport.getMinY() - 0.5 || bounds.getMaxY() > viewport.getMaxY() + 0.5) {
                    violations.add(new Violation("clipped", describe(text),
                            String.format("text spans y %.0f–%.0f, its area shows %.0f–%.0f", bounds.getMinY(),
                                    bounds.getMaxY(), viewport.getMinY(), viewport.getMaxY())));
                }
            }
        }
    }

    private static boolean insideHorizontalScroll(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll && scroll.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER) {
                return true;
            }
        }
        return false;
    }

    private void checkTextContrast(Text text) {
        double size = text.getFont().getSize();
        boolean bold = isBold(text);
        boolean large = size >= 24 || bold && size >= 18.66;
        checkContrast(text, text.getFill(), large ? LARGE_TEXT_RATIO : NORMAL_TEXT_RATIO, "text");
    }

    private static boolean isBold(Text text) {
        String style = text.getFont().getStyle().toLowerCase();
        return style.contains("bold") || FontWeight.findByName(style) == FontWeight.BOLD;
    }

    private void checkContrast(Node node, Paint fill, double required, String what) {
        if (!(fill instanceof Color foreground)) {
            violations.add(new Violation("contrast", describe(node), what + " fill is not a plain colour: " + fill));
            return;
        }
        Color background = Contrast.backgroundBehind(node);
        Color shown = Contrast.over(foreground, background);
        double ratio = Contrast.ratio(shown, background);
        if (ratio < required - 0.005) {
            violations.add(new Violation("contrast", describe(node),
                    String.format("%s %s on %s is %.2f:1, needs %.1f:1", what, Contrast.hex(shown), Contrast.hex(background),
                            ratio, required)));
        }
    }

    static String describe(Node node) {
        String text = node instanceof Labeled labeled ? labeled.getText()
                : node instanceof Text t ? t.getText() : AccessibleNames.of(node);
        String label = text == null || text.isBlank() ? "" : " \"" + abbreviate(text) + "\"";
        return node.getClass().getSimpleName() + label + (node.getStyleClass().isEmpty() ? "" : " " + node.getStyleClass());
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    /** WCAG 2 relative luminance and contrast ratio, and the colour actually painted behind a node. */
    static final class Contrast {

        private Contrast() {
        }

        static double ratio(Color a, Color b) {
            double la = luminance(a);
            double lb = luminance(b);
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
        }

        static double luminance(Color color) {
            return 0.2126 * channel(color.getRed()) + 0.7152 * channel(color.getGreen()) + 0.0722 * channel(color.getBlue());
        }

        private static double channel(double value) {
            return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        }

        static Color over(Color top, Color bottom) {
            double alpha = top.getOpacity();
            return Color.color(
                    top.getRed() * alpha + bottom.getRed() * (1 - alpha),
                    top.getGreen() * alpha + bottom.getGreen() * (1 - alpha),
                    top.getBlue() * alpha + bottom.getBlue() * (1 - alpha));
        }

        /** The colour painted under the centre of {@code node}: the topmost region fill that covers it. */
        static Color backgroundBehind(Node node) {
            Bounds own = node.localToScene(node.getLayoutBounds());
            double x = own.getCenterX();
            double y = own.getCenterY();
            List<Color> layers = new ArrayList<>();
            for (Node up = node instanceof Region ? node : node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof Region region && region.getBackground() != null) {
                    List<BackgroundFill> fills = region.getBackground().getFills();
                    for (int i = fills.size() - 1; i >= 0; i--) {
                        BackgroundFill fill = fills.get(i);
                        if (fill.getFill() instanceof Color color && color.getOpacity() > 0 && covers(region, fill.getInsets(), x, y)) {
                            layers.add(color);
                            if (color.isOpaque()) {
                                return flatten(layers);
                            }
                        }
                    }
                }
            }
            layers.add(node.getScene().getFill() instanceof Color sceneFill ? sceneFill : Color.WHITE);
            return flatten(layers);
        }

        private static boolean covers(Region region, Insets insets, double x, double y) {
            Bounds bounds = region.localToScene(region.getLayoutBounds());
            return x >= bounds.getMinX() + insets.getLeft() && x <= bounds.getMaxX() - insets.getRight()
                    && y >= bounds.getMinY() + insets.getTop() && y <= bounds.getMaxY() - insets.getBottom();
        }

        private static Color flatten(List<Color> topToBottom) {
            Color result = topToBottom.get(topToBottom.size() - 1);
            for (int i = topToBottom.size() - 2; i >= 0; i--) {
                result = over(topToBottom.get(i), result);
            }
            return result;
        }

        static String hex(Color color) {
            return String.format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                    Math.round(color.getBlue() * 255));
        }
    }
}
