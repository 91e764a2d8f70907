package org.guichet.appointments;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** The gateway contract of docs/gateway-openapi.yaml, as Retrofit calls. Paths are relative to the base URL. */
interface GatewayApi {
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @GET("v1/offices/{officeId}/reasons")
    Call<ReasonList> reasons(@Path("officeId") String officeId);

    /** {@code mode} is the wire name; {@code from} and {@code to} are ISO local dates or null. */
    @GET("v1/offices/{officeId}/slots")
    Call<SlotList> slots(@Path("officeId") String officeId, @Query("reason") String reasonId,
                         @Query("mode") String mode, @Query("from") String from, @Query("to") String to);

    @POST("v1/bookings")
    Call<Booking> book(@Header(IDEMPOTENCY_KEY) String idempotencyKey, @Body BookingRequest request);

    @GET("v1/bookings/{bookingToken}")
    Call<Booking> booking(@Path("bookingToken") String bookingToken);

    @POST("v1/bookings/{bookingToken}/cancel")
    Call<Booking> cancel(@Path("bookingToken") String bookingToken);

    @POST("v1/bookings/{bookingToken}/reschedule")
    Call<Booking> reschedule(@Path("bookingToken") String bookingToken, @Body RescheduleRequest request);

    @GET("v1/offices/{officeId}/queue")
    Call<QueueInfo> queue(@Path("officeId") String officeId);

    @POST("v1/offices/{officeId}/callback-requests")
    Call<CallbackReceipt> requestCallback(@Path("officeId") String officeId,
                                          @Header(IDEMPOTENCY_KEY) String idempotencyKey,
                                          @Body CallbackRequest request);
}
