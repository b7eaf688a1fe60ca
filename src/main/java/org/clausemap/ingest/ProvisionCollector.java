package org.clausemap.ingest;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.clausemap.provision.Provision;
import org.clausemap.provision.SourceLocation;
import org.jsoup.nodes.Element;

/**
 * Turns the walker's blocks into provisions: reads each as a clause, places it in the {@link Outline}, splits long
 * paragraphs into sentences, and gives each provision its id, hash and location.
 */
final class ProvisionCollector implements BlockSink {

    /** A heading longer than this after its number carries clause text, and is a provision too. */
    private static final int LONG_HEADING = 200;
    private static final int INTRO_LABEL_CHARS = 100;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Outline outline = new Outline();
    private final Locator locator;
    private final List<Provision> provisions = new ArrayList<>();
    private final List<String> normalised = new ArrayList<>();
    private final Map<String, Integer> idUses = new HashMap<>();
    private final MessageDigest digest = Texts.newDigest();
    private String firstH1;

    ProvisionCollector(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void heading(int level, Run run, Element element, ClauseNumber implicit) {
        String text = run.text();
        if (!Texts.hasLetter(text)) {
            return;
        }
        if (level == 1 && firstH1 == null) {
            firstH1 = text;
        }
        ParsedClause parsed = ClauseParser.parseHeading(text);
        List<String> parents = outline.path();
        String label = parsed.number() == null && implicit != null ? implicit.label(text) : text;
        outline.openHeading(level, label);
        if (parsed.heading().length() > LONG_HEADING) {
            Block block = new Block(run, element, null, null, true, false, null, null, true, false);
            emit(parsed.number(), null, parsed.heading(), parents, block);
        }
    }

    @Override
    public void block(Block block) {
        Run run = block.run();
        if (run.isLoneLink() || !Texts.hasLetter(run.text())) {
            return;
        }
        ParsedClause clause = ClauseParser.parse(run, block.inList(), block.implicit(), block.headingHint(),
                block.leaf());
        if (clause.headingOnly()) {
            open(clause);
            return;
        }
        if (!Texts.hasLetter(clause.body())) {
            return;
        }
        String label = clause.label() != null || !block.intro() ? clause.label() : introLabel(clause);
        List<String> path;
        if (clause.number() != null) {
            ClauseNumber placed = outline.place(clause.number());
            path = outline.path();
            outline.push(placed, label);
        } else {
            path = outline.path();
            if (block.intro() && label != null) {
                outline.pushLabel(label);
            }
        }
        emit(clause.number(), clause.heading(), clause.body(), path, block);
    }

    /** A list item that introduces nested items labels them with its number and the start of its text. */
    private static String introLabel(ParsedClause clause) {
        String lead = SentenceSplitter.firstSentence(clause.body(), INTRO_LABEL_CHARS);
        return clause.number() == null ? lead : clause.number().label(lead);
    }

    private void open(ParsedClause clause) {
        if (clause.number() != null) {
            outline.push(outline.place(clause.number()), clause.label());
        } else if (outline.inScope()) {
            outline.pushLabel(clause.heading());
        } else {
            outline.openHeading(Outline.PSEUDO_LEVEL, clause.heading());
        }
    }

    @Override
    public void label(Run run) {
        if (Texts.hasLetter(run.text())) {
            outline.pushLabel(run.text());
        }
    }

    @Override
    public void pseudoHeading(Run run) {
        if (!Texts.hasLetter(run.text())) {
            return;
        }
        if (outline.inScope()) {
            outline.pushLabel(run.text());
        } else {
            outline.openHeading(Outline.PSEUDO_LEVEL, run.text());
        }
    }

    @Override
    public void rule() {
        outline.reset();
    }

    @Override
    public void enterSection() {
        outline.enterSection();
    }

    @Override
    public void exitSection() {
        outline.exitSection();
    }

    @Override
    public void enterScope() {
        outline.enterScope();
    }

    @Override
    public void exitScope() {
        outline.exitScope();
    }

    private void emit(ClauseNumber number, String heading, String body, List<String> path, Block block) {
        outline.counted();
        SourceLocation location = locator.locate(block);
        String written = number == null ? null : number.text();
        for (String sentence : SentenceSplitter.split(body)) {
            String normal = Texts.normalize(sentence);
            if (normal.isEmpty()) {
                continue;
            }
            String sha = Texts.sha256(digest, normal);
            provisions.add(new Provision(id(written, sha), written, path, heading, sentence, location, sha));
            normalised.add(normal);
        }
    }

    private String id(String number, String sha) {
        String base = (number == null ? "p" : SPACES.matcher(number).replaceAll("-")) + "-" + sha.substring(0, 8);
        int uses = idUses.merge(base, 1, Integer::sum);
        return uses == 1 ? base : base + "-" + uses;
    }

    List<Provision> provisions() {
        return provisions;
    }

    /** SHA-256 of every provision's normalised text joined with newlines. */
    String documentSha256() {
        return Texts.sha256(digest, String.join("\n", normalised));
    }

    /** The text of the first {@code <h1>} read, or null. */
    String firstH1() {
        return firstH1;
    }
}
