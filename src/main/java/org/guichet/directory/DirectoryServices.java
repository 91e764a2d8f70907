package org.guichet.directory;

import java.time.Clock;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.guichet.i18n.I18n;
import org.guichet.platform.Background;
import org.guichet.platform.Browser;
import org.guichet.platform.DevicePosition;
import org.guichet.storage.Database;

/** What the directory's screens share for the app's lifetime: one repository, one first-run import. */
public final class DirectoryServices {

    private final DirectoryRepository repository;
    private final DirectoryPreparation preparation;
    private final Background background;
    private final Clock clock;
    private final I18n i18n;
    private final Browser browser;
    private final DevicePosition position;
    private final ReadOnlyIntegerWrapper favouritesVersion = new ReadOnlyIntegerWrapper();

    public DirectoryServices(DirectoryRepository repository, Background background, Clock clock, I18n i18n,
            Browser browser, DevicePosition position) {
        this.repository = repository;
        this.preparation = new DirectoryPreparation(repository, background);
        this.background = background;
        this.clock = clock;
        this.i18n = i18n;
        this.browser = browser;
        this.position = position;
    }

    /** The services of the public directory at {@code -Dguichet.annuaire.url} (default: the real API). */
    public static DirectoryServices open(Database database, Background background, Clock clock, I18n i18n,
            Browser browser) {
        DirectoryRepository repository = new DirectoryRepository(database,
                AnnuaireClient.create(AnnuaireAddress.configured()), clock);
        return new DirectoryServices(repository, background, clock, i18n, browser, DevicePosition.create());
    }

    DirectoryRepository repository() {
        return repository;
    }

    public DirectoryPreparation preparation() {
        return preparation;
    }

    Background background() {
        return background;
    }

    Clock clock() {
        return clock;
    }

    I18n i18n() {
        return i18n;
    }

    Browser browser() {
        return browser;
    }

    DevicePosition position() {
        return position;
    }

    /** Changes each time a favourite is added or removed, so lists can reload. */
    ReadOnlyIntegerProperty favouritesVersion() {
        return favouritesVersion.getReadOnlyProperty();
    }

    void favouritesChanged() {
        favouritesVersion.set(favouritesVersion.get() + 1);
    }
}
