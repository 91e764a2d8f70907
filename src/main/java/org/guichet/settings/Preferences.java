package org.guichet.settings;

import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.guichet.i18n.Language;

/**
 * The live settings the shell and the Settings screen share. Every change is handed to
 * {@code onChange} (which saves it) as a whole {@link Settings} value.
 */
public final class Preferences {

    private final ObjectProperty<Language> language;
    private final IntegerProperty textScale;
    private final ObjectProperty<Theme> theme;
    private final BooleanProperty reduceMotion;

    public Preferences(Settings initial, Consumer<Settings> onChange) {
        language = new SimpleObjectProperty<>(initial.language());
        textScale = new SimpleIntegerProperty(initial.textScale());
        theme = new SimpleObjectProperty<>(initial.theme());
        reduceMotion = new SimpleBooleanProperty(initial.reduceMotion());
        for (Observable property : new Observable[] {language, textScale, theme, reduceMotion}) {
            property.addListener(changed -> onChange.accept(current()));
        }
    }

    public Settings current() {
        return new Settings(language.get(), textScale.get(), theme.get(), reduceMotion.get());
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public IntegerProperty textScaleProperty() {
        return textScale;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty reduceMotionProperty() {
        return reduceMotion;
    }
}
