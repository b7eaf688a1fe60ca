package org.clausemap.archive;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.Core;
import org.clausemap.archive.ArchiveException.Kind;
import org.clausemap.archive.diff.ChangeSummarizer;
import org.clausemap.archive.diff.ChangeSummary;
import org.clausemap.archive.diff.ChangeSummaryJson;
import org.clausemap.archive.store.CaptureFailure;
import org.clausemap.archive.store.DocumentStore;
import org.clausemap.archive.store.Insertion;
import org.clausemap.archive.store.NewDocument;
import org.clausemap.archive.store.RegisteredDocument;
import org.clausemap.archive.store.Snapshot;
import org.clausemap.archive.store.StoredSummary;
import org.clausemap.archive.store.VersionRecord;
import org.clausemap.ingest.DocumentReader;
import org.clausemap.ingest.IngestException;
import org.clausemap.ingest.Source;
import org.clausemap.provision.Document;
import org.clausemap.provision.SourceFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The archive's one service: registers documents, records captures as versions when their text changed, and
 * summarises the changes between versions. The REST API, the CLI and the monitor all go through it. Thread-safe.
 */
public final class Archive {

    private static final Logger log = LoggerFactory.getLogger(Archive.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private final Core core;
    private final DocumentStore store;
    private final ChangeSummarizer summarizer;
    private final List<ChangeNotifier> notifiers;
    private final ArchiveProperties properties;
    private final Clock clock;
    private final DocumentReader reader = new DocumentReader();
    private final JsonMapper json = JsonMapper.builder().build();
    private final ChangeSummaryJson summaries = new ChangeSummaryJson();

    public Archive(Core core, DocumentStore store, ChangeSummarizer summarizer, List<ChangeNotifier> notifiers,
                   ArchiveProperties properties, Clock clock) {
        this.core = core;
        this.store = store;
        this.summarizer = summarizer;
        this.notifiers = List.copyOf(notifiers);
        this.properties = properties;
        this.clock = clock;
    }

    public Core core() {
        return core;
    }

    public ArchiveProperties properties() {
        return properties;
    }

    public Clock clock() {
        return clock;
    }

    // ---- documents

    /** Registers a document after checking it: names, URL, monitoring needs a URL, interval not too short. */
    public RegisteredDocument register(NewDocument d) {
        checkName("platform", d.platform());
        checkName("documentType", d.documentType());
        if (d.url() != null) {
            checkUrl(d.url());
        }
        if (d.monitor() && d.url() == null) {
            throw new ArchiveException(Kind.INVALID, "A monitored document needs a url").with("field", "url");
        }
        Duration min = properties.monitor().minInterval();
        if (d.interval() != null && d.interval().compareTo(min) < 0) {
            throw new ArchiveException(Kind.INVALID, "interval must be at least " + min + "; was " + d.interval())
                    .with("field", "interval");
        }
        try {
            return store.register(d, clock.instant());
        } catch (DuplicateKeyException e) {
            RegisteredDocument existing = store.find(d.platform(), d.documentType()).orElseThrow(() -> e);
            throw new ArchiveException(Kind.DOCUMENT_EXISTS, "A document " + existing.name()
                    + " is already registered, with id " + existing.id()).with("id", existing.id());
        }
    }

    /** The document of this platform and type, registered (without URL or monitoring) when there is none. */
    public RegisteredDocument registerIfAbsent(String platform, String documentType) {
        Optional<RegisteredDocument> found = store.find(platform, documentType);
        if (found.isPresent()) {
            return found.get();
        }
        try {
            return register(new NewDocument(platform, documentType, null, List.of(), List.of(), false, null));
        } catch (ArchiveException e) {
            if (e.kind() == Kind.DOCUMENT_EXISTS) {
                return store.find(platform, documentType).orElseThrow();
            }
            throw e;
        }
    }

    public RegisteredDocument document(String id) {
        return parse(id).flatMap(store::find).orElseThrow(() -> new ArchiveException(Kind.DOCUMENT_NOT_FOUND,
                "No document with id '" + id + "'").with("id", id));
    }

    public RegisteredDocument document(UUID id) {
        return document(id.toString());
    }

    public Optional<RegisteredDocument> document(String platform, String documentType) {
        return store.find(platform, documentType);
    }

    public List<RegisteredDocument> documents(String platform) {
        return store.list(platform);
    }

    // ---- versions

    public List<VersionRecord> versions(RegisteredDocument document) {
        return store.versions(document.id());
    }

    public int versionCount(RegisteredDocument document) {
        return store.versionCount(document.id());
    }

    public Optional<VersionRecord> latest(RegisteredDocument document) {
        return store.latest(document.id());
    }

    public VersionRecord version(RegisteredDocument document, String versionId) {
        return parse(versionId).flatMap(store::version).filter(v -> v.documentId().equals(document.id()))
                .orElseThrow(() -> new ArchiveException(Kind.VERSION_NOT_FOUND, "Document " + document.name()
                        + " has no version with id '" + versionId + "'").with("versionId", versionId));
    }

    public Analysis analysis(VersionRecord version) {
        String body = store.analysisJson(version.id()).orElseThrow(() -> new IllegalStateException(
                "version " + version.id() + " has no stored analysis"));
        return json.readValue(body, Analysis.class);
    }

    public Snapshot snapshot(VersionRecord version) {
        return store.snapshot(version.id()).orElseThrow(() -> new IllegalStateException(
                "version " + version.id() + " has no stored snapshot"));
    }

    public List<CaptureFailure> captureFailures(RegisteredDocument document, int limit) {
        return store.captureFailures(document.id(), limit);
    }

    /**
     * Records a capture of {@code document} dated {@code recordedAt}: a new version when its normalised text differs
     * from the version in force at that date, nothing when it is the same, a capture failure when it extracts to
     * almost nothing (no provisions, fewer than {@link ArchiveProperties#captureFailureRatio()} of the version in
     * force, or a selection that no longer matches). A new version after another gets its change summary, and
     * notifiers hear of it (imports excepted).
     *
     * @throws ArchiveException (UNREADABLE) when a first capture cannot be read or has no provisions
     */
    public Recording record(RegisteredDocument document, Source source, Instant recordedAt, Origin origin) {
        VersionRecord inForce = store.versionAt(document.id(), recordedAt).orElse(null);
        Document read;
        try {
            read = reader.read(source);
        } catch (IngestException e) {
            if (inForce == null) {
                throw new ArchiveException(Kind.UNREADABLE, e.getMessage(), e);
            }
            return captureFailure(document, origin, "The capture could not be extracted: " + e.getMessage(), 0,
                    inForce);
        }
        if (inForce != null && inForce.sha256().equals(read.sha256())) {
            return new Recording(Recording.Outcome.UNCHANGED, document, inForce, null, null, null);
        }
        int provisions = read.provisions().size();
        if (inForce == null && provisions == 0) {
            throw new ArchiveException(Kind.UNREADABLE, "No provisions were found in " + source.name()
                    + ": the document has no text, or the select/remove selectors leave none");
        }
        if (inForce != null && capturedTooLittle(provisions, inForce)) {
            return captureFailure(document, origin, String.format(Locale.ROOT, "The capture extracted %d provision%s"
                            + " where the version in force (%s) has %d: below %.0f%% of it, so the page is taken to be"
                            + " captured wrongly, not emptied", provisions, provisions == 1 ? "" : "s",
                    inForce.recordedAt(), inForce.provisions(), properties.captureFailureRatio() * 100), provisions,
                    inForce);
        }
        Analysis analysis = core.analyses().analyze(read, new AnalysisOptions(null, document.platform(),
                document.documentType(), null));
        VersionRecord version = new VersionRecord(UUID.randomUUID(), document.id(), recordedAt, clock.instant(),
                origin.label(), read.sha256(), source.name(), read.format().name(), read.title(), provisions,
                analysis.score().score(), analysis.score().band(), analysis.ruleSet().version());
        Insertion insertion = store.insertIfChanged(version, new Snapshot(contentType(read.format()),
                source.content()), json.writeValueAsString(analysis));
        if (!insertion.created()) {
            return new Recording(Recording.Outcome.UNCHANGED, document, insertion.version(), null, null, null);
        }
        VersionRecord previous = insertion.previous();
        ChangeSummary summary = previous == null || origin == Origin.IMPORT ? null
                : summary(previous, version, analysis(previous), analysis);
        Recording recording = new Recording(Recording.Outcome.CREATED, document, version, previous, summary, null);
        if (summary != null) {
            notifiers.forEach(n -> notify(() -> n.versionCreated(recording)));
        }
        return recording;
    }

    /** No provisions, or fewer than the configured share of the version in force's. */
    private boolean capturedTooLittle(int provisions, VersionRecord inForce) {
        return provisions == 0 || provisions < properties.captureFailureRatio() * inForce.provisions();
    }

    private Recording captureFailure(RegisteredDocument document, Origin origin, String reason, int provisions,
                                     VersionRecord inForce) {
        CaptureFailure failure = store.recordCaptureFailure(new CaptureFailure(UUID.randomUUID(), document.id(),
                clock.instant(), origin.label(), reason, provisions, inForce.provisions(), inForce.id()));
        log.warn("Capture failure of {}: {}", document.name(), reason);
        if (origin != Origin.IMPORT) {
            notifiers.forEach(n -> notify(() -> n.captureFailed(document, failure)));
        }
        return new Recording(Recording.Outcome.CAPTURE_FAILURE, document, null, null, null, failure);
    }

    // ---- changes

    /**
     * The changes between two versions of a document, each named by version id or date ({@code YYYY-MM-DD}: the
     * version in force at the end of that day; or an ISO instant). {@code to} defaults to the latest version,
     * {@code from} to the version before {@code to}.
     */
    public Changes changes(RegisteredDocument document, String from, String to) {
        List<VersionRecord> versions = store.versions(document.id());
        if (versions.isEmpty() || versions.size() < 2 && from == null) {
            throw new ArchiveException(Kind.TOO_FEW_VERSIONS, "Document " + document.name() + " has "
                    + versions.size() + " version" + (versions.size() == 1 ? "" : "s")
                    + "; changes need two").with("versions", versions.size());
        }
        VersionRecord newer = blank(to) ? versions.get(versions.size() - 1) : resolve(document, to, "to");
        VersionRecord older;
        if (blank(from)) {
            int index = indexOf(versions, newer);
            if (index == 0) {
                throw new ArchiveException(Kind.TOO_FEW_VERSIONS, "No version of " + document.name() + " precedes "
                        + newer.recordedAt() + " (" + newer.id() + "); give from").with("field", "from");
            }
            older = versions.get(index - 1);
        } else {
            older = resolve(document, from, "from");
        }
        if (indexOf(versions, older) > indexOf(versions, newer)) {
            throw new ArchiveException(Kind.INVALID, "from (" + older.recordedAt() + ") is later than to ("
                    + newer.recordedAt() + ")").with("field", "from");
        }
        return new Changes(document, older, newer, summary(older, newer, null, null));
    }

    /** The summary of two versions, computed once and then read from the store. */
    private ChangeSummary summary(VersionRecord older, VersionRecord newer, Analysis olderAnalysis,
                                  Analysis newerAnalysis) {
        Optional<StoredSummary> stored = store.summary(older.id(), newer.id());
        if (stored.isPresent()) {
            return summaries.read(stored.get().json());
        }
        ChangeSummary summary = summarizer.summarize(olderAnalysis != null ? olderAnalysis : analysis(older),
                newerAnalysis != null ? newerAnalysis : analysis(newer));
        store.saveSummary(new StoredSummary(older.id(), newer.id(), summary.counts().material(),
                summary.counts().editorial(), summaries.write(summary)), clock.instant());
        return summary;
    }

    private VersionRecord resolve(RegisteredDocument document, String given, String field) {
        String value = given.strip();
        Optional<UUID> id = parse(value);
        if (id.isPresent()) {
            return version(document, value);
        }
        Instant at = instant(value, field);
        return store.versionAt(document.id(), at).orElseThrow(() -> new ArchiveException(Kind.VERSION_NOT_FOUND,
                "Document " + document.name() + " has no version in force at " + value).with("field", field));
    }

    /** {@code YYYY-MM-DD} (the end of that day, UTC) or an ISO instant. */
    static Instant instant(String value, String field) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ArchiveException(Kind.INVALID, field + " must be a version id, a date (YYYY-MM-DD) or an"
                    + " instant (2026-01-31T12:00:00Z); was \"" + value + "\"").with("field", field);
        }
    }

    private static int indexOf(List<VersionRecord> versions, VersionRecord v) {
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).id().equals(v.id())) {
                return i;
            }
        }
        throw new IllegalStateException("version " + v.id() + " not in its document's timeline");
    }

    // ---- helpers

    private static void notify(Runnable delivery) {
        try {
            delivery.run();
        } catch (RuntimeException e) {
            log.warn("A change notifier failed", e);
        }
    }

    private static String contentType(SourceFormat format) {
        return switch (format) {
            case HTML -> "text/html";
            case MARKDOWN -> "text/markdown";
            case TEXT -> "text/plain";
        };
    }

    private static void checkName(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ArchiveException(Kind.INVALID, field + " is required").with("field", field);
        }
        if (!NAME.matcher(value).matches()) {
            throw new ArchiveException(Kind.INVALID, field + " must be 1-200 letters, digits, dots, dashes or"
                    + " underscores, starting with a letter or digit; was \"" + value + "\"").with("field", field);
        }
    }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || url.length() > 2000) {
                throw new ArchiveException(Kind.INVALID, "url must be an absolute http(s) URL of at most 2,000"
                        + " characters; was \"" + url + "\"").with("field", "url");
            }
        } catch (URISyntaxException e) {
            throw new ArchiveException(Kind.INVALID, "Not a valid URL: " + url + " (" + e.getReason() + ")")
                    .with("field", "url");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id == null || id.length() != 36 ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
