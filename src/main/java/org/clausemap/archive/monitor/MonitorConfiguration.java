package org.clausemap.archive.monitor;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;

import org.clausemap.archive.Archive;
import org.clausemap.archive.ArchiveProperties;
import org.clausemap.archive.store.DocumentStore;
import org.clausemap.ingest.UrlFetcher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The monitor in the Spring application: the service (always, so an operator or a test can run it), the webhook
 * (when {@code clausemap.archive.monitor.webhook-url} is set) and the scheduler (unless
 * {@code clausemap.archive.monitor.enabled=false}).
 */
@Configuration(proxyBeanMethods = false)
class MonitorConfiguration {

    @Bean
    Monitor monitor(Archive archive, DocumentStore store, UrlFetcher fetcher, ArchiveProperties properties,
                    Clock clock) {
        return new Monitor(archive, store, fetcher, properties.monitor(), clock, owner(properties.monitor()));
    }

    @Bean
    @ConditionalOnProperty(name = "clausemap.archive.monitor.webhook-url")
    Webhook webhook(ArchiveProperties properties) {
        return new Webhook(properties.monitor().webhookUrl(), properties.monitor().webhookTimeout());
    }

    @Bean
    @ConditionalOnProperty(name = "clausemap.archive.monitor.enabled", havingValue = "true", matchIfMissing = true)
    MonitorScheduler monitorScheduler(Monitor monitor, ArchiveProperties properties) {
        return new MonitorScheduler(monitor, properties.monitor().poll().toMillis());
    }

    private static String owner(ArchiveProperties.Monitor settings) {
        if (settings.instanceId() != null && !settings.instanceId().isBlank()) {
            return settings.instanceId();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
