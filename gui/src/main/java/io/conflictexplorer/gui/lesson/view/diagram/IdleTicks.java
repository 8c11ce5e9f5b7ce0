package io.conflictexplorer.gui.lesson.view.diagram;

import io.conflictexplorer.gui.projection.DiagramModel;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Presenter's quiet ticks: the column after a tick where nothing happens (no operation stands on it,
 * no gossip leaves or arrives, no partition starts or ends) is {@link #NARROWER} of a tick narrower,
 * so a long, quiet stretch of time takes less of a projector's width and a step's story (the winning
 * write at t=2, the step at t=17) fits one view at a larger type. Order stays: an earlier tick is
 * still further left, and every tick keeps half its room. Only the chips' times and the topology's
 * events count, not the time cursor or what the stores did, so stepping never moves a column.
 */
final class IdleTicks {

    /** The share of a tick a quiet tick's column gives up. */
    static final double NARROWER = 0.5;

    /** Beyond this many ticks the quiet ones keep their room (a scenario that long scrolls anyway). */
    private static final long MOST = 1_000_000;

    private IdleTicks() {}

    /** The negative stretch of {@code m}'s quiet ticks' columns, on ticks {@code tick} pixels wide. */
    static Map<Long, Double> of(DiagramModel m, double tick) {
        long end = m.endTime();
        if (end < 0 || end > MOST) {
            return Map.of();
        }
        BitSet busy = new BitSet((int) end + 1);
        for (DiagramModel.Chip c : m.chips()) {
            mark(busy, c.time(), end);
        }
        for (DiagramModel.Message msg : m.messages()) {
            mark(busy, msg.sendTime(), end);
            mark(busy, msg.deliverTime(), end);
        }
        for (DiagramModel.PartitionBar p : m.partitions()) {
            mark(busy, p.start(), end);
            mark(busy, p.end(), end);
        }
        Map<Long, Double> narrower = new HashMap<>();
        for (int t = busy.nextClearBit(0); t <= end; t = busy.nextClearBit(t + 1)) {
            narrower.put((long) t, -NARROWER * tick);
        }
        return narrower;
    }

    private static void mark(BitSet busy, long t, long end) {
        if (t >= 0 && t <= end) {
            busy.set((int) t);
        }
    }
}
