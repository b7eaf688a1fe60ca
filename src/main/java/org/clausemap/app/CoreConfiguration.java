package org.clausemap.app;

import java.time.Clock;

import org.clausemap.analysis.Core;
import org.clausemap.engine.RuleSet;
import org.clausemap.regulation.RegulationCatalog;
import org.springframework.beans.factory.ObjectProvider;
import org.clausemap.ingest.UrlFetcher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The analysis core and what surrounds it. The rules and regulations are loaded once at start-up; a start-up with
 * invalid content fails with the located errors rather than serving a partial rule set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClausemapProperties.class)
class CoreConfiguration {

    @Bean
    Core core(ClausemapProperties properties, ObjectProvider<EarlyRuleBuild.Pending> early) {
        RegulationCatalog regulations = RegulationCatalog.load(properties.regulationsDir());
        EarlyRuleBuild.Pending pending = early.getIfAvailable();
        RuleSet rules = pending != null && pending.folder().equals(properties.rulesDir()) ? pending.await()
                : RuleSet.load(properties.rulesDir());
        return Core.of(rules, regulations);
    }

    @Bean
    UrlFetcher urlFetcher(ClausemapProperties properties) {
        return new UrlFetcher(properties.fetch().policy());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
