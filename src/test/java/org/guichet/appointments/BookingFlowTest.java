package org.guichet.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class BookingFlowTest {

    @TempDir
    Path folder;

    private BookingFixture fixture;

    @BeforeEach
    void start() {
        fixture = new BookingFixture(folder);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void stepsFollowTheChoicesAndOfferOnlyTheReasonsModes() {
        BookingFlow flow = new BookingFlow(BookingFixture.CAF, fixture.services);
        flow.start();
        assertThat(flow.state().get()).isEqualTo(LoadState.READY);
        assertThat(flow.step().get()).isEqualTo(BookingStep.REASON);
        assertThat(flow.reasons()).extracting(Reason::id).containsExactly("conseiller-caf");

        flow.chooseReason(flow.reasons().get(0));
        assertThat(flow.step().get().number()).isEqualTo(2);
        assertThat(flow.reason().get().modes()).containsExactly(BookingMode.ON_SITE, BookingMode.PHONE, BookingMode.VIDEO);

        flow.chooseMode(BookingMode.PHONE);
        assertThat(flow.step().get()).isEqualTo(BookingStep.SLOT);
        assertThat(flow.slots().days()).isNotEmpty();
        assertThat(flow.slots().days().get(0).day()).hasToString("2026-11-23");
        assertThat(flow.zone()).hasToString("Europe/Paris");

        flow.chooseSlot(flow.slots().days().get(1).slots().get(0));
        assertThat(flow.step().get()).isEqualTo(BookingStep.CONTACT);
        assertThat(flow.previous()).isTrue();
        assertThat(flow.step().get()).isEqualTo(BookingStep.SLOT);
        assertThat(flow.slots().chosen().get()).as("kept when going back").isNotNull();
    }

    @Test
    void theContactStepSaysWhatIsMissingBelowEachField() {
        BookingFlow flow = new BookingFlow(BookingFixture.CAF, fixture.services);
        flow.start();
        flow.chooseReason(flow.reasons().get(0));
        flow.chooseMode(BookingMode.PHONE);
        flow.chooseSlot(flow.slots().days().get(0).slots().get(0));

        assertThat(flow.submitContact()).isFalse();
        assertThat(flow.step().get()).isEqualTo(BookingStep.CONTACT);
        assertThat(flow.contact().nameProblem().get()).isEqualTo("appointments.contact.error.nameMissing");
        assertThat(flow.contact().phoneProblem().get()).isEqualTo("appointments.contact.error.phoneNeeded");

        flow.contact().name().set("Camille Martin");
        flow.contact().email().set("camille.martin@");
        flow.contact().phone().set("12");
        assertThat(flow.submitContact()).isFalse();
        assertThat(flow.contact().nameProblem().get()).isEmpty();
        assertThat(flow.contact().emailProblem().get()).isEqualTo("appointments.contact.error.email");
        assertThat(flow.contact().phoneProblem().get()).isEqualTo("appointments.contact.error.phone");

        flow.contact().email().set("camille.martin@example.fr");
        flow.contact().phone().set("06 12 34 56 78");
        assertThat(flow.submitContact()).isTrue();
        assertThat(flow.step().get()).isEqualTo(BookingStep.REVIEW);
    }

    @Test
    void anOnSiteBookingNeedsAnEmailOrAPhone() {
        assertThat(ContactCheck.check("Camille", "", "", "", BookingMode.ON_SITE).email())
                .isEqualTo("appointments.contact.error.reachMissing");
        assertThat(ContactCheck.check("Camille", "c@example.fr", "", "", BookingMode.ON_SITE).none()).isTrue();
        assertThat(ContactCheck.check("Camille", "", "+33 6 12 34 56 78", "", BookingMode.ON_SITE).none()).isTrue();
        assertThat(ContactCheck.check("Camille", "", "06 12 34 56 78", "x".repeat(501), BookingMode.ON_SITE).note())
                .isEqualTo("appointments.contact.error.noteTooLong");
    }

    @Test
    void aDoubleTapBooksOnceAndKeepsTheBooking() throws Exception {
        BookingFlow flow = fixture.flowAtReview(fixture.services);
        fixture.async.holdNetwork();
        int callsBefore = fixture.async.networkCalls();

        flow.confirm();
        assertThat(flow.sending().get()).isTrue();
        flow.confirm();
        fixture.async.releaseNetwork();

        assertThat(fixture.async.networkCalls() - callsBefore).as("one booking request").isEqualTo(1);
        assertThat(flow.sending().get()).isFalse();
        Appointment booked = flow.booked().get();
        assertThat(booked.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booked.mode()).isEqualTo(BookingMode.PHONE);
        assertThat(fixture.cache.all()).singleElement().extracting(Appointment::reference).isEqualTo(booked.reference());
    }

    @Test
    void retryingTheSameReviewReusesTheKeySoTheGatewayBooksOnce() {
        BookingFlow flow = fixture.flowAtReview(fixture.services);
        flow.confirm();
        String first = flow.booked().get().bookingToken();

        flow.confirm();

        assertThat(flow.booked().get().bookingToken()).as("the gateway replays the first answer").isEqualTo(first);
        assertThat(fixture.cache.all()).hasSize(1);
    }

    @Test
    void aTakenSlotIsSaidAndTheNearestFreeSlotsAreOffered() {
        BookingFlow first = fixture.flowAtReview(fixture.services);
        BookingFlow second = fixture.flowAtReview(fixture.services);
        Slot wanted = second.slots().chosen().get();
        first.confirm();

        second.confirm();

        assertThat(second.booked().get()).isNull();
        assertThat(second.problem().get()).isEqualTo("appointments.error.slotTaken");
        assertThat(second.step().get()).isEqualTo(BookingStep.REVIEW);
        assertThat(second.slots().alternatives()).hasSize(3).noneMatch(slot -> slot.start().isEqual(wanted.start()));

        second.chooseAlternative(second.slots().alternatives().get(0));
        second.confirm();
        assertThat(second.booked().get()).isNotNull();
        assertThat(fixture.cache.all()).hasSize(2);
    }

    @Test
    void offlineKeepsEveryChoiceAndSavesNothing() {
        BookingFlow flow = fixture.flowAtReview(fixture.services);
        Slot chosen = flow.slots().chosen().get();
        fixture.sandbox.close();

        flow.confirm();

        assertThat(flow.problem().get()).isEqualTo("appointments.error.offline");
        assertThat(flow.sending().get()).isFalse();
        assertThat(flow.step().get()).isEqualTo(BookingStep.REVIEW);
        assertThat(flow.slots().chosen().get()).isEqualTo(chosen);
        assertThat(flow.contact().name().get()).isEqualTo("Camille Martin");
        assertThat(flow.contact().phone().get()).isEqualTo("06 12 34 56 78");
        assertThat(fixture.cache.all()).isEmpty();
    }

    @Test
    void anUnknownOfficeIsSaidInWords() {
        BookingFlow flow = new BookingFlow("nowhere", fixture.services);
        flow.start();
        assertThat(flow.state().get()).isEqualTo(LoadState.FAILED);
        assertThat(flow.problem().get()).isEqualTo("appointments.error.officeUnknown");
    }

    @Test
    void beforeTheDirectoryIsImportedBookingSaysItIsNotReady() {
        AppointmentServices services = fixture.services;
        AppointmentServices emptyDirectory = new AppointmentServices(services.async(), services.gateway(),
                new OfficeDirectory() {
                    @Override
                    public Optional<OfficeSummary> find(String officeId) {
                        return Optional.empty();
                    }

                    @Override
                    public List<OfficeSummary> search(String words, int limit) {
                        return List.of();
                    }

                    @Override
                    public boolean isEmpty() {
                        return true;
                    }
                }, services.cache(), services.clock(), services.calendar(), services.notifier());
        BookingFlow flow = new BookingFlow(BookingFixture.CAF, emptyDirectory);
        flow.start();
        assertThat(flow.state().get()).isEqualTo(LoadState.FAILED);
        assertThat(flow.problem().get()).isEqualTo("appointments.error.directoryNotReady");

        OfficeFinder finder = new OfficeFinder(emptyDirectory);
        finder.search("Verderonne");
        assertThat(finder.outcome().get()).isEqualTo("appointments.error.directoryNotReady");
    }
}
