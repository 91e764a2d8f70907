package org.guichet.directory;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Query;

/** The API Annuaire (Opendatasoft Explore v2.1) records endpoint. Null headers are not sent. */
interface AnnuaireApi {

    @GET("api/explore/v2.1/catalog/datasets/api-lannuaire-administration/records")
    Call<ResponseBody> records(@Query("where") String where, @Query("limit") int limit, @Query("offset") int offset,
            @Header("If-None-Match") String ifNoneMatch, @Header("If-Modified-Since") String ifModifiedSince);
}
