package org.guichet.app;

import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destination;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.Navigator;
import org.guichet.ui.Components;
import org.guichet.ui.Icons;
import org.guichet.ui.Styles;

/**
 * The five tabs at the bottom. Labels are never cut: when large text makes them wider than the
 * screen, the bar scrolls sideways and keeps the focused tab in view.
 */
final class BottomNavigation {

    private static final Map<Destination<Void>, String> LABEL_KEYS = Map.of(
            Destinations.HOME, "nav.home",
            Destinations.DIRECTORY, "nav.directory",
            Destinations.PROCEDURES, "nav.procedures",
            Destinations.APPOINTMENTS, "nav.appointments",
            Destinations.MY_SPACE, "nav.mySpace");
    private static final Map<Destination<Void>, String> ICONS = Map.of(
            Destinations.HOME, Icons.HOME,
            Destinations.DIRECTORY, Icons.OFFICE,
            Destinations.PROCEDURES, Icons.DOCUMENT,
            Destinations.APPOINTMENTS, Icons.CALENDAR,
            Destinations.MY_SPACE, Icons.PERSON);

    private final ScrollPane root;

    BottomNavigation(I18n i18n, Navigator navigator) {
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox();
        bar.getStyleClass().add(Styles.BOTTOM_NAV);
        List<Destination<Void>> tabs = Destinations.TABS;
        for (int index = 0; index < tabs.size(); index++) {
            Destination<Void> tab = tabs.get(index);
            ToggleButton item = new ToggleButton();
            item.textProperty().bind(i18n.text(LABEL_KEYS.get(tab)));
            item.accessibleHelpProperty().bind(i18n.text("nav.tabPosition", index + 1, tabs.size()));
            item.setAccessibleRole(AccessibleRole.TAB_ITEM);
            item.setGraphic(Components.icon(ICONS.get(tab)));
            item.setContentDisplay(ContentDisplay.TOP);
            item.setToggleGroup(group);
            item.getStyleClass().add(Styles.NAV_ITEM);
            item.setUserData(tab);
            item.setMinWidth(ToggleButton.USE_PREF_SIZE);
            item.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(item, Priority.ALWAYS);
            item.setOnAction(event -> {
                navigator.showTab(tab);
                select(group, navigator.currentTab());
            });
            item.focusedProperty().addListener((observable, was, focused) -> {
                if (focused) {
                    scrollIntoView(item);
                }
            });
            bar.getChildren().add(item);
        }
        navigator.currentProperty().addListener((observable, before, entry) -> select(group, entry.tab()));
        select(group, navigator.currentTab());

        root = new ScrollPane(bar) {
            // Tabs share the width while they fit; with large text the bar scrolls sideways instead.
            @Override
            protected void layoutChildren() {
                boolean fits = bar.prefWidth(-1) <= getWidth();
                setFitToWidth(fits);
                setHbarPolicy(fits ? ScrollPane.ScrollBarPolicy.NEVER : ScrollPane.ScrollBarPolicy.ALWAYS);
                super.layoutChildren();
            }
        };
        root.setFitToHeight(true);
        root.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setFocusTraversable(false);
        root.getStyleClass().add(Styles.BOTTOM_NAV);
    }

    ScrollPane root() {
        return root;
    }

    private static void select(ToggleGroup group, Destination<Void> tab) {
        group.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == tab));
    }

    private void scrollIntoView(ToggleButton item) {
        double contentWidth = root.getContent().getLayoutBounds().getWidth();
        double viewport = root.getViewportBounds().getWidth();
        if (contentWidth <= viewport) {
            return;
        }
        Bounds bounds = item.getBoundsInParent();
        double left = root.getHvalue() * (contentWidth - viewport);
        if (bounds.getMinX() < left) {
            root.setHvalue(bounds.getMinX() / (contentWidth - viewport));
        } else if (bounds.getMaxX() > left + viewport) {
            root.setHvalue((bounds.getMaxX() - viewport) / (contentWidth - viewport));
        }
    }
}
