package org.guichet.directory;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.guichet.platform.Background;

/**
 * The first-run import of the bundled snapshot, on the storage thread, with its progress for the
 * screens (FX thread). Started once, by the first screen that needs the directory.
 */
public final class DirectoryPreparation {

    private static final System.Logger LOG = System.getLogger(DirectoryPreparation.class.getName());

    private final DirectoryRepository repository;
    private final Background background;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean started;

    DirectoryPreparation(DirectoryRepository repository, Background background) {
        this.repository = repository;
        this.background = background;
    }

    /** Runs {@code action} on the FX thread once the directory can be read (at once if it can). */
    public void whenReady(Runnable action) {
        if (ready.get()) {
            action.run();
            return;
        }
        waiting.add(action);
        start();
    }

    private void start() {
        if (started) {
            return;
        }
        started = true;
        background.run(() -> {
            if (repository.needsFirstImport()) {
                long begin = System.nanoTime();
                long offices = repository.importBundledSnapshot((done, total) -> total.ifPresent(all ->
                        Platform.runLater(() -> progress.set(Math.min(1, (double) done / all)))));
                LOG.log(System.Logger.Level.INFO, "Offline directory prepared: {0} offices in {1} ms", offices,
                        (System.nanoTime() - begin) / 1_000_000);
            }
            return true;
        }, done -> {
            progress.set(1);
            ready.set(true);
            List<Runnable> actions = List.copyOf(waiting);
            waiting.clear();
            actions.forEach(Runnable::run);
        }, error -> failed.set(true));
    }

    /** From 0 to 1 while the snapshot is imported. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ready() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failed() {
        return failed.getReadOnlyProperty();
    }
}
