package org.clausemap.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Text helpers shared by the reader: what counts as whitespace or invisible, normalisation and hashing. */
final class Texts {

    private Texts() {
    }

    /** Characters a reader never sees: zero-width spaces and joiners, word joiner, BOM, soft hyphen. */
    static boolean isInvisible(char c) {
        return c >= '\u00AD' && (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
                || c == '\uFEFF');
    }

    /** Whitespace including the no-break spaces HTML pages use between words. */
    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u007F') {
            return false; // printable ASCII, most of any text: no lookup
        }
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** Collapses runs of whitespace to one space, drops invisible characters, trims. */
    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The form a provision is hashed in: NFKC, curly quotes, apostrophes and dashes as ASCII, lower case, whitespace
     * collapsed, trimmed. Two texts a reader would call the same get the same hash.
     */
    static String normalize(String text) {
        String nfkc = compatible(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder mapped = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            mapped.append(asciiPunctuation(nfkc.charAt(i)));
        }
        return collapse(mapped.toString().toLowerCase(Locale.ROOT));
    }

    /**
     * True when NFKC cannot change the text in a way the rest of {@link #normalize} keeps: only characters below
     * U+00A0 and the quotes and dashes of U+2010-U+201F (NFKC only folds U+2011 into U+2010, both become '-'), except
     * U+2017 (double low line), which NFKC decomposes into a space and a combining mark.
     */
    private static boolean compatible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00A0' && (c < '\u2010' || c > '\u201F' || c == '\u2017')) {
                return false;
            }
        }
        return true;
    }

    private static char asciiPunctuation(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u0060' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63',
                 '\uFF0D' -> '-';
            default -> c;
        };
    }

    /** SHA-256 of the UTF-8 bytes, as lower-case hex. */
    static String sha256(String text) {
        return sha256(newDigest(), text);
    }

    /** SHA-256 with a digest the caller reuses (one per document read). */
    static String sha256(MessageDigest digest, String text) {
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** True when the text holds at least one letter. */
    static boolean hasLetter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Number of whitespace-separated words. */
    static int words(CharSequence s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = isSpace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
