package io.shopbridge.connector.console;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.connector.job.JobChannels;
import io.shopbridge.connector.job.JobCounters.Outcome;
import io.shopbridge.connector.job.JobQueueStats;

/** The channels view: the figures {@link JobQueueStats} keeps for JMX and metrics, read, not queried again. */
@ApplicationScoped
public class ConsoleChannels {

    @Inject
    JobChannels channels;

    @Inject
    JobQueueStats stats;

    public List<ChannelRow> all() {
        return channels.all().stream()
                .map(c -> new ChannelRow(c.name(), c.capacity(), c.sequential(), c.running(),
                        stats.count(c.name(), "wait_dependencies"), stats.count(c.name(), "pending"),
                        stats.count(c.name(), "enqueued"), stats.count(c.name(), "started"),
                        stats.count(c.name(), "failed"), stats.oldestPendingSeconds(c.name()),
                        stats.perSecond(c.name(), Outcome.ENQUEUED), stats.perSecond(c.name(), Outcome.DONE),
                        stats.perSecond(c.name(), Outcome.FAILED)))
                .toList();
    }
}
