package org.guichet.procedures;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Streaming;
import retrofit2.http.Url;

/** The feed download, as a Retrofit call. A null validator leaves its header out. */
interface FicheFeedApi {

    @GET
    @Streaming
    Call<ResponseBody> download(@Url String url, @Header("If-None-Match") String etag,
                                @Header("If-Modified-Since") String lastModified);
}
