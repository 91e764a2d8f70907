package org.guichet.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.guichet.domain.hours.OfficeHours;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Office;
import org.guichet.domain.office.Phone;

/**
 * One office's page: the office read from the offline directory, its status and week in words in
 * its own time zone, the favourite flag, and the actions that leave the app (call, write, visit).
 */
public final class OfficeViewModel {

    private final DirectoryServices services;
    private final StatusTexts status;
    private final HoursTexts hours;
    private final OfficeTexts texts;
    private final ObjectProperty<Office> office = new SimpleObjectProperty<>();
    private final BooleanProperty favourite = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dataDate = new SimpleObjectProperty<>();

    public OfficeViewModel(DirectoryServices services, String officeId) {
        this.services = services;
        this.status = new StatusTexts(services.i18n());
        this.hours = new HoursTexts(services.i18n(), status);
        this.texts = new OfficeTexts(services.i18n());
        DirectoryRepository repository = services.repository();
        services.preparation().whenReady(() -> services.background().run(
                () -> new Loaded(repository.find(officeId), repository.isFavourite(officeId), repository.dataDate()),
                loaded -> {
                    favourite.set(loaded.favourite());
                    dataDate.set(loaded.dataDate().orElse(null));
                    loaded.office().ifPresentOrElse(office::set,
                            () -> problem.set(services.i18n().get("directory.office.notFound")));
                    favourite.addListener((observable, was, isFavourite) -> saveFavourite(officeId, isFavourite));
                },
                error -> problem.set(services.i18n().get("directory.storageError"))));
    }

    public ReadOnlyObjectProperty<Office> office() {
        return office;
    }

    public BooleanProperty favourite() {
        return favourite;
    }

    /** Why the office cannot be shown; empty while it loads or once shown. */
    public StringProperty problem() {
        return problem;
    }

    private void saveFavourite(String officeId, boolean isFavourite) {
        services.background().run(() -> {
            services.repository().setFavourite(officeId, isFavourite);
            return isFavourite;
        }, saved -> services.favouritesChanged(), error -> problem.set(services.i18n().get("directory.storageError")));
    }

    private Instant now() {
        return services.clock().instant();
    }

    private OfficeHours officeHours() {
        return OfficeClock.hoursOf(office.get());
    }

    public String typeText() {
        return OfficeCategory.of(office.get()).map(texts::category).orElse("");
    }

    public String statusText() {
        return status.of(officeHours().statusAt(now()), now());
    }

    public List<WeekLine> week() {
        return hours.week(officeHours().weekAt(now()));
    }

    public String accessibilityText(Address address) {
        return texts.accessibility(address.accessibility());
    }

    /** "Mis à jour le …" from the office's own date, else the date of the offline data. */
    public String updatedText() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(services.i18n().language().locale());
        Office shown = office.get();
        if (shown.updatedAt() != null) {
            return services.i18n().get("directory.office.updated", shown.updatedAt().toLocalDate().format(format));
        }
        return Optional.ofNullable(dataDate.get())
                .map(date -> services.i18n().get("directory.office.dataDate", date.format(format)))
                .orElse("");
    }

    public void call(Phone phone) {
        leaveApp(() -> services.browser().dial(phone.number()));
    }

    public void writeTo(String email) {
        leaveApp(() -> services.browser().writeTo(email));
    }

    /** Opens a web address; the annuaire sometimes gives one without its scheme ("www.…"). */
    public void open(String url) {
        leaveApp(() -> services.browser().open(url.contains("://") ? url : "https://" + url));
    }

    private void leaveApp(Runnable action) {
        try {
            problem.set("");
            action.run();
        } catch (IllegalArgumentException e) {
            problem.set(services.i18n().get("directory.office.cannotOpen"));
        }
    }

    public boolean hasDirections() {
        return office.get().visitAddress().filter(Address::hasCoordinates).isPresent();
    }

    public void directions() {
        office.get().visitAddress().filter(Address::hasCoordinates).ifPresent(address ->
                leaveApp(() -> services.browser().showOnMap(address.latitude(), address.longitude())));
    }

    private record Loaded(Optional<Office> office, boolean favourite, Optional<LocalDate> dataDate) {
    }
}
