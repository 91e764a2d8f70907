package org.guichet.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.guichet.testing.Fx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The audit itself: each rule must catch the mistake it exists for, and pass a correct screen. */
@Timeout(60)
class AccessibilityAuditTest {

    private Stage stage;

    @BeforeAll
    static void toolkit() {
        Fx.startToolkit();
    }

    @AfterEach
    void close() {
        if (stage != null) {
            Fx.run(stage::close);
        }
    }

    @Test
    void aCorrectScreenPasses() {
        assertThat(audit(screen(bigButton("Rechercher")))).isEmpty();
    }

    @Test
    void anIconButtonWithoutAccessibleNameFails() {
        Button icon = bigButton("");
        assertThat(rules(audit(screen(icon)))).containsExactly("name");
    }

    @Test
    void breakingAButtonsAccessibleNameFails() {
        Button icon = bigButton("");
        icon.setAccessibleText("Paramètres");
        VBox root = screen(icon);
        assertThat(audit(root)).isEmpty();
        icon.setAccessibleText(null);
        assertThat(rules(audit(root))).containsExactly("name");
    }

    @Test
    void aFieldNamedOnlyByItsPromptFails() {
        TextField field = new TextField();
        field.setPromptText("Commune");
        field.setStyle("-fx-prompt-text-fill: #555555;");
        field.setMinSize(200, 48);
        assertThat(rules(audit(screen(field)))).containsExactly("name");
    }

    @Test
    void aFieldWithALabelPointingAtItPasses() {
        TextField field = new TextField();
        field.setMinSize(200, 48);
        Label label = new Label("Commune");
        label.setLabelFor(field);
        assertThat(audit(screen(label, field))).isEmpty();
    }

    @Test
    void aClickableBoxWithoutAButtonRoleFails() {
        Label clickable = new Label("Ouvrir");
        clickable.setMinSize(100, 48);
        clickable.setOnMouseClicked(event -> { });
        assertThat(rules(audit(screen(clickable)))).containsExactly("role");
    }

    @Test
    void aSmallTargetFails() {
        Button small = new Button("OK");
        small.setStyle("-fx-min-height: 20px; -fx-pref-height: 20px; -fx-max-height: 20px; -fx-padding: 0;");
        assertThat(audit(screen(small))).extracting(AccessibilityAudit.Violation::rule).contains("target-size");
    }

    @Test
    void lowContrastTextFails() {
        Label pale = new Label("Ouvert");
        pale.setTextFill(Color.web("#aaaaaa"));
        List<AccessibilityAudit.Violation> violations = audit(screen(pale));
        assertThat(rules(violations)).containsExactly("contrast");
        assertThat(violations.get(0).detail()).contains("#aaaaaa on #ffffff");
    }

    @Test
    void largeBoldTextNeedsOnlyThreeToOne() {
        Label large = new Label("Fermé");
        large.setTextFill(Color.web("#888888"));
        large.setStyle("-fx-font-size: 24px; -fx-font-weight: bold;");
        assertThat(audit(screen(large))).isEmpty();
    }

    @Test
    void contrastIsMeasuredAgainstThePaintedBackground() {
        Label onDark = new Label("Ouvert");
        onDark.setTextFill(Color.web("#161616"));
        HBox darkBand = new HBox(onDark);
        darkBand.setStyle("-fx-background-color: #24262a;");
        assertThat(rules(audit(screen(darkBand)))).containsExactly("contrast");
    }

    @Test
    void textCutWithAnEllipsisFails() {
        Label cut = new Label("Mairie de Verderonne : ouvert jusqu'à 17 h 00");
        cut.setMaxWidth(60);
        assertThat(rules(audit(screen(cut)))).containsExactly("truncated");
    }

    @Test
    void textWiderThanTheScreenFails() {
        Label wide = new Label("Préfecture du Loiret, Orléans : service des titres de séjour et des naturalisations");
        wide.setMinWidth(Label.USE_PREF_SIZE);
        assertThat(rules(audit(screen(wide)))).containsExactly("reflow");
    }

    @Test
    void aWordBrokenAcrossLinesFails() {
        Label narrow = new Label("Paramètres");
        narrow.setWrapText(true);
        narrow.setStyle("-fx-font-size: 32px;");
        narrow.setMaxWidth(80);
        narrow.setMinHeight(Label.USE_PREF_SIZE);
        assertThat(rules(audit(screen(narrow)))).containsExactly("word-break");
    }

    @Test
    void aCompoundWrappedAtItsHyphensPasses() {
        Label compound = new Label("Bourgogne-Franche-Comté");
        compound.setWrapText(true);
        compound.setStyle("-fx-font-size: 32px;");
        compound.setMaxWidth(200);
        compound.setMinHeight(Label.USE_PREF_SIZE);
        assertThat(rules(audit(screen(compound)))).doesNotContain("word-break");
    }

    @Test
    void textCutByANonScrollingAreaFails() {
        Label tall = new Label("Accueil");
        tall.setMinHeight(80);
        ScrollPane strip = new ScrollPane(new VBox(tall));
        strip.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        strip.setMaxHeight(30);
        assertThat(rules(audit(screen(strip)))).contains("clipped");
    }

    @Test
    void aScreenWithoutHeadingFails() {
        VBox root = new VBox(new Label("Texte"));
        assertThat(rules(audit(root))).containsExactly("heading");
    }

    private static Button bigButton(String text) {
        Button button = new Button(text);
        button.setMinSize(48, 48);
        return button;
    }

    private static VBox screen(javafx.scene.Node... content) {
        Label heading = new Label("Titre");
        heading.setAccessibleRoleDescription("titre");
        VBox root = new VBox(heading);
        root.getChildren().addAll(content);
        root.setStyle("-fx-background-color: white; -fx-font-size: 16px;");
        return root;
    }

    private List<AccessibilityAudit.Violation> audit(Parent root) {
        return Fx.call(() -> {
            if (stage == null) {
                stage = new Stage();
            }
            if (root.getScene() == null) {
                stage.setScene(new Scene(root, 400, 400));
                stage.show();
            }
            root.applyCss();
            root.layout();
            return AccessibilityAudit.audit(root);
        });
    }

    private static List<String> rules(List<AccessibilityAudit.Violation> violations) {
        return violations.stream().map(AccessibilityAudit.Violation::rule).toList();
    }
}
