package org.guichet.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The active language and its messages. Views bind their texts with {@link #text}, so switching
 * language updates every screen in place, without a restart.
 */
public final class I18n {

    static final String BUNDLE = "i18n.messages";

    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>();
    private ResourceBundle bundle;

    public I18n(Language initial) {
        setLanguage(initial);
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Language language() {
        return language.get();
    }

    public void setLanguage(Language next) {
        bundle = bundle(next);
        language.set(next);
    }

    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message for {@code key} in the active language, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No message for key " + key, e);
        }
        Object[] values = Arrays.stream(args)
                .map(arg -> arg instanceof ObservableValue<?> observable ? observable.getValue() : arg)
                .toArray();
        return values.length == 0 ? pattern : new MessageFormat(pattern, language().locale()).format(values);
    }

    /**
     * A text that follows the active language. Arguments that are observable values are read at
     * each evaluation, so the text also follows them.
     */
    public StringBinding text(String key, Object... args) {
        Observable[] dependencies = new Observable[args.length + 1];
        dependencies[0] = language;
        int count = 1;
        for (Object arg : args) {
            if (arg instanceof Observable observable) {
                dependencies[count++] = observable;
            }
        }
        return Bindings.createStringBinding(() -> get(key, args), Arrays.copyOf(dependencies, count));
    }
}
