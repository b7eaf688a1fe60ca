package org.clausemap.store;

/**
 * Where the Flyway migrations are: SQL both databases accept in {@code db/migration}, and the Java migrations that
 * transform stored values (SQL cannot compress) in {@code org/clausemap/store/migration}. The service
 * ({@code spring.flyway.locations}), the CLI's archive and the tests all migrate from these locations.
 */
public final class Migrations {

    public static final String[] LOCATIONS = {"classpath:db/migration", "classpath:org/clausemap/store/migration"};

    private Migrations() {
    }
}
