package io.shopbridge.reliability;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL 14 on a fixed port and data directory, so that it can be stopped (the database is gone for
 * the application) and started again with its data, as a database failover or restart would.
 */
public final class RestartablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    public RestartablePostgres(Path dataDirectory) throws IOException {
        this.dataDirectory = dataDirectory;
        this.port = ChildProcess.freePort();
        this.server = builder().start();
    }

    /** The URL the application uses; batched inserts become multi-row statements, as the README advises. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres&reWriteBatchedInserts=true";
    }

    void stop() throws IOException {
        server.close();
        server = null;
    }

    void start() throws IOException {
        server = builder().start();
    }

    /**
     * Keeps the data directory on close (the caller's to delete), so a restart finds its data; commits durable, as a
     * production server's are (the embedded server's defaults turn that off for speed).
     */
    private EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on");
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
