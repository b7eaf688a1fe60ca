package org.clausemap.engine.facts;

/**
 * Finds a look-behind that repeats without a bound ({@code +}, {@code *} or {@code {n,}} inside {@code (?<!...)} or
 * {@code (?<=...)}). Java compiles such a look-behind without complaint but does not reliably apply it: inside an
 * alternation, {@code (?<!\b(?:the|[\w-]+'s) administrator )may} lets "the team's administrator may" through. A
 * wording must bound the repetition instead ({@code [\w-]{1,40}'s}).
 */
public final class UnboundedLookBehind {

    private UnboundedLookBehind() {
    }

    /** The first look-behind of the expression with an unbounded repetition, as written, or null when there is none. */
    public static String find(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = LeadingLookBehinds.classEnd(regex, i);
            } else if (regex.startsWith("(?<!", i) || regex.startsWith("(?<=", i)) {
                int close = Prefilter.closing(regex, i);
                close = close < 0 ? regex.length() : close;
                String body = regex.substring(i + 4, close);
                if (unbounded(body)) {
                    return regex.substring(i, Math.min(regex.length(), close + 1));
                }
            }
        }
        return null;
    }

    /** Whether the text repeats something without a bound, outside escapes and character classes. */
    private static boolean unbounded(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = LeadingLookBehinds.classEnd(body, i);
            } else if (c == '+' || c == '*') {
                return true;
            } else if (c == '{') {
                int close = body.indexOf('}', i);
                if (close > 0 && body.substring(i + 1, close).matches("\\d+,")) {
                    return true;
                }
            }
        }
        return false;
    }
}
