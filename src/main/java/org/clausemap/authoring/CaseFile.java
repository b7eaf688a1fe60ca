package org.clausemap.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A {@code *.cases.yaml} file beside rule files: {@code cases:} a list of {@link RuleCase}s.
 *
 * @param path  the file, relative to the rules folder
 * @param cases its cases
 */
public record CaseFile(String path, List<RuleCase> cases) {

    public static final String SUFFIX = ".cases.yaml";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record Body(List<RuleCase> cases) {
    }

    /** Every case file under the rules folder, in path order. */
    public static List<CaseFile> findAll(Path rulesFolder) {
        try (Stream<Path> walk = Files.walk(rulesFolder)) {
            List<CaseFile> files = new ArrayList<>();
            for (Path p : walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                files.add(read(rulesFolder, p));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list case files in " + rulesFolder, e);
        }
    }

    static CaseFile read(Path rulesFolder, Path file) {
        String name = rulesFolder.relativize(file).toString().replace('\\', '/');
        try {
            Body body = YAML.readValue(Files.readString(file), Body.class);
            if (body == null || body.cases() == null || body.cases().isEmpty()) {
                throw new IllegalArgumentException(name + ": no cases (expected a top-level 'cases:' list)");
            }
            for (int i = 0; i < body.cases().size(); i++) {
                RuleCase c = body.cases().get(i);
                if (c.text() == null || c.text().isBlank()) {
                    throw new IllegalArgumentException(name + ": case " + (i + 1) + " has no text");
                }
                if (c.leadIn() != null && !c.leadIn().strip().endsWith(":")) {
                    throw new IllegalArgumentException(name + ": case " + (i + 1) + " (" + c.label()
                            + ") has a leadIn that does not end with ':', so it introduces no list");
                }
                if (!c.items().isEmpty() && !c.text().strip().endsWith(":")) {
                    throw new IllegalArgumentException(name + ": case " + (i + 1) + " (" + c.label()
                            + ") has items but its text does not end with ':', so it introduces no list");
                }
                if (c.expect().isEmpty() && c.reject().isEmpty()) {
                    throw new IllegalArgumentException(name + ": case " + (i + 1) + " (" + c.label()
                            + ") expects and rejects nothing, so it cannot fail");
                }
            }
            return new CaseFile(name, body.cases());
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr();
            throw new IllegalArgumentException(name + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
