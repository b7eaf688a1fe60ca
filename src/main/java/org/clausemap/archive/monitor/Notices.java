package org.clausemap.archive.monitor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.clausemap.archive.Recording;
import org.clausemap.archive.VersionRef;
import org.clausemap.archive.diff.CategoryChange;
import org.clausemap.archive.diff.ChangeCounts;
import org.clausemap.archive.diff.ChangeSummary;
import org.clausemap.archive.diff.DocumentDelta;
import org.clausemap.archive.diff.FrameworkDelta;
import org.clausemap.archive.diff.ProvisionChange;
import org.clausemap.archive.diff.TermChange;
import org.clausemap.archive.store.CaptureFailure;
import org.clausemap.archive.store.RegisteredDocument;

/** The JSON bodies the webhook receives. */
public final class Notices {

    /** Event of a new version with material changes. */
    public static final String MATERIAL_CHANGE = "material-change";
    /** Event of a capture that extracted to (almost) nothing. */
    public static final String CAPTURE_FAILURE = "capture-failure";

    private Notices() {
    }

    /**
     * The document a notice is about.
     *
     * @param id           document id
     * @param platform     platform
     * @param documentType kind of document
     * @param url          where it is fetched from, or null
     */
    public record DocumentRef(UUID id, String platform, String documentType, String url) {

        static DocumentRef of(RegisteredDocument d) {
            return new DocumentRef(d.id(), d.platform(), d.documentType(), d.url());
        }
    }

    /**
     * A material change of one provision.
     *
     * @param kind         added, removed or modified (as the change summary says)
     * @param olderNumber  its number in the older version, or null
     * @param newerNumber  its number in the newer version, or null
     * @param sentence     what changed in substance
     * @param categories   categories that appeared or disappeared
     * @param terms        forms and qualifiers that appeared or disappeared
     * @param frameworks   framework scores of this provision that moved
     * @param olderText    the older wording, or null
     * @param newerText    the newer wording, or null
     */
    public record MaterialChange(String kind, String olderNumber, String newerNumber, String sentence,
                                 List<CategoryChange> categories, List<TermChange> terms,
                                 List<FrameworkDelta> frameworks, String olderText, String newerText) {
    }

    /**
     * A new version with material changes.
     *
     * @param event           {@value #MATERIAL_CHANGE}
     * @param document        the document
     * @param olderVersion    the version it replaces
     * @param newerVersion    the new version
     * @param counts          how many provisions changed how
     * @param documentScore   the document score, older and newer
     * @param materialChanges every material change with its sentence
     * @param frameworks      the frameworks whose document score moved, or that became or stopped being engaged
     * @param changes         the API path of the full change summary
     * @param disclaimer      the summary's disclaimer
     */
    public record ChangeNotice(String event, DocumentRef document, VersionRef olderVersion, VersionRef newerVersion,
                               ChangeCounts counts, DocumentDelta documentScore, List<MaterialChange> materialChanges,
                               List<FrameworkDelta> frameworks, String changes, String disclaimer) {
    }

    /**
     * A capture failure: alerted on its own, never as removals.
     *
     * @param event              {@value #CAPTURE_FAILURE}
     * @param document           the document
     * @param detectedAt         when
     * @param origin             monitor, fetch or upload
     * @param reason             what was wrong
     * @param provisions         provisions the capture extracted
     * @param previousProvisions provisions of the version in force
     * @param previousVersionId  the version in force
     */
    public record CaptureAlert(String event, DocumentRef document, Instant detectedAt, String origin, String reason,
                               int provisions, Integer previousProvisions, UUID previousVersionId) {
    }

    public static ChangeNotice change(Recording r) {
        ChangeSummary s = r.summary();
        List<MaterialChange> material = s.materialChanges().stream().map(Notices::material).toList();
        List<FrameworkDelta> frameworks = s.frameworks().stream()
                .filter(f -> f.delta() != 0 || f.engaged() || f.disengaged()).toList();
        String path = "/api/documents/" + r.document().id() + "/changes?from=" + r.previous().id() + "&to="
                + r.version().id();
        return new ChangeNotice(MATERIAL_CHANGE, DocumentRef.of(r.document()), VersionRef.of(r.previous()),
                VersionRef.of(r.version()), s.counts(), s.document(), material, frameworks, path, s.disclaimer());
    }

    public static CaptureAlert capture(RegisteredDocument d, CaptureFailure f) {
        return new CaptureAlert(CAPTURE_FAILURE, DocumentRef.of(d), f.detectedAt(), f.origin(), f.reason(),
                f.provisions(), f.previousProvisions(), f.previousVersionId());
    }

    private static MaterialChange material(ProvisionChange c) {
        return new MaterialChange(c.kind().name().toLowerCase(java.util.Locale.ROOT),
                c.older() == null ? null : c.older().number(), c.newer() == null ? null : c.newer().number(),
                c.sentence(), c.categories(), c.terms(), c.frameworks(),
                c.older() == null ? null : c.older().text(), c.newer() == null ? null : c.newer().text());
    }
}
