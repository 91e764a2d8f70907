package org.guichet.appointments;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The contact step: who to reach and how, accessibility needs, and a plain message below each field in error. */
public final class ContactForm {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final BooleanProperty priorityReception = new SimpleBooleanProperty();
    private final BooleanProperty signLanguageInterpreter = new SimpleBooleanProperty();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty nameProblem = new SimpleStringProperty("");
    private final StringProperty emailProblem = new SimpleStringProperty("");
    private final StringProperty phoneProblem = new SimpleStringProperty("");
    private final StringProperty noteProblem = new SimpleStringProperty("");

    /** Shows the problems found (or clears them); true when there are none. */
    boolean check(BookingMode mode) {
        ContactCheck.Problems problems = ContactCheck.check(name.get(), email.get(), phone.get(), note.get(), mode);
        nameProblem.set(problems.name());
        emailProblem.set(problems.email());
        phoneProblem.set(problems.phone());
        noteProblem.set(problems.note());
        return problems.none();
    }

    Contact contact() {
        return new Contact(name.get().strip(), orNull(email.get()), orNull(phone.get()));
    }

    AccessibilityNeeds needs() {
        return new AccessibilityNeeds(priorityReception.get(), signLanguageInterpreter.get(), orNull(note.get()));
    }

    private static String orNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty email() {
        return email;
    }

    public StringProperty phone() {
        return phone;
    }

    public BooleanProperty priorityReception() {
        return priorityReception;
    }

    public BooleanProperty signLanguageInterpreter() {
        return signLanguageInterpreter;
    }

    public StringProperty note() {
        return note;
    }

    public StringProperty nameProblem() {
        return nameProblem;
    }

    public StringProperty emailProblem() {
        return emailProblem;
    }

    public StringProperty phoneProblem() {
        return phoneProblem;
    }

    public StringProperty noteProblem() {
        return noteProblem;
    }
}
