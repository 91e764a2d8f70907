package org.guichet.testing;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.guichet.a11y.AccessibilityAudit;
import org.guichet.app.AppServices;
import org.guichet.app.Appearance;
import org.guichet.app.Screens;
import org.guichet.app.Shell;
import org.guichet.i18n.Language;
import org.guichet.navigation.Navigator;
import org.guichet.settings.Theme;

/**
 * The real shell on one window, with the app's services on a temporary home, shown in a chosen
 * theme, language, text size and width, for the accessibility audits to walk.
 */
public final class AuditStage implements AutoCloseable {

    private final AppServices services;
    private Stage stage;
    private Scene scene;

    public AuditStage(Path home) {
        Fx.startToolkit();
        services = AppServices.open(home, url -> { });
        Fx.run(() -> services.preferences().reduceMotionProperty().set(true));
    }

    public AppServices services() {
        return services;
    }

    public Scene scene() {
        return scene;
    }

    /** Shows a fresh shell in this appearance and returns its navigator. */
    public Navigator show(Theme theme, Language language, int textScale, int width) {
        return Fx.call(() -> {
            services.preferences().languageProperty().set(language);
            Navigator navigator = new Navigator(Screens.registry(services));
            Shell shell = new Shell(services.i18n(), navigator, services.preferences().reduceMotionProperty(),
                    services.gateway().isDemo());
            scene = new Scene(shell.root(), width, 860);
            Appearance.follow(scene, services.preferences());
            Appearance.apply(scene, theme, textScale, language);
            if (stage == null) {
                stage = new Stage();
            }
            stage.setScene(scene);
            stage.show();
            return navigator;
        });
    }

    /** Lets screens finish what they load in the background, so the audit sees what users see. */
    public void settle() {
        BackgroundWork.settle(services.background());
    }

    /** Like {@link #settle()}, for screens that load at once without waiting for a typing pause. */
    public void settleQueued() {
        BackgroundWork.settleQueued(services.background());
    }

    /** Lays the scene out and audits it; must run on the FX thread. */
    public List<AccessibilityAudit.Violation> audit() {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return AccessibilityAudit.audit(scene.getRoot());
    }

    @Override
    public void close() {
        Fx.run(() -> {
            if (stage != null) {
                stage.close();
            }
        });
        services.close();
    }
}
