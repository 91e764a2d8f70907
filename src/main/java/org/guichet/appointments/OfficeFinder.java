package org.guichet.appointments;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Finds the office to book with, in the offline directory, by name, commune or postcode. */
public final class OfficeFinder {

    private static final int LIMIT = 10;
    /** The outcome that counts the offices found: its message takes the count. */
    static final String COUNT_KEY = "appointments.find.count";

    private final AppointmentServices services;
    private final ObservableList<OfficeSummary> results = FXCollections.observableArrayList();
    /** Message key of what the search found or why it found nothing, {@code ""} before the first search. */
    private final StringProperty outcome = new SimpleStringProperty("");

    public OfficeFinder(AppointmentServices services) {
        this.services = services;
    }

    public void search(String words) {
        if (words.isBlank()) {
            results.clear();
            outcome.set("appointments.find.empty");
            return;
        }
        services.async().storage(() -> services.directory().isEmpty() ? null : services.directory().search(words, LIMIT),
                found -> {
                    if (found == null) {
                        results.clear();
                        outcome.set("appointments.error.directoryNotReady");
                    } else {
                        results.setAll(found);
                        outcome.set(found.isEmpty() ? "appointments.find.none" : COUNT_KEY);
                    }
                }, failure -> outcome.set("appointments.error.unexpected"));
    }

    public ObservableList<OfficeSummary> results() {
        return results;
    }

    public StringProperty outcome() {
        return outcome;
    }
}
