package org.guichet.sandbox;

import com.google.gson.Gson;
import java.time.Clock;
import java.time.Instant;
import org.guichet.appointments.CallbackReceipt;
import org.guichet.appointments.CallbackRequest;

/** Records call-back requests, once per Idempotency-Key. */
final class Callbacks {
    static final String OPERATION = "POST /v1/offices/{officeId}/callback-requests";

    private final ConnectionPool pool;
    private final Offices offices;
    private final Gson gson;
    private final Clock clock;

    Callbacks(ConnectionPool pool, Offices offices, Gson gson, Clock clock) {
        this.pool = pool;
        this.offices = offices;
        this.gson = gson;
        this.clock = clock;
    }

    JsonResponse request(String officeId, String idempotencyKey, CallbackRequest request) {
        BookableOffice office = offices.office(officeId);
        ContactRules.checkName(request.name());
        ContactRules.checkPhone(request.phone());
        if (request.preferredPeriod() == null) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED, "preferredPeriod must be morning, afternoon or any");
        }
        if (request.reasonId() != null && ReasonCatalog.find(office, request.reasonId()).isEmpty()) {
            throw new ProblemException(ProblemCode.REASON_NOT_FOUND, "unknown reason for this office");
        }
        String canonical = officeId + "|" + gson.toJson(request);
        return pool.inWriteTransaction(connection -> IdempotentWrites.once(connection, OPERATION, idempotencyKey,
                canonical, c -> {
                    Instant now = clock.instant();
                    String id = Secrets.callbackId();
                    CallbackStore.insert(c, id, officeId, request, now);
                    CallbackReceipt receipt = new CallbackReceipt(id, officeId, "received",
                            office.atOffice(now));
                    return new JsonResponse(201, gson.toJson(receipt));
                }));
    }
}
