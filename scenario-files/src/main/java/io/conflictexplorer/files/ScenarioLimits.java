package io.conflictexplorer.files;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Topology;

/**
 * The largest scenario a file may hold: one the simulator runs in about a second, whatever the
 * numbers in the file. Every tick (a time, a partition's start and end, a message's send and
 * delivery, a skew, the gossip's interval and delay) is at most {@value #MAX_TICK} (a transcript of
 * 64 MiB opened as a run has a few hundred thousand); periodic gossip sends at most {@value
 * #MAX_GOSSIP_MESSAGES} messages over the scenario (the simulator schedules every one: a read at
 * tick 10^9 with gossip every 4 ticks ran out of a gigabyte of memory); and a write's given context
 * leaves room below 2^63-1 for every write of the scenario (the store refuses a counter past it, which
 * stopped the simulation with an exception).
 */
final class ScenarioLimits {

    static final long MAX_TICK = 10_000_000;

    static final long MAX_GOSSIP_MESSAGES = 100_000;

    private ScenarioLimits() {}

    /** True when {@code ticks} is a tick a file may hold (from 0, or from -MAX for a skew). */
    static boolean tick(long ticks, boolean signed) {
        return ticks <= MAX_TICK && ticks >= (signed ? -MAX_TICK : 0);
    }

    /** Checks what only the whole scenario tells; {@code where} starts each message ("NAME: "). */
    static void check(Scenario s, String where) throws ScenarioFileException {
        Topology t = s.topology();
        int n = t.replicas().size();
        if (t.gossipInterval() > 0 && n > 1) {
            long rounds = (s.endTime() + t.gossipInterval()) / t.gossipInterval();
            long messages = rounds * n * (n - 1);
            if (messages > MAX_GOSSIP_MESSAGES) {
                throw new ScenarioFileException(where + "topology: gossip every " + t.gossipInterval()
                        + " ticks among " + n + " replicas until tick " + s.endTime() + " is " + messages
                        + " messages, more than the " + MAX_GOSSIP_MESSAGES + " this app simulates (a larger"
                        + " \"interval\", or a shorter scenario).");
            }
        }
        long room = Long.MAX_VALUE - s.operations().size();
        for (Operation op : s.operations()) {
            if (op instanceof Operation.Write w && w.context() != null) {
                for (int i = 0; i < w.context().size(); i++) {
                    if (w.context().counterAt(i) > room) {
                        throw new ScenarioFileException(where + "operation " + w.id() + ": the context's entry \""
                                + w.context().actorAt(i) + "\" is "
                                + w.context().counterAt(i) + ", which leaves no"
                                + " room below 2^63-1 for the scenario's "
                                + s.operations().size() + " operations.");
                    }
                }
            }
        }
    }
}
