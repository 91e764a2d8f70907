package org.guichet.directory;

import java.time.Instant;
import java.util.OptionalDouble;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Office;
import org.guichet.i18n.I18n;

/** Turns offices into list rows said in words: name, commune, status now, and distance when known. */
final class OfficeRows {

    private final I18n i18n;
    private final StatusTexts status;
    private final OfficeTexts texts;

    OfficeRows(I18n i18n) {
        this.i18n = i18n;
        this.status = new StatusTexts(i18n);
        this.texts = new OfficeTexts(i18n);
    }

    OfficeRow row(Office office, OptionalDouble metres, Instant now) {
        String place = office.visitAddress().map(Address::commune).filter(commune -> !commune.isEmpty())
                .or(() -> OfficeCategory.of(office).map(texts::category))
                .orElse(office.name());
        String statusNow = status.of(OfficeClock.hoursOf(office).statusAt(now), now);
        if (metres.isPresent()) {
            String distance = texts.distance(metres.getAsDouble());
            return new OfficeRow(office.id(), office.name(),
                    i18n.get("directory.row.detailsWithDistance", place, statusNow, distance),
                    i18n.get("directory.row.spokenWithDistance", office.name(), place, statusNow, distance));
        }
        return new OfficeRow(office.id(), office.name(), i18n.get("directory.row.details", place, statusNow),
                i18n.get("directory.row.spoken", office.name(), place, statusNow));
    }
}
