package org.guichet.appointments;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where the appointment view-models run their work: local storage on the storage thread, gateway
 * calls on a network thread; both report back on the UI thread. Tests run it inline.
 */
public interface Async {

    <T> void storage(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    <T> void network(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);
}
