package org.clausemap.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code rules/ruleset.yaml}: the category taxonomy and the risk bands, content legal engineers own beside the rules.
 *
 * @param name       the rule set's name
 * @param categories the provision categories rules may emit
 * @param bands      band thresholds; a score falls in the band with the highest {@code from} not above it
 */
public record RuleSetManifest(String name, List<Category> categories, List<BandThreshold> bands) {

    public static final String FILE = "ruleset.yaml";

    public RuleSetManifest {
        categories = List.copyOf(categories);
        bands = bands.stream().sorted(Comparator.comparingInt(BandThreshold::from)).toList();
    }

    /** Reads and checks the manifest in a rules folder. */
    public static RuleSetManifest load(Path rulesDir) {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new RuleBuildException("rules folder " + rulesDir + " has no " + FILE,
                    List.of(RuleProblem.error(FILE, 0, 0, "missing: the category taxonomy and risk bands")));
        }
        RuleSetManifest manifest;
        try {
            manifest = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(Files.readString(file), RuleSetManifest.class);
        } catch (JacksonException e) {
            throw new RuleBuildException("cannot read " + file, List.of(RuleProblem.error(FILE,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), e.getOriginalMessage())));
        } catch (IOException e) {
            throw new RuleBuildException("cannot read " + file, List.of(RuleProblem.error(FILE, 0, 0, e.toString())));
        }
        List<RuleProblem> problems = manifest.check();
        if (!problems.isEmpty()) {
            throw new RuleBuildException(file + " is not valid", problems);
        }
        return manifest;
    }

    private List<RuleProblem> check() {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Category c : categories) {
            if (c.id() == null || c.id().isBlank() || c.name() == null || c.group() == null) {
                problems.add(RuleProblem.error(FILE, 0, 0, "category " + c.id() + " needs id, name and group"));
            } else if (!ids.add(c.id())) {
                problems.add(RuleProblem.error(FILE, 0, 0, "category " + c.id() + " is declared twice"));
            }
        }
        if (bands.isEmpty() || bands.get(0).from() != 0) {
            problems.add(RuleProblem.error(FILE, 0, 0, "bands must start with one whose 'from' is 0"));
        }
        return problems;
    }

    public Optional<Category> category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The band a 0-100 score falls in. */
    public String band(int score) {
        String band = bands.get(0).band();
        for (BandThreshold t : bands) {
            if (score >= t.from()) {
                band = t.band();
            }
        }
        return band;
    }
}
