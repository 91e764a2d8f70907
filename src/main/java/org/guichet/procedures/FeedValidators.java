package org.guichet.procedures;

/** The server's Last-Modified and ETag for a download (each null when the server sent none). */
record FeedValidators(String lastModified, String etag) {
}
