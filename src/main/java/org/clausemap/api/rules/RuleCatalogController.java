package org.clausemap.api.rules;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.clausemap.analysis.Core;
import org.clausemap.api.ApiProblem;
import org.clausemap.app.ClausemapProperties;
import org.clausemap.app.RuleReloads;
import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleInfo;
import org.clausemap.engine.Stage;
import org.clausemap.store.FireCount;
import org.clausemap.store.RuleFirings;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rules in force, with how often each fired in stored analyses, and the rule set's status. Read-only, open. */
@RestController
@RequestMapping(path = "/api/rules", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "rules")
class RuleCatalogController {

    private final Core core;
    private final RuleFirings firings;
    private final RuleReloads reloads;
    private final ClausemapProperties.Rules settings;

    RuleCatalogController(Core core, RuleFirings firings, RuleReloads reloads, ClausemapProperties properties) {
        this.core = core;
        this.firings = firings;
        this.reloads = reloads;
        this.settings = properties.rules();
    }

    @Operation(summary = "The rules in force, with their metadata and how often each fired in stored analyses",
            description = "Firings are summed over every stored analysis by rule id, whatever rule-set version the"
                    + " analysis ran on.")
    @GetMapping
    RuleCatalogView rules(@Parameter(description = "Only rules of this stage: classify, map, score, checklist")
                          @RequestParam(required = false) String stage,
                          @Parameter(description = "Only rules whose @category is this")
                          @RequestParam(required = false) String category,
                          @Parameter(description = "Only rules whose @framework is this")
                          @RequestParam(required = false) String framework) {
        if (stage != null && !Stage.groups().contains(stage)) {
            throw ApiProblem.invalid("stage", "Unknown stage \"" + stage + "\"; stages: "
                    + String.join(", ", Stage.groups())).with("known", Stage.groups());
        }
        RuleBase ruleBase = core.rules().current();
        Map<String, FireCount> counts = firings.counts();
        List<RuleView> rules = ruleBase.rules().stream()
                .filter(r -> stage == null || stage.equals(r.stage()))
                .filter(r -> matches(r, "category", category))
                .filter(r -> matches(r, "framework", framework))
                .map(r -> RuleView.of(r, counts)).toList();
        return new RuleCatalogView(ruleBase.version(), rules);
    }

    @Operation(summary = "The rule set in force: version, rule count, folder, file watch, last reload")
    @GetMapping("/status")
    StatusView status() {
        RuleBase ruleBase = core.rules().current();
        return new StatusView(ruleBase.version(), ruleBase.ruleCount(), ruleBase.loadedAt(),
                core.rules().folder().toString(), ruleBase.warnings().size(),
                new StatusView.Watch(settings.watch(), settings.quietPeriod()), ReloadView.of(reloads.last()));
    }

    private static boolean matches(RuleInfo rule, String key, String wanted) {
        return wanted == null || wanted.isBlank() || wanted.strip().equals(rule.metadata().get(key));
    }
}
