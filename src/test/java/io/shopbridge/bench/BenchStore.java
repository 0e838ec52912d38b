package io.shopbridge.bench;

/** The store of this surefire execution: the default one runs on H2, execution {@code postgresql} on PostgreSQL. */
final class BenchStore {

    private BenchStore() {
    }

    static String name() {
        return isPostgresql() ? "postgresql" : "h2";
    }

    static boolean isPostgresql() {
        return "postgresql".equals(System.getProperty("shopbridge.test.store"));
    }
}
