package org.clausemap.archive;

import java.time.Clock;

import org.clausemap.analysis.Core;
import org.clausemap.archive.diff.ChangeSettings;
import org.clausemap.archive.diff.ChangeSummarizer;
import org.clausemap.archive.store.DocumentStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The archive in the Spring application: its store over the application's database, and the service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ArchiveProperties.class, ChangeSettings.class})
class ArchiveConfiguration {

    @Bean
    DocumentStore documentStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new DocumentStore(jdbc, transactions);
    }

    @Bean
    Archive archive(Core core, DocumentStore store, ChangeSettings settings, ObjectProvider<ChangeNotifier> notifiers,
                    ArchiveProperties properties, Clock clock) {
        return new Archive(core, store, new ChangeSummarizer(core.rules(), core.regulations(), settings),
                notifiers.orderedStream().toList(), properties, clock);
    }
}
