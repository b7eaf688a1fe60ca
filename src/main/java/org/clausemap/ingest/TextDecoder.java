package org.clausemap.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/** Decodes bytes as text strictly: malformed input and binary content are errors that say where they are. */
final class TextDecoder {

    private TextDecoder() {
    }

    /**
     * @param where the file or URL, for the error message
     */
    static String decode(byte[] bytes, Charset charset, String where) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw invalid(bytes, in.position(), charset, where);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw invalid(bytes, in.position(), charset, where);
        }
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new IngestException(where + " is not text: it holds a NUL character at line "
                    + lineAt(text, nul) + " (a binary file?)");
        }
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static IngestException invalid(byte[] bytes, int offset, Charset charset, String where) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return new IngestException(where + " is not valid " + charset.name() + " text: malformed bytes at line "
                + line + " (byte offset " + offset + ")", new CharacterCodingException());
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
