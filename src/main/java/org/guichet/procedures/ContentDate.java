package org.guichet.procedures;

import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.guichet.i18n.I18n;

/** The date of the shipped content ("novembre 2020"), in the active language. */
final class ContentDate {

    private ContentDate() {
    }

    /** "Informations de novembre 2020, à vérifier sur service-public.fr." */
    static StringBinding notice(I18n i18n) {
        StringBinding month = Bindings.createStringBinding(
                () -> DateTimeFormatter.ofPattern("MMMM yyyy", i18n.language().locale()).format(BundledContent.SNAPSHOT),
                i18n.languageProperty());
        return i18n.text("procedures.contentDate", month);
    }
}
