package org.guichet.appointments;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/**
 * The days with free slots as a list; each day opens to its times, as buttons showing the time and
 * named with the full day and time ("mardi 24 novembre, 18 h 30", with the office's zone when the
 * device is in another one; the list says the zone above). No grid-only calendar.
 */
final class SlotListView {

    private SlotListView() {
    }

    /** @param expanded the days shown open; kept by the caller so a rebuilt list stays as it was */
    static Node of(I18n i18n, AppointmentTexts texts, SlotChoice choice, Set<LocalDate> expanded,
                   Consumer<Slot> onChoose, Runnable onToggle) {
        VBox days = AppointmentViews.stack();
        for (DaySlots day : choice.days()) {
            String dayText = texts.day(day.day());
            ToggleButton toggle = new ToggleButton();
            toggle.textProperty().bind(i18n.text("appointments.slots.day", dayText, day.slots().size()));
            toggle.setSelected(expanded.contains(day.day()));
            toggle.setWrapText(true);
            toggle.setMaxWidth(Double.MAX_VALUE);
            toggle.setMinHeight(ToggleButton.USE_PREF_SIZE);
            toggle.getStyleClass().add(Styles.SECONDARY);
            toggle.accessibleHelpProperty().bind(i18n.text(toggle.isSelected()
                    ? "appointments.slots.dayOpen" : "appointments.slots.dayClosed"));
            toggle.setOnAction(event -> {
                if (toggle.isSelected()) {
                    expanded.add(day.day());
                } else {
                    expanded.remove(day.day());
                }
                onToggle.run();
            });
            days.getChildren().add(toggle);
            if (toggle.isSelected()) {
                days.getChildren().add(times(texts, choice, day, onChoose));
            }
        }
        return days;
    }

    private static Node times(AppointmentTexts texts, SlotChoice choice, DaySlots day, Consumer<Slot> onChoose) {
        FlowPane times = new FlowPane();
        times.getStyleClass().add(Styles.TIMES);
        for (Slot slot : day.slots()) {
            ZonedDateTime atOffice = slot.start().atZoneSameInstant(choice.zone().get());
            SimpleStringProperty label = new SimpleStringProperty(texts.time(atOffice));
            Button time = choice.chosen().get() == slot
                    ? Components.primaryButton(label, () -> onChoose.accept(slot))
                    : Components.secondaryButton(label, () -> onChoose.accept(slot));
            time.setMaxWidth(Button.USE_PREF_SIZE);
            time.setAccessibleText(texts.dateTime(atOffice));
            times.getChildren().add(time);
        }
        return times;
    }
}
