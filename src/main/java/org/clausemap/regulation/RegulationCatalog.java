package org.clausemap.regulation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The frameworks declared in a {@code regulations/} folder, loaded and validated once; immutable afterwards.
 *
 * <pre>{@code
 * RegulationCatalog catalog = RegulationCatalog.load(Path.of("regulations"));
 * Framework dtsa = catalog.require("trade-secrets");
 * }</pre>
 */
public final class RegulationCatalog {

    private final Path dir;
    private final SortedMap<String, Framework> byId;
    private final String version;

    private RegulationCatalog(Path dir, Map<String, Framework> byId, String version) {
        this.dir = dir;
        this.byId = Collections.unmodifiableSortedMap(new TreeMap<>(byId));
        this.version = version;
    }

    /**
     * Reads and validates every {@code *.yaml} / {@code *.yml} file directly in {@code dir} (other files, such as
     * the README, and hidden files are ignored).
     *
     * @throws RegulationException listing every problem in every file, or naming the folder when it is missing or
     *                             holds no framework file
     */
    public static RegulationCatalog load(Path dir) {
        YamlFields yaml = new YamlFields(YAMLMapper.builder().build());
        MessageDigest digest = sha256();
        List<RegulationProblem> problems = new ArrayList<>();
        Map<String, Framework> byId = new TreeMap<>();
        Map<String, Path> fileOfId = new HashMap<>();
        for (Path file : RegulationFiles.list(dir)) {
            Optional<byte[]> bytes = read(file, problems);
            bytes.ifPresent(content -> addToVersion(digest, file, content));
            bytes.flatMap(content -> RegulationFiles.text(file, content, problems))
                    .flatMap(text -> yaml.read(file, text, problems))
                    .flatMap(fields -> FrameworkBinder.bind(file, fields, problems))
                    .ifPresent(framework -> {
                        Path earlier = fileOfId.putIfAbsent(framework.id(), file);
                        if (earlier != null) {
                            problems.add(RegulationProblem.in(file, "duplicate id '" + framework.id()
                                    + "', already defined in " + earlier));
                        }
                        byId.putIfAbsent(framework.id(), framework);
                    });
        }
        if (!problems.isEmpty()) {
            throw new RegulationException(problems);
        }
        return new RegulationCatalog(dir, byId, HexFormat.of().formatHex(digest.digest()));
    }

    /** The framework with this id, if declared. */
    public Optional<Framework> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The framework with this id.
     *
     * @throws NoSuchElementException naming the id, the folder and the ids that do exist
     */
    public Framework require(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("no framework with id '" + id + "' in "
                + dir + " (declared ids: " + String.join(", ", byId.keySet()) + ")"));
    }

    /** All frameworks, sorted by id. */
    public List<Framework> all() {
        return List.copyOf(byId.values());
    }

    /** All declared ids, sorted. */
    public Set<String> ids() {
        return Collections.unmodifiableSet(byId.keySet());
    }

    /**
     * A content hash identifying this set of definitions: the SHA-256 (lower-case hex) over, for each file in
     * file-name order, its name, a NUL byte, its length in bytes and its bytes. Any edit, addition, removal or
     * rename of a framework file changes it; nothing else does.
     */
    public String version() {
        return version;
    }

    @Override
    public String toString() {
        return "RegulationCatalog[" + dir + ", " + byId.size() + " frameworks, version " + version + "]";
    }

    private static Optional<byte[]> read(Path file, List<RegulationProblem> problems) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(RegulationProblem.in(file, "cannot read the file: " + e));
            return Optional.empty();
        }
    }

    private static void addToVersion(MessageDigest digest, Path file, byte[] bytes) {
        digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
