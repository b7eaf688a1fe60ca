package org.clausemap.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import org.clausemap.provision.SourceFormat;

/**
 * Decides a source's format when none is given: from the name's extension ({@code .html}/{@code .htm},
 * {@code .md}/{@code .markdown}, {@code .txt}), else by sniffing the start of the content.
 */
final class FormatDetector {

    private static final int SNIFF_CHARS = 65_536;
    private static final Pattern HTML = Pattern.compile("<html|<body|<p>|<!doctype html", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN = Pattern.compile(
            "(?m)^#{1,6}\\s+\\S|^[^\\n]+\\n(?:=+|-{3,})[ \\t]*$|\\*\\*\\d+(?:\\.\\d+)*\\.?\\*\\*|^\\|.*\\|[ \\t]*$");

    private FormatDetector() {
    }

    static SourceFormat detect(String name, String content) {
        SourceFormat byName = fromName(name);
        return byName != null ? byName : sniff(content);
    }

    /** The format a file or URL name's extension says, or null. */
    static SourceFormat fromName(String name) {
        String path = name.toLowerCase(Locale.ROOT);
        int cut = indexOfAny(path, "?#");
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (path.endsWith(".html") || path.endsWith(".htm") || path.endsWith(".xhtml")) {
            return SourceFormat.HTML;
        }
        if (path.endsWith(".md") || path.endsWith(".markdown")) {
            return SourceFormat.MARKDOWN;
        }
        if (path.endsWith(".txt")) {
            return SourceFormat.TEXT;
        }
        return null;
    }

    static SourceFormat sniff(String content) {
        String head = content.length() > SNIFF_CHARS ? content.substring(0, SNIFF_CHARS) : content;
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("<") || HTML.matcher(head).find()) {
            return SourceFormat.HTML;
        }
        return MARKDOWN.matcher(head).find() ? SourceFormat.MARKDOWN : SourceFormat.TEXT;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
