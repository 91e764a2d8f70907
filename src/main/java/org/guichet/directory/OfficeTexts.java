package org.guichet.directory;

import java.text.NumberFormat;
import java.util.Locale;
import org.guichet.domain.office.Accessibility;
import org.guichet.i18n.I18n;

/** Words for an office's type, distance and wheelchair access. */
final class OfficeTexts {

    private final I18n i18n;

    OfficeTexts(I18n i18n) {
        this.i18n = i18n;
    }

    String category(OfficeCategory category) {
        return i18n.get(category.labelKey());
    }

    /** "à 350 m", "à 1,2 km", "à 35 km", in the active language's number format. */
    String distance(double metres) {
        Locale locale = i18n.language().locale();
        if (metres < 1_000) {
            long rounded = Math.max(10, Math.round(metres / 10) * 10);
            return i18n.get("directory.distance.metres", NumberFormat.getIntegerInstance(locale).format(rounded));
        }
        NumberFormat kilometres = NumberFormat.getNumberInstance(locale);
        kilometres.setMaximumFractionDigits(metres < 10_000 ? 1 : 0);
        return i18n.get("directory.distance.kilometres", kilometres.format(metres / 1_000));
    }

    String accessibility(Accessibility accessibility) {
        return i18n.get(switch (accessibility) {
            case ACCESSIBLE -> "directory.access.accessible";
            case NOT_ACCESSIBLE -> "directory.access.notAccessible";
            case ON_REQUEST -> "directory.access.onRequest";
            case UNKNOWN -> "directory.access.unknown";
        });
    }
}
