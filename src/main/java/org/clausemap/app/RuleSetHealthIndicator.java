package org.clausemap.app;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clausemap.analysis.Core;
import org.clausemap.engine.RuleBase;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code ruleSet} component of {@code /actuator/health}: the rule set in force (version hash, rule count, when
 * it was built), the regulations it scores against, and how the last reload went. A failed reload leaves the
 * component UP, because the previous rule set keeps serving; {@code lastReload} says what failed.
 */
@Component
class RuleSetHealthIndicator implements HealthIndicator {

    private final Core core;
    private final RuleReloads reloads;

    RuleSetHealthIndicator(Core core, RuleReloads reloads) {
        this.core = core;
        this.reloads = reloads;
    }

    @Override
    public Health health() {
        RuleBase rules = core.rules().current();
        Health.Builder health = rules.ruleCount() > 0 ? Health.up() : Health.down();
        return health.withDetail("version", rules.version())
                .withDetail("rules", rules.ruleCount())
                .withDetail("loadedAt", rules.loadedAt().toString())
                .withDetail("warnings", rules.warnings().size())
                .withDetail("regulationsVersion", core.regulations().version())
                .withDetail("frameworks", core.regulations().all().size())
                .withDetail("lastReload", lastReload(reloads.last()))
                .build();
    }

    private static Map<String, Object> lastReload(ReloadOutcome last) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("at", last.at().toString());
        details.put("trigger", last.trigger());
        details.put("outcome", last.loaded() ? "loaded" : "failed");
        details.put("version", last.version());
        details.put("errors", last.errors());
        return details;
    }
}
