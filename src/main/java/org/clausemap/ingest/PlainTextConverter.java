package org.clausemap.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns plain text into simple HTML for the one extractor: blank lines separate paragraphs; inside a paragraph a
 * line that starts with a clause number (the same {@link ClauseNumbers} rules) or a bullet starts a new one. A short
 * first line is the title ({@code <h1>}), other short all-capital lines are headings ({@code <h2>}). Each block
 * carries its source line and offsets as {@code data-src-*} attributes.
 */
final class PlainTextConverter {

    private static final int MAX_HEADING = 120;
    private static final String BULLETS = "\u2022*-\u2013\u25CF\u25AA";

    private PlainTextConverter() {
    }

    /** A run of source lines that become one block. */
    private record Piece(int line, int start, int end, String text) {
    }

    static Document toHtml(String text, String baseUri) {
        Document document = Document.createShell(baseUri);
        Element body = document.body();
        boolean first = true;
        for (Piece piece : pieces(text)) {
            String tag = tagFor(piece.text(), first);
            first = false;
            Element element = body.appendElement(tag);
            String content = piece.text();
            if (tag.equals("li")) {
                content = content.substring(1).strip();
            }
            element.text(content);
            element.attr(Locator.LINE, Integer.toString(piece.line()));
            element.attr(Locator.START, Integer.toString(piece.start()));
            element.attr(Locator.END, Integer.toString(piece.end()));
        }
        return document;
    }

    private static String tagFor(String text, boolean first) {
        boolean shortLine = text.length() <= MAX_HEADING && Texts.hasLetter(text);
        if (first && shortLine && !endsSentence(text) && !ClauseNumbers.startsWithNumber(text)) {
            return "h1";
        }
        if (isBullet(text)) {
            return "li";
        }
        boolean capitals = text.equals(text.toUpperCase(Locale.ROOT));
        if (shortLine && capitals && !ClauseNumbers.startsWithNumber(text)) {
            return "h2";
        }
        return "p";
    }

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == ';' || last == ',' || last == ':';
    }

    private static boolean isBullet(String text) {
        return text.length() > 2 && BULLETS.indexOf(text.charAt(0)) >= 0 && Texts.isSpace(text.charAt(1));
    }

    /** Splits the text into blocks, remembering where each starts and ends. */
    private static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentLine = 0;
        int currentStart = 0;
        int currentEnd = 0;
        int line = 1;
        int at = 0;
        while (at <= text.length()) {
            int newline = text.indexOf('\n', at);
            int end = newline < 0 ? text.length() : newline;
            String raw = text.substring(at, end);
            String stripped = raw.strip();
            boolean blank = stripped.isEmpty() || Texts.collapse(stripped).isEmpty();
            boolean startsNew = !blank && current.length() > 0
                    && (ClauseNumbers.startsWithNumber(Texts.collapse(stripped)) || isBullet(stripped));
            if ((blank || startsNew) && current.length() > 0) {
                pieces.add(new Piece(currentLine, currentStart, currentEnd, Texts.collapse(current)));
                current.setLength(0);
            }
            if (!blank) {
                if (current.length() == 0) {
                    currentLine = line;
                    currentStart = at + (raw.length() - raw.stripLeading().length());
                } else {
                    current.append(' ');
                }
                current.append(stripped);
                currentEnd = at + raw.stripTrailing().length();
            }
            if (newline < 0) {
                break;
            }
            at = newline + 1;
            line++;
        }
        if (current.length() > 0) {
            pieces.add(new Piece(currentLine, currentStart, currentEnd, Texts.collapse(current)));
        }
        return pieces;
    }
}
