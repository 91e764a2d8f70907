package org.guichet.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A gzip stream (RFC 1952) whose header is always the same: no file name and a zero modification
 * time. It is written here rather than by {@code GZIPOutputStream}, whose header bytes changed
 * between JDK versions.
 */
final class ReproducibleGzipOutputStream extends OutputStream {
    /** Magic, deflate, no flags, MTIME 0, XFL 2 (best compression), OS 255 (unknown). */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 2, (byte) 0xff};

    private final OutputStream target;
    private final DeflaterOutputStream deflating;
    private final Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    private final CRC32 crc = new CRC32();
    private long size;
    private boolean closed;

    ReproducibleGzipOutputStream(OutputStream target) throws IOException {
        this.target = target;
        target.write(HEADER);
        deflating = new DeflaterOutputStream(target, deflater, 64 * 1024);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        deflating.write(bytes, offset, length);
        crc.update(bytes, offset, length);
        size += length;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            deflating.finish();
            target.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                    .putInt((int) crc.getValue())
                    .putInt((int) size)
                    .array());
        } finally {
            deflater.end();
            target.close();
        }
    }
}
