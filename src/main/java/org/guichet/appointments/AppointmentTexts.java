package org.guichet.appointments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.guichet.i18n.I18n;

/**
 * Dates, times, modes and places of appointments in the active language, at the office: a time is
 * said with its zone when the device is in another one ("mardi 24 novembre, 18 h 30").
 */
public final class AppointmentTexts {

    private final I18n i18n;
    private final Clock clock;

    public AppointmentTexts(I18n i18n, Clock clock) {
        this.i18n = i18n;
        this.clock = clock;
    }

    public String day(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", locale()).format(day);
    }

    public String time(ZonedDateTime at) {
        return i18n.get("appointments.time", Integer.toString(at.getHour()), String.format("%02d", at.getMinute()));
    }

    /** The day and time at the office, with the office's zone when it differs from the device's. */
    public String dateTime(ZonedDateTime atOffice) {
        String text = i18n.get("appointments.dateTime", day(atOffice.toLocalDate()), time(atOffice));
        return differsFromDevice(atOffice) ? i18n.get("appointments.dateTime.zone", text, zoneName(atOffice.getZone()))
                : text;
    }

    public String zoneName(ZoneId zone) {
        return zone.getDisplayName(TextStyle.FULL, locale());
    }

    private boolean differsFromDevice(ZonedDateTime atOffice) {
        ZoneId device = clock.getZone();
        return !device.getRules().getOffset(atOffice.toInstant()).equals(atOffice.getOffset());
    }

    public String mode(BookingMode mode) {
        return i18n.get(modeKey(mode));
    }

    public static String modeKey(BookingMode mode) {
        return switch (mode) {
            case ON_SITE -> "appointments.mode.onSite";
            case PHONE -> "appointments.mode.phone";
            case VIDEO -> "appointments.mode.video";
        };
    }

    /** Where the appointment takes place: the address, the office's phone number or the video call. */
    public String place(Appointment appointment) {
        OfficeSummary office = appointment.office();
        return switch (appointment.mode()) {
            case ON_SITE -> office.address().isEmpty() ? office.name() : office.name() + ", " + office.address();
            case PHONE -> i18n.get("appointments.place.phone");
            case VIDEO -> i18n.get("appointments.place.video");
        };
    }

    private Locale locale() {
        return i18n.language().locale();
    }
}
