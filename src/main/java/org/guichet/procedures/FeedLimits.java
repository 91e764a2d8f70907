package org.guichet.procedures;

/**
 * Bounds on what an update may download and unpack, so a wrong or hostile file cannot fill the
 * device: the official zip is about 25 MB and unpacks to about 140 MB in some 5,500 files.
 */
record FeedLimits(long downloadBytes, long ficheBytes, long totalBytes, int ficheFiles) {
    static final FeedLimits DEFAULT = new FeedLimits(256L << 20, 16L << 20, 512L << 20, 50_000);
}
