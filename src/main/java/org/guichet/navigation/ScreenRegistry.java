package org.guichet.navigation;

import org.guichet.ui.Screen;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Which screen each destination opens. Every destination the app can reach is registered here. */
public final class ScreenRegistry {

    /** Builds the screen of a destination; it gets the navigator to move on from there. */
    @FunctionalInterface
    public interface ScreenFactory<A> {
        Screen create(Navigator navigator, A argument);
    }

    private final Map<Destination<?>, ScreenFactory<?>> factories = new LinkedHashMap<>();

    public <A> ScreenRegistry register(Destination<A> destination, ScreenFactory<A> factory) {
        if (factories.putIfAbsent(destination, factory) != null) {
            throw new IllegalStateException("Registered twice: " + destination);
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    <A> Screen create(Destination<A> destination, Navigator navigator, A argument) {
        ScreenFactory<A> factory = (ScreenFactory<A>) factories.get(destination);
        if (factory == null) {
            throw new IllegalArgumentException("No screen for " + destination);
        }
        return factory.create(navigator, argument);
    }

    public Set<Destination<?>> destinations() {
        return Collections.unmodifiableSet(factories.keySet());
    }
}
