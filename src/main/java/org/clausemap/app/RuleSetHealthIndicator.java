package org.clausemap.app;

import org.clausemap.analysis.Core;
import org.clausemap.engine.RuleBase;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code ruleSet} component of {@code /actuator/health}: the rule set in force (version hash, rule count, when
 * it was built) and the regulations it scores against.
 */
@Component
class RuleSetHealthIndicator implements HealthIndicator {

    private final Core core;

    RuleSetHealthIndicator(Core core) {
        this.core = core;
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
                .build();
    }
}
