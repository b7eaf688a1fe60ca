package org.clausemap.authoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.AnalysisService;
import org.clausemap.provision.Document;
import org.clausemap.provision.Provision;
import org.clausemap.provision.SourceFormat;
import org.clausemap.provision.SourceLocation;

/**
 * Runs the whole pipeline on a single provision text: the loop a legal engineer lives in (what does the rule set
 * make of this clause, and why).
 */
public final class Explainer {

    static final String PROVISION_ID = "explained";
    private final AnalysisService analyses;

    public Explainer(AnalysisService analyses) {
        this.analyses = analyses;
    }

    /**
     * @param text    the provision text
     * @param section an enclosing section heading, or null
     */
    public Analysis explain(String text, String section, AnalysisOptions options) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("nothing to explain: the provision text is empty");
        }
        String hash = sha256(text);
        Provision provision = new Provision(PROVISION_ID, null, section == null ? List.of() : List.of(section),
                null, text.strip(), new SourceLocation(1, 0, text.length(), null), hash);
        Document document = new Document("explained provision", "explain", hash, SourceFormat.TEXT,
                List.of(provision));
        return analyses.analyze(document, options);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
