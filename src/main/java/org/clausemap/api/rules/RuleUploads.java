package org.clausemap.api.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.clausemap.analysis.Core;
import org.clausemap.api.ApiProblem;
import org.clausemap.api.ProblemType;
import org.clausemap.app.ClausemapProperties;
import org.clausemap.authoring.RuleValidator;
import org.clausemap.authoring.Validation;
import org.clausemap.engine.RuleBaseBuilder;
import org.clausemap.engine.RuleSetManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Validates posted rules in a temporary folder, never in the running service: a single rule file is validated
 * together with a copy of the rules folder (placed at {@code path}, replacing the file there if there is one), so it
 * can use what the other rules declare; a zip is validated as a rules folder of its own. The temporary folder is
 * deleted afterwards. Validations run one at a time: each compiles a whole rule base.
 */
@Component
class RuleUploads {

    private static final Logger LOG = LoggerFactory.getLogger(RuleUploads.class);
    private static final List<String> RULE_SUFFIXES = List.of(".drl", ".drl.csv", ".drl.xlsx", ".drl.xls");
    private static final String ZIP = ".zip";

    private final Core core;
    private final RuleValidator validator;
    private final RuleArchive archive;

    RuleUploads(Core core, ClausemapProperties properties) {
        this.core = core;
        this.validator = new RuleValidator(core.regulations(), new RuleBaseBuilder());
        this.archive = new RuleArchive(properties.rules().maxArchiveEntries(),
                properties.rules().maxArchiveBytes().toBytes());
    }

    synchronized ValidationView validate(MultipartFile file, String path) {
        String name = fileName(file);
        Path workspace = createWorkspace();
        try {
            Path folder = name.toLowerCase(Locale.ROOT).endsWith(ZIP) ? unzip(file, path, workspace)
                    : withFile(file, name, path, workspace);
            Validation validation = validator.validate(folder);
            return ValidationView.of(validation);
        } finally {
            delete(workspace);
        }
    }

    private Path unzip(MultipartFile file, String path, Path workspace) {
        if (path != null && !path.isBlank()) {
            throw ApiProblem.invalid("path", "path places a single rule file in the rules folder; a zip is validated"
                    + " as a rules folder of its own, so leave path out");
        }
        try (InputStream in = file.getInputStream()) {
            archive.extract(in, workspace);
        } catch (RuleArchive.Refused e) {
            throw new ApiProblem(ProblemType.INVALID_ARCHIVE, "The rules archive " + fileName(file)
                    + " was refused: " + e.getMessage()).with("field", "file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the uploaded archive", e);
        }
        return rulesRoot(workspace);
    }

    /** The folder holding ruleset.yaml: the archive's root, or its single top-level folder. */
    private static Path rulesRoot(Path workspace) {
        if (Files.exists(workspace.resolve(RuleSetManifest.FILE))) {
            return workspace;
        }
        try (Stream<Path> top = Files.list(workspace)) {
            List<Path> entries = top.toList();
            if (entries.size() == 1 && Files.isDirectory(entries.get(0))) {
                return entries.get(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return workspace;
    }

    private Path withFile(MultipartFile file, String name, String path, Path workspace) {
        String target = targetPath(name, path);
        Path folder = workspace.resolve("rules");
        copyFolder(core.rules().folder(), folder);
        Path destination = folder.resolve(target).normalize();
        if (!destination.startsWith(folder)) {
            throw ApiProblem.invalid("path", "path must stay inside the rules folder; was \"" + path + "\"");
        }
        try (InputStream in = file.getInputStream()) {
            Files.createDirectories(destination.getParent());
            Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the uploaded rule file", e);
        }
        return folder;
    }

    /** Where the file goes in the rules folder: {@code path} (a file, or a folder ending in /) or the root. */
    static String targetPath(String name, String path) {
        String suffix = ruleSuffix(name);
        if (suffix == null && !name.isEmpty()) {
            throw new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "\"" + name + "\" is not a rule file: upload a"
                    + " .drl, .drl.csv, .drl.xlsx or .drl.xls file, or a .zip of a rules folder").with("field", "file");
        }
        if (path == null || path.isBlank()) {
            if (name.isEmpty()) {
                throw ApiProblem.invalid("path", "the upload has no file name: give its place in the rules folder"
                        + " as path (e.g. classify/new.drl)");
            }
            return name;
        }
        String p = path.strip().replace('\\', '/');
        if (p.endsWith("/")) {
            p = p + name;
        }
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*") || List.of(p.split("/")).contains("..")) {
            throw ApiProblem.invalid("path", "path is relative to the rules folder and may not climb out of it;"
                    + " was \"" + path + "\"");
        }
        String placed = ruleSuffix(p);
        if (placed == null) {
            throw ApiProblem.invalid("path", "path must name a rule file (.drl, .drl.csv, .drl.xlsx, .drl.xls);"
                    + " was \"" + path + "\"");
        }
        if (suffix != null && !suffix.equals(placed)) {
            throw ApiProblem.invalid("path", "the upload is a " + suffix + " file but path names a " + placed
                    + " file");
        }
        return p;
    }

    private static String ruleSuffix(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return RULE_SUFFIXES.stream().filter(lower::endsWith).max(Comparator.comparingInt(String::length))
                .orElse(null);
    }

    /** The upload's own file name, without any folders a client put in front of it. */
    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    private static Path createWorkspace() {
        try {
            return Files.createTempDirectory("clausemap-validate-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder to validate in", e);
        }
    }

    private static void copyFolder(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the rules folder " + from, e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            LOG.warn("cannot delete the validation folder {}: {}", folder, e.toString());
        }
    }
}
