package org.guichet.appointments;

import java.time.Clock;

/**
 * What the appointment view-models share: where work runs, the gateway, the offline directory,
 * the device's appointment cache (use the last two on the storage thread only), the clock, the
 * calendar export and the reminder notifier.
 */
public record AppointmentServices(Async async, GatewayAccess gateway, OfficeDirectory directory,
                                  AppointmentCache cache, Clock clock, CalendarExport calendar,
                                  ReminderNotifier notifier) {
}
