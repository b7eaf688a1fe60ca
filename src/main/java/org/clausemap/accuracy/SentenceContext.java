package org.clausemap.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers the section context of sentences that come without document structure (a sentence-split corpus such as
 * CLAUDETTE), so that rules reading {@code inSection(...)} see on sentences what the extractor gives them on real
 * documents. Two general heuristics, applied in document order:
 * <ul>
 * <li><b>Headings.</b> A sentence is a heading when it is short (at most {@value #MAX_HEADING_CHARS} characters and
 * {@value #MAX_HEADING_WORDS} words after an optional clause number such as {@code 12.3}, {@code (d)} or {@code iv.}),
 * starts with a capital letter, contains no web or e-mail address, no semicolon, tab or section sign (table rows,
 * citations) and no year (a date line such as
 * {@code Last modified: April 14, 2014} is not a heading) and does not end like a sentence or a list item
 * ({@code , ; : ? !}, or a trailing {@code and}/{@code or}). A final period is allowed only on a title-case
 * heading without verbs ({@code Acceptance of Terms of Use Agreement.}). Besides that it must look like a title:
 * most of its content words capitalised ({@code Governing Law and Dispute Resolution}, all capitals included), or,
 * in sentence case, free of auxiliary and modal verbs ({@code Payments and purchases of virtual goods}). Every
 * following sentence has the nearest preceding heading as its section, until the next heading.</li>
 * <li><b>Lead-ins of lists.</b> A sentence ending with a colon introduces the items that follow it ("We reserve the
 * right, without notice, to:"). The items (sentences that end with {@code ; ,} or a trailing {@code and}/{@code or},
 * up to and including the first item that ends otherwise) have the lead-in as the innermost element of their
 * section path, after the heading; a lead-in inside a list (a nested list) is added after the outer one. An item
 * then carries the words that give it its legal force: the power reserved, or the liability excluded. The same
 * walk gives the other direction ({@link Structure#items}): the sentences of the list a lead-in introduces, nested
 * items included, so that the lead-in can read what its items say, as on extracted documents.</li>
 * </ul>
 * A heading has no section of its own here (it is not a provision), and ends any open list.
 */
public final class SentenceContext {

    static final int MAX_HEADING_CHARS = 100;
    static final int MAX_HEADING_WORDS = 14;
    private static final int MAX_LEAD_INS = 3;

    private static final Pattern NUMBER = Pattern.compile(
            "^(\\(?(\\d{1,3}(\\.\\d{1,3})*|[A-Za-z]|[ivxIVX]{1,4})[.)]?\\s+)");
    private static final Pattern SENTENCE_END = Pattern.compile("[,;:!?][\"'\\u201D\\u2019)\\]]?$");
    private static final Pattern LIST_TAIL = Pattern.compile("(?i)(\\b(or|and|and/or)|[,;])$");
    private static final Pattern ADDRESS = Pattern.compile("(?i)https?:|www\\.|@|\\.(com|org|net)\\b");
    /** A year: "Last modified: April 14, 2014" is a date line, not a heading. */
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'\\u2019-]*");
    private static final Pattern AUXILIARY = Pattern.compile(
            "(?i)\\b(is|are|was|were|will|shall|may|must|can|could|should|would|have|has|do|does|did|be|cannot)\\b");
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "and", "or", "to", "for", "in", "on", "with",
            "by", "from", "at", "as", "your", "our", "you", "we", "its", "their", "this", "these", "that", "any", "all",
            "not", "no", "us");

    private SentenceContext() {
    }

    /**
     * The structure of the sentences of one document, per sentence in order: its section path (its heading, if any,
     * then the lead-ins of its list, if any), and the indexes of the sentences in the list it introduces as a lead-in
     * (those that carry it in their section path; empty for a sentence that introduces no list).
     */
    record Structure(List<List<String>> paths, List<List<Integer>> items) {
    }

    static Structure walk(List<String> texts) {
        List<List<String>> out = new ArrayList<>(texts.size());
        List<List<Integer>> items = new ArrayList<>(texts.size());
        String heading = null;
        List<String> leadIns = new ArrayList<>();
        List<Integer> leadInIndexes = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            items.add(new ArrayList<>());
            String raw = texts.get(i);
            String text = raw == null ? "" : raw.strip();
            if (isHeading(text)) {
                out.add(List.of());
                heading = text;
                leadIns.clear();
                leadInIndexes.clear();
                continue;
            }
            List<String> path = new ArrayList<>();
            if (heading != null) {
                path.add(heading);
            }
            path.addAll(leadIns);
            out.add(List.copyOf(path));
            for (int leadIn : leadInIndexes) {
                items.get(leadIn).add(i);
            }
            if (text.endsWith(":")) {
                if (leadIns.size() == MAX_LEAD_INS) {
                    leadIns.remove(leadIns.size() - 1);
                    leadInIndexes.remove(leadInIndexes.size() - 1);
                }
                leadIns.add(text);
                leadInIndexes.add(i);
            } else if (!LIST_TAIL.matcher(text).find()) {
                leadIns.clear();
                leadInIndexes.clear();
            }
        }
        return new Structure(out, items.stream().map(List::copyOf).toList());
    }

    /** Whether a sentence standing alone looks like a heading (see the class comment for the test). */
    public static boolean isHeading(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || text.length() > MAX_HEADING_CHARS || ADDRESS.matcher(text).find()
                || YEAR.matcher(text).find() || text.indexOf(';') >= 0 || text.indexOf('\t') >= 0
                || text.indexOf('\u00A7') >= 0) {
            return false;
        }
        boolean period = text.endsWith(".");
        String body = period ? text.substring(0, text.length() - 1).strip() : text;
        if (body.isEmpty() || body.endsWith(".") || SENTENCE_END.matcher(body).find()
                || LIST_TAIL.matcher(body).find()) {
            return false;
        }
        Matcher number = NUMBER.matcher(body);
        String title = number.find() ? body.substring(number.end()) : body;
        if (title.isEmpty() || !Character.isUpperCase(title.codePointAt(0))) {
            return false;
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(title);
        while (m.find()) {
            words.add(m.group());
        }
        if (words.isEmpty() || words.size() > MAX_HEADING_WORDS) {
            return false;
        }
        List<String> content = words.stream().filter(w -> !STOP.contains(w.toLowerCase(Locale.ROOT))).toList();
        if (content.isEmpty()) {
            return false;
        }
        long capitalised = content.stream().filter(w -> Character.isUpperCase(w.charAt(0))).count();
        boolean titleCase = capitalised * 10 >= content.size() * 6L;
        boolean verbless = !AUXILIARY.matcher(title).find();
        if (period) {
            // "1. Acceptance of Terms of Use Agreement." but not "Changes shall become effective when published."
            return titleCase && verbless && !title.contains(",") && !title.contains(".");
        }
        return titleCase || verbless;
    }
}
