package org.clausemap.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The stored form of large texts (analysis JSON, raw snapshots): UTF-8, gzip-compressed at the fastest level. JSON
 * analyses shrink about 6x, which is less to write, to keep in the database's pages and to read back; compressing a
 * 200 KB analysis takes about a millisecond. The bytes are standard gzip, readable by any tool that reads gzip.
 */
public final class Compressed {

    private Compressed() {
    }

    /** The gzip bytes of {@code text}'s UTF-8. */
    public static byte[] pack(String text) {
        return pack(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The gzip bytes of a text already in UTF-8 (JSON written as bytes, say), which saves encoding it again. */
    public static byte[] pack(byte[] utf8) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 4 + 64);
        try (GZIPOutputStream gzip = new FastGzip(out)) {
            gzip.write(utf8);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen writing to memory
        }
        return out.toByteArray();
    }

    /**
     * The text of gzip bytes written by {@link #pack(String)}.
     *
     * @throws IllegalArgumentException if the bytes are not gzip (a corrupted or foreign value)
     */
    public static String unpack(byte[] gzip) {
        return new String(unpackUtf8(gzip), StandardCharsets.UTF_8);
    }

    /**
     * As {@link #unpack(byte[])}, the text left in UTF-8.
     *
     * @throws IllegalArgumentException if the bytes are not gzip (a corrupted or foreign value)
     */
    public static byte[] unpackUtf8(byte[] gzip) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 8192)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("stored value is not valid gzip (" + gzip.length + " bytes): "
                    + e.getMessage(), e);
        }
    }

    /** gzip at {@link Deflater#BEST_SPEED}: ratio matters less than the request path's CPU. */
    private static final class FastGzip extends GZIPOutputStream {

        FastGzip(ByteArrayOutputStream out) throws IOException {
            super(out, 8192);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
