package org.guichet.feedback;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Query;

/** The feedback part of docs/gateway-openapi.yaml, as Retrofit calls. Paths are relative to the base URL. */
interface FeedbackApi {
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @POST("v1/feedback")
    Call<Receipt> sendFeedback(@Header(IDEMPOTENCY_KEY) String idempotencyKey, @Body FeedbackRequest request);

    @POST("v1/document-reports")
    Call<Receipt> reportDocument(@Header(IDEMPOTENCY_KEY) String idempotencyKey, @Body DocumentReport report);

    /** {@code kind} is the wire name; {@code lang} the language of the improvements' texts. */
    @GET("v1/satisfaction")
    Call<SatisfactionSummary> satisfaction(@Query("kind") String kind, @Query("id") String id,
                                           @Query("lang") String lang);
}
