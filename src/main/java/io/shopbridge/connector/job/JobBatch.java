package io.shopbridge.connector.job;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Jobs of one name, backend and model that one exchange runs together, in one transaction with their ends (the body a
 * route with the endpoint option {@code batchSize} receives; the headers name the job, backend and model). The route
 * answers with {@link Outcomes}: an outcome per job, each recorded as that job's, so one failing record fails only its
 * own job. A route that throws instead fails the batch as a whole, and the engine runs its jobs again one by one.
 */
public record JobBatch(List<Item> items) {

    /** One job of the batch. */
    public record Item(long jobId, String uuid, Long recordId, int attempt, Map<String, Object> args) {
    }

    public JobBatch {
        items = List.copyOf(items);
    }

    public List<Long> recordIds() {
        return items.stream().map(Item::recordId).toList();
    }

    /** The outcomes of {@link #items}, in the same order. */
    public Outcomes answer(List<JobOutcome> outcomes) {
        if (outcomes.size() != items.size()) {
            throw new IllegalStateException(outcomes.size() + " outcomes for a batch of " + items.size() + " jobs");
        }
        return new Outcomes(outcomes);
    }

    /** What a batch route answers: one outcome per item, in the items' order. */
    public record Outcomes(List<JobOutcome> outcomes) {

        public Outcomes {
            outcomes = List.copyOf(outcomes);
        }

        /** One line per job, for the route's log step. */
        @Override
        public String toString() {
            return outcomes.stream().map(JobOutcome::toString).collect(Collectors.joining("\n"));
        }
    }
}
