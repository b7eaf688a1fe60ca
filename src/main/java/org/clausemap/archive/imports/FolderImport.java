package org.clausemap.archive.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.clausemap.archive.Archive;
import org.clausemap.archive.ArchiveException;
import org.clausemap.archive.Origin;
import org.clausemap.archive.Recording;
import org.clausemap.archive.store.RegisteredDocument;
import org.clausemap.ingest.IngestException;
import org.clausemap.ingest.Source;

/**
 * Imports an archive folder {@code <platform>/<document-type>/<YYYY-MM-DD>.<md|html|txt>} through the
 * {@link Archive}: oldest first within each document, each file recorded as a version dated by its name (00:00 UTC).
 * Files elsewhere in the tree, or named otherwise, are listed as skipped; folders and files starting with a dot are
 * ignored.
 */
public final class FolderImport {

    private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.(md|markdown|html|htm|txt)");

    private final Archive archive;

    public FolderImport(Archive archive) {
        this.archive = archive;
    }

    /** The files to import (of these platforms only, unless empty), sorted by platform, type and date. */
    public List<ImportFile> scan(Path folder, Set<String> platforms, List<String> skipped) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        List<ImportFile> files = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path f : tree.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = folder.relativize(f);
                if (hidden(relative)) {
                    continue;
                }
                if (relative.getNameCount() != 3) {
                    if (relative.getNameCount() > 1) {
                        skipped.add(relative + ": not at <platform>/<document-type>/<file>");
                    }
                    continue;
                }
                String platform = relative.getName(0).toString();
                if (!platforms.isEmpty() && !platforms.contains(platform)) {
                    continue;
                }
                Matcher m = NAME.matcher(relative.getFileName().toString());
                LocalDate date = m.matches() ? date(m.group(1)) : null;
                if (date == null) {
                    skipped.add(relative + ": not named YYYY-MM-DD.md, .html or .txt");
                    continue;
                }
                files.add(new ImportFile(f, platform, relative.getName(1).toString(), date));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(ImportFile::platform).thenComparing(ImportFile::documentType)
                .thenComparing(ImportFile::date));
        return files;
    }

    public ImportReport run(Path folder, Set<String> platforms, ImportListener listener) {
        List<String> skipped = new ArrayList<>();
        List<ImportFile> files = scan(folder, platforms, skipped);
        listener.started(files.size());
        List<ImportResult> results = new ArrayList<>();
        int registered = 0;
        for (ImportFile file : files) {
            boolean known = archive.document(file.platform(), file.documentType()).isPresent();
            ImportResult result = importFile(folder, file);
            if (!known && archive.document(file.platform(), file.documentType()).isPresent()) {
                registered++;
            }
            results.add(result);
            listener.imported(results.size(), files.size(), result);
        }
        return new ImportReport(results, skipped, registered);
    }

    private ImportResult importFile(Path folder, ImportFile file) {
        try {
            RegisteredDocument document = archive.registerIfAbsent(file.platform(), file.documentType());
            String name = folder.relativize(file.file()).toString().replace('\\', '/');
            Source source = new Source(name, read(file.file()), null, document.selectors());
            Recording r = archive.record(document, source, file.date().atStartOfDay(ZoneOffset.UTC).toInstant(),
                    Origin.IMPORT);
            return switch (r.outcome()) {
                case CREATED -> new ImportResult(file, "created", null);
                case UNCHANGED -> new ImportResult(file, "unchanged", null);
                case CAPTURE_FAILURE -> new ImportResult(file, "capture-failure", r.failure().reason());
            };
        } catch (ArchiveException | IngestException | UncheckedIOException e) {
            return new ImportResult(file, "failed", e.getMessage());
        }
    }

    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(file + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
