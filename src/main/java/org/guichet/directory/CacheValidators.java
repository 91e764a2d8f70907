package org.guichet.directory;

/** An HTTP reply's ETag and Last-Modified, sent back as If-None-Match and If-Modified-Since; "" when absent. */
record CacheValidators(String etag, String lastModified) {

    static final CacheValidators NONE = new CacheValidators("", "");

    CacheValidators {
        etag = etag == null ? "" : etag;
        lastModified = lastModified == null ? "" : lastModified;
    }
}
