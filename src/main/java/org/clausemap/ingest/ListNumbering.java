package org.clausemap.ingest;

import java.util.Locale;

/**
 * The numbers an ordered list shows: decimal, letters ({@code type="a"}, {@code "A"}) or romans ({@code "i"},
 * {@code "I"}).
 */
final class ListNumbering {

    private ListNumbering() {
    }

    /** The number an ordered list shows for its {@code position}-th item, given the list's {@code type}. */
    static ClauseNumber position(int position, String type) {
        String text = switch (type) {
            case "a" -> letters(position, 'a');
            case "A" -> letters(position, 'A');
            case "i" -> roman(position).toLowerCase(Locale.ROOT);
            case "I" -> roman(position);
            default -> Integer.toString(position);
        };
        return new ClauseNumber(text, text, ClauseNumber.Kind.LIST, null);
    }

    private static String letters(int position, char base) {
        if (position < 1) {
            return Integer.toString(position);
        }
        StringBuilder out = new StringBuilder();
        int n = position;
        while (n > 0) {
            n--;
            out.insert(0, (char) (base + n % 26));
            n /= 26;
        }
        return out.toString();
    }

    private static String roman(int position) {
        if (position < 1 || position > 3999) {
            return Integer.toString(position);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int n = position;
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(symbols[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }
}
