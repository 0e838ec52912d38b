package io.shopbridge.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads the job table, and waits for a job to reach a state. */
@ApplicationScoped
public class JobRows {

    @Inject
    ErpFixtures db;

    public String state(String uuid) {
        return db.value(String.class, "SELECT state FROM queue_job WHERE uuid = ?", uuid);
    }

    public String column(String uuid, String column) {
        if (!column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(column);
        }
        return db.value(String.class, "SELECT " + column + " FROM queue_job WHERE uuid = ?", uuid);
    }

    public void setState(String uuid, String state) {
        db.update("UPDATE queue_job SET state = ? WHERE uuid = ?", state, uuid);
    }

    public int attempts(String uuid) {
        return db.value(Integer.class, "SELECT attempts FROM queue_job WHERE uuid = ?", uuid);
    }

    public void awaitState(String uuid, String state) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> state.equals(state(uuid)));
    }

    /** The uuid of the latest job about this record, once there is one. */
    public String awaitJobFor(String name, String model, long recordId) {
        return awaitNewJobFor(name, model, recordId, null);
    }

    /** The uuid of the latest job about this record, or null. */
    public String latestJobFor(String name, String model, long recordId) {
        return db.value(String.class, "SELECT uuid FROM queue_job WHERE name = ? AND model = ? AND record_id = ? "
                + "ORDER BY id DESC LIMIT 1", name, model, recordId);
    }

    /** The uuid of the latest job about this record once it is another than {@code previous} (null: none before). */
    public String awaitNewJobFor(String name, String model, long recordId, String previous) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> latestJobFor(name, model, recordId), uuid -> uuid != null && !uuid.equals(previous));
    }

    /** Waits until every outbox event written so far is consumed (or rejected): their jobs, if any, are enqueued. */
    public void awaitEventsConsumed() {
        Long last = db.value(Long.class, "SELECT MAX(id) FROM connector_event");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> db.value(Long.class, "SELECT COUNT(*) FROM connector_event WHERE state = 'new' AND id <= ?",
                        last == null ? 0L : last), count -> count == 0);
    }
}
