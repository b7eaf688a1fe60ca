package org.clausemap.archive.compare;

import org.clausemap.analysis.Core;
import org.clausemap.archive.Archive;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The comparison service in the Spring application. */
@Configuration(proxyBeanMethods = false)
class CompareConfiguration {

    @Bean
    PlatformComparison platformComparison(Archive archive, Core core) {
        return new PlatformComparison(archive, core);
    }
}
