package org.guichet.sandbox;

import com.google.gson.Gson;
import java.time.Clock;
import java.util.List;
import org.guichet.appointments.BookingMode;
import org.guichet.appointments.BookingRequest;
import org.guichet.appointments.CallbackRequest;
import org.guichet.appointments.Reason;
import org.guichet.appointments.ReasonList;
import org.guichet.appointments.RescheduleRequest;
import org.guichet.feedback.DocumentReport;
import org.guichet.feedback.FeedbackRequest;
import org.guichet.feedback.FeedbackSubject;
import org.guichet.feedback.SubjectKind;

/** The endpoints of docs/gateway-openapi.yaml, each tied to the piece of the sandbox that answers it. */
final class SandboxRoutes {
    private SandboxRoutes() {
    }

    static List<Route> of(ConnectionPool pool, OfficeHoursLookup lookup, Gson gson, Clock clock) {
        Offices offices = new Offices(lookup);
        Availability availability = new Availability(pool);
        Bookings bookings = new Bookings(pool, offices, gson, clock);
        Callbacks callbacks = new Callbacks(pool, offices, gson, clock);
        Feedbacks feedbacks = new Feedbacks(pool, DemoImprovements.load(gson), gson, clock);
        return List.of(
                Route.of("GET", "/v1/offices/{officeId}/reasons", request -> {
                    String officeId = request.pathParameter(0);
                    List<Reason> reasons = ReasonCatalog.forOffice(offices.office(officeId)).stream()
                            .map(CatalogReason::reason).toList();
                    return ok(gson, new ReasonList(officeId, reasons));
                }),
                Route.of("GET", "/v1/offices/{officeId}/slots", request -> {
                    String officeId = request.pathParameter(0);
                    BookableOffice office = offices.office(officeId);
                    BookingMode mode = BookingMode.fromWireName(request.query("mode")).orElse(null);
                    CatalogReason reason = offices.reason(office, request.query("reason"), mode);
                    return ok(gson, availability.slots(officeId, office, reason, mode,
                            request.dateQuery("from"), request.dateQuery("to"), clock.instant()));
                }),
                Route.of("POST", "/v1/bookings", request -> {
                    String key = request.idempotencyKey();
                    return bookings.create(key, request.body(BookingRequest.class));
                }),
                Route.of("GET", "/v1/bookings/{bookingToken}",
                        request -> ok(gson, bookings.get(request.pathParameter(0)))),
                Route.of("POST", "/v1/bookings/{bookingToken}/cancel",
                        request -> ok(gson, bookings.cancel(request.pathParameter(0)))),
                Route.of("POST", "/v1/bookings/{bookingToken}/reschedule", request -> ok(gson,
                        bookings.reschedule(request.pathParameter(0),
                                request.body(RescheduleRequest.class).slotStart()))),
                Route.of("GET", "/v1/offices/{officeId}/queue", request -> {
                    String officeId = request.pathParameter(0);
                    return ok(gson, QueueEstimates.of(officeId, offices.office(officeId), clock.instant()));
                }),
                Route.of("POST", "/v1/offices/{officeId}/callback-requests", request -> {
                    String key = request.idempotencyKey();
                    return callbacks.request(request.pathParameter(0), key, request.body(CallbackRequest.class));
                }),
                Route.of("POST", "/v1/feedback", request -> {
                    String key = request.idempotencyKey();
                    return feedbacks.store(key, request.body(FeedbackRequest.class));
                }),
                Route.of("POST", "/v1/document-reports", request -> {
                    String key = request.idempotencyKey();
                    return feedbacks.report(key, request.body(DocumentReport.class));
                }),
                Route.of("GET", "/v1/satisfaction", request -> {
                    SubjectKind kind = request.enumQuery("kind", SubjectKind.class);
                    FeedbackSubject subject = new FeedbackSubject(kind, request.query("id"));
                    return ok(gson, feedbacks.summary(subject, request.query("lang")));
                }));
    }

    private static JsonResponse ok(Gson gson, Object body) {
        return new JsonResponse(200, gson.toJson(body));
    }
}
