package io.shopbridge.bench;

import io.shopbridge.support.ErpFixtures;

/** db-scheduler's table on PostgreSQL, as its documentation defines it, empty. */
final class DbSchedulerTable {

    private DbSchedulerTable() {
    }

    static void create(ErpFixtures db) {
        db.update("CREATE TABLE IF NOT EXISTS scheduled_tasks (task_name TEXT NOT NULL, task_instance TEXT NOT NULL, "
                + "task_data BYTEA, execution_time TIMESTAMP WITH TIME ZONE NOT NULL, picked BOOLEAN NOT NULL, "
                + "picked_by TEXT, last_success TIMESTAMP WITH TIME ZONE, last_failure TIMESTAMP WITH TIME ZONE, "
                + "consecutive_failures INT, last_heartbeat TIMESTAMP WITH TIME ZONE, version BIGINT NOT NULL, "
                + "priority SMALLINT, PRIMARY KEY (task_name, task_instance))");
        db.update("CREATE INDEX IF NOT EXISTS execution_time_idx ON scheduled_tasks (execution_time)");
        db.update("CREATE INDEX IF NOT EXISTS last_heartbeat_idx ON scheduled_tasks (last_heartbeat)");
        db.update("CREATE INDEX IF NOT EXISTS priority_execution_time_idx ON scheduled_tasks "
                + "(priority DESC, execution_time ASC)");
        db.update("DELETE FROM scheduled_tasks");
    }
}
