package org.clausemap.archive.monitor;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;

import org.clausemap.archive.Archive;
import org.clausemap.archive.ArchiveProperties;
import org.clausemap.archive.store.DocumentStore;
import org.clausemap.ingest.UrlFetcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The monitor in the Spring application: the service (always, so an operator or a test can run it), the webhook
 * (when {@code clausemap.archive.monitor.webhook-url} is set) and the scheduler (unless
 * {@code clausemap.archive.monitor.enabled=false}).
 *
 * <p>Both settings are read when the beans are created, not by bean conditions: the service runs from
 * ahead-of-time processed bean definitions, whose conditions were settled at build time, and the settings must
 * follow the configuration the service starts with. A bean that is off is null, i.e. absent.
 */
@Configuration(proxyBeanMethods = false)
class MonitorConfiguration {

    @Bean
    Monitor monitor(Archive archive, DocumentStore store, UrlFetcher fetcher, ArchiveProperties properties,
                    Clock clock) {
        return new Monitor(archive, store, fetcher, properties.monitor(), clock, owner(properties.monitor()));
    }

    /** The webhook, or null when no webhook URL is set. */
    @Bean
    Webhook webhook(ArchiveProperties properties) {
        ArchiveProperties.Monitor settings = properties.monitor();
        return settings.webhookUrl() == null ? null : new Webhook(settings.webhookUrl(), settings.webhookTimeout());
    }

    /** The scheduler, or null when this instance does not monitor. */
    @Bean
    MonitorScheduler monitorScheduler(Monitor monitor, ArchiveProperties properties) {
        return properties.monitor().enabled() ? new MonitorScheduler(monitor, properties.monitor().poll().toMillis())
                : null;
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
