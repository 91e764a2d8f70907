package org.guichet.navigation;

/**
 * A place the navigator can open, typed by the argument its screen needs ({@code Void} for none).
 * Identity is the instance: declare each destination once as a constant.
 */
public final class Destination<A> {

    private final String name;

    private Destination(String name) {
        this.name = name;
    }

    public static <A> Destination<A> of(String name) {
        return new Destination<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
