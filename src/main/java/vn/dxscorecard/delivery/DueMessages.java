package vn.dxscorecard.delivery;

import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The keys of the messages to try in this run, oldest first: pending ones, and those a
 * server refused for now. Read once when the step opens; stopped early when the server
 * cannot be reached, so the rest waits for the next launch.
 */
class DueMessages implements ItemStreamReader<String> {

    private final OutboxRepository outbox;

    private final DeliveryMode mode;

    private final Deque<String> keys = new ArrayDeque<>();

    DueMessages(OutboxRepository outbox, DeliveryMode mode) {
        this.outbox = outbox;
        this.mode = mode;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        keys.clear();
        keys.addAll(outbox.due(mode));
    }

    @Override
    public String read() {
        return keys.poll();
    }

    /**
     * @return how many keys were left untried
     */
    int stop() {
        int left = keys.size();
        keys.clear();
        return left;
    }

}
