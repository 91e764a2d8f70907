package org.guichet.navigation;

import org.guichet.ui.Screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The navigation stack. Tabs are roots: choosing one clears the stack down to Home and it, and
 * keeps the tab's screen (and what the user typed in it) for the next visit. Other destinations
 * are pushed with a fresh screen.
 */
public final class Navigator {

    /** A screen on the stack, with the tab it belongs to. */
    public record Entry(Destination<?> destination, Destination<Void> tab, Screen screen) {
    }

    private final ScreenRegistry registry;
    private final Map<Destination<Void>, Screen> tabScreens = new HashMap<>();
    private final ObservableList<Entry> stack = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Entry> current = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canGoBack = Bindings.size(stack).greaterThan(1);

    public Navigator(ScreenRegistry registry) {
        this.registry = registry;
        showTab(Destinations.HOME);
    }

    public void showTab(Destination<Void> tab) {
        if (!Destinations.TABS.contains(tab)) {
            throw new IllegalArgumentException("Not a tab: " + tab);
        }
        List<Entry> entries = new ArrayList<>();
        entries.add(tabEntry(Destinations.HOME));
        if (tab != Destinations.HOME) {
            entries.add(tabEntry(tab));
        }
        stack.setAll(entries);
        current.set(stack.get(stack.size() - 1));
    }

    public <A> void open(Destination<A> destination, A argument) {
        if (Destinations.TABS.contains(destination)) {
            throw new IllegalArgumentException("Use showTab for " + destination);
        }
        Entry entry = new Entry(destination, currentTab(), registry.create(destination, this, argument));
        stack.add(entry);
        current.set(entry);
    }

    public void open(Destination<Void> destination) {
        open(destination, null);
    }

    /** Goes back one screen; returns false when already at the root. */
    public boolean back() {
        if (!canGoBack.get()) {
            return false;
        }
        stack.remove(stack.size() - 1);
        current.set(stack.get(stack.size() - 1));
        return true;
    }

    public ReadOnlyObjectProperty<Entry> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Destination<Void> currentTab() {
        return current.get().tab();
    }

    public BooleanBinding canGoBack() {
        return canGoBack;
    }

    private Entry tabEntry(Destination<Void> tab) {
        Screen screen = tabScreens.computeIfAbsent(tab, key -> registry.create(key, this, null));
        return new Entry(tab, tab, screen);
    }
}
