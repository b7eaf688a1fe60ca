package org.clausemap.store;

/** Fits values into the indexed columns; the stored JSON keeps them whole. */
final class Columns {

    private Columns() {
    }

    /** The value, cut to at most {@code max} characters (never splitting a surrogate pair); null stays null. */
    static String fit(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
