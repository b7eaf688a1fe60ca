package org.clausemap.api.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule set in force and how it is kept current.
 *
 * @param version    its version (content hash of the rules folder)
 * @param rules      its number of rules
 * @param loadedAt   when it was built
 * @param folder     the rules folder, as configured
 * @param warnings   the number of warnings it was built with
 * @param watch      whether the folder is watched, and the quiet period before a change is rebuilt
 * @param lastReload how the last (re)load went
 */
record StatusView(String version, int rules, Instant loadedAt, String folder, int warnings, Watch watch,
                  ReloadView lastReload) {

    /**
     * @param enabled     whether a file change reloads the rules
     * @param quietPeriod how long the folder must be quiet before it is rebuilt
     */
    record Watch(boolean enabled, Duration quietPeriod) {
    }
}
