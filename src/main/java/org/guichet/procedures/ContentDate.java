package org.guichet.procedures;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.guichet.i18n.I18n;

/** Where the fiches come from and their date, in the active language. */
final class ContentDate {

    private ContentDate() {
    }

    /** "Fiches de novembre 2020 livrées avec l'application…" or "Fiches mises à jour le 23 novembre 2026…". */
    static StringBinding notice(I18n i18n, ObservableValue<ContentEdition> edition) {
        return Bindings.createStringBinding(() -> text(i18n, edition.getValue()), i18n.languageProperty(), edition);
    }

    static StringBinding notice(I18n i18n, ContentEdition edition) {
        return notice(i18n, new SimpleObjectProperty<>(edition));
    }

    private static String text(I18n i18n, ContentEdition edition) {
        Locale locale = i18n.language().locale();
        if (edition instanceof ContentEdition.Downloaded downloaded) {
            LocalDate day = LocalDate.ofInstant(downloaded.downloadedAt(), ZoneId.systemDefault());
            return i18n.get("procedures.contentDate.downloaded",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day));
        }
        ContentEdition.Bundled bundled = (ContentEdition.Bundled) edition;
        return i18n.get("procedures.contentDate.bundled", DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(bundled.snapshot()));
    }
}
