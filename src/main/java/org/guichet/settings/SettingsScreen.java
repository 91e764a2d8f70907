package org.guichet.settings;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.i18n.Language;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;
import org.guichet.ui.Styles;

/** Paramètres: language, text size, theme and motion, applied at once and kept on the device. */
public final class SettingsScreen implements Screen {

    private static final int TEXT_SCALE_STEP = 10;

    private final I18n i18n;
    private final Preferences preferences;
    private final Node view;

    public SettingsScreen(I18n i18n, Preferences preferences) {
        this.i18n = i18n;
        this.preferences = preferences;
        this.view = Components.page(
                section("settings.language", choices(Language.values(), preferences.languageProperty(),
                        language -> new SimpleStringProperty(language.nativeName()))),
                section("settings.textSize", textSize()),
                section("settings.theme", choices(Theme.values(), preferences.themeProperty(),
                        theme -> i18n.text(theme.labelKey()))),
                section("settings.motion", reduceMotion()),
                Components.paragraph(i18n.text("settings.storedOnDevice")));
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text("settings.title");
    }

    @Override
    public Node view() {
        return view;
    }

    private Node section(String headingKey, Node content) {
        VBox section = new VBox(Components.heading(i18n, i18n.text(headingKey)), content);
        section.getStyleClass().add(Styles.CARD);
        return section;
    }

    private <T> Node choices(T[] values, ObjectProperty<T> selected, Function<T, ObservableStringValue> label) {
        ToggleGroup group = new ToggleGroup();
        VBox options = new VBox();
        for (T value : values) {
            RadioButton option = new RadioButton();
            option.textProperty().bind(label.apply(value));
            option.setWrapText(true);
            option.setToggleGroup(group);
            option.setUserData(value);
            option.setSelected(value == selected.get());
            option.setMaxWidth(Double.MAX_VALUE);
            options.getChildren().add(option);
        }
        group.selectedToggleProperty().addListener((observable, before, toggle) -> {
            if (toggle == null) {
                before.setSelected(true);
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) toggle.getUserData();
                selected.set(value);
            }
        });
        return options;
    }

    private Node textSize() {
        Slider slider = new Slider(Settings.MIN_TEXT_SCALE, Settings.MAX_TEXT_SCALE, preferences.textScaleProperty().get());
        slider.setMajorTickUnit(TEXT_SCALE_STEP);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(TEXT_SCALE_STEP);
        slider.setSnapToTicks(true);
        slider.setMaxWidth(Double.MAX_VALUE);
        Label label = Components.wrapping(i18n.text("settings.textSize.value", preferences.textScaleProperty()), Styles.FIELD_LABEL);
        label.setLabelFor(slider);
        slider.accessibleTextProperty().bind(label.textProperty());
        slider.valueProperty().addListener(observable -> {
            if (!slider.isValueChanging()) {
                applyTextScale(slider.getValue());
            }
        });
        slider.valueChangingProperty().addListener((observable, was, changing) -> {
            if (!changing) {
                applyTextScale(slider.getValue());
            }
        });
        preferences.textScaleProperty().addListener((observable, before, scale) -> slider.setValue(scale.doubleValue()));

        Button smaller = Components.secondaryButton(i18n.text("settings.textSize.smaller"),
                () -> applyTextScale(preferences.textScaleProperty().get() - TEXT_SCALE_STEP));
        Button larger = Components.secondaryButton(i18n.text("settings.textSize.larger"),
                () -> applyTextScale(preferences.textScaleProperty().get() + TEXT_SCALE_STEP));
        smaller.disableProperty().bind(preferences.textScaleProperty().lessThanOrEqualTo(Settings.MIN_TEXT_SCALE));
        larger.disableProperty().bind(preferences.textScaleProperty().greaterThanOrEqualTo(Settings.MAX_TEXT_SCALE));
        HBox.setHgrow(smaller, Priority.ALWAYS);
        HBox.setHgrow(larger, Priority.ALWAYS);
        HBox buttons = new HBox(smaller, larger);
        buttons.getStyleClass().add(Styles.BUTTON_ROW);

        Label sample = Components.paragraph(i18n.text("settings.textSize.sample"));
        return new VBox(label, slider, buttons, sample);
    }

    private void applyTextScale(double value) {
        int rounded = (int) Math.round(value / TEXT_SCALE_STEP) * TEXT_SCALE_STEP;
        preferences.textScaleProperty().set(Math.max(Settings.MIN_TEXT_SCALE, Math.min(Settings.MAX_TEXT_SCALE, rounded)));
    }

    private Node reduceMotion() {
        CheckBox box = new CheckBox();
        box.textProperty().bind(i18n.text("settings.motion.reduce"));
        box.setWrapText(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.selectedProperty().bindBidirectional(preferences.reduceMotionProperty());
        return box;
    }
}
