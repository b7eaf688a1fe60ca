package org.clausemap.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.kie.api.io.ResourceType;

/** Finds rule sources in a rules folder and hashes them into the rule-set version. */
final class RuleFiles {

    private RuleFiles() {
    }

    /** Rule sources under the folder, sorted by relative path: DRL, DSL and DSLR, and decision tables. */
    static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleBuildException("rules folder not found: " + folder.toAbsolutePath(), List.of());
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> type(p) != null)
                    .sorted((a, b) -> relative(folder, a).compareTo(relative(folder, b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rules folder " + folder, e);
        }
    }

    /** The Drools resource type for a file name, or null when it is not a rule source. */
    static ResourceType type(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        if (name.endsWith(".drl")) {
            return ResourceType.DRL;
        }
        if (name.endsWith(".dsl")) {
            return ResourceType.DSL;
        }
        if (name.endsWith(".dslr")) {
            return ResourceType.DSLR;
        }
        if (name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls")) {
            return ResourceType.DTABLE;
        }
        return null;
    }

    static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** Content hash over the manifest and every rule source (name and bytes), in path order. */
    static String version(Path folder, List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Path manifest = folder.resolve(RuleSetManifest.FILE);
            for (Path file : Stream.concat(Stream.of(manifest), files.stream()).toList()) {
                digest.update(relative(folder, file).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules for hashing", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
