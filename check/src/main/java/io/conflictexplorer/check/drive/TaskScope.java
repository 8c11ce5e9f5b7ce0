package io.conflictexplorer.check.drive;

import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.store.ClockScheme;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a scenario the course task's messages can express, said per feature. The task sets one
 * node, talked to by clients with {@code init}, {@code set_mode}, {@code vv_write} and
 * {@code vv_read}; it has no message between replicas. So:
 *
 * <ul>
 *   <li>reads, writes, blind writes, given contexts and several keys: sent as they are;</li>
 *   <li>derived values ({@code +item}, {@code merge}): sent as the value each client computes from
 *       what the node answered it, as a real client would; a write with a given context (a run
 *       opened from a transcript) sends exactly that clock, as its transcript's client did (notes,
 *       not gaps);</li>
 *   <li>several replicas: the node is run as one store, every operation sent to it in time order,
 *       and compared with one store's rules; which replica served an operation, gossip and
 *       convergence are not tested (nothing in the task carries them, and a student's node has
 *       none of this project's gossip messages), nor is a partition, a single message, a data
 *       loss, a replica's clock skew, or the naive clock scheme, which only decides merges;</li>
 *   <li>clock pruning: not tested (the task's clocks are never pruned).</li>
 * </ul>
 *
 * @param notTested each feature the run does not test, with why, as words that follow
 *                  "not tested: "; empty when the task's messages express the whole scenario
 * @param notes     how a feature was expressed, when not as drawn
 * @param missing   the same features as {@code notTested}, named only ({@code 2 replicas (n1, n2)},
 *                  {@code a partition}): what a grader case would leave out
 */
public record TaskScope(List<String> notTested, List<String> notes, List<String> missing) {

    public TaskScope {
        notTested = List.copyOf(notTested);
        notes = List.copyOf(notes);
        missing = List.copyOf(missing);
    }

    /** True when the task's messages express the whole scenario: a run tests all of it. */
    public boolean expressible() {
        return notTested.isEmpty();
    }

    public static TaskScope of(Scenario scenario) {
        List<String> gaps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Topology t = scenario.topology();
        if (t.replicas().size() > 1) {
            List<String> ids = new ArrayList<>();
            t.replicas().forEach(r -> ids.add(r.id()));
            missing.add(t.replicas().size() + " replicas (" + String.join(", ", ids) + ")");
            gaps.add("which of " + t.replicas().size() + " replicas (" + String.join(", ", ids) + ") served an"
                    + " operation, gossip between them and convergence: your node was run as one store, as the task"
                    + " sets it, every operation sent to it in time order and compared with one store's rules");
        }
        int partitions = 0;
        int messages = 0;
        int losses = 0;
        for (NetworkEvent e : t.network()) {
            partitions += e instanceof NetworkEvent.Partition ? 1 : 0;
            messages += e instanceof NetworkEvent.Message ? 1 : 0;
            losses += e instanceof NetworkEvent.DataLoss ? 1 : 0;
        }
        List<String> network = new ArrayList<>();
        count(network, partitions, "a partition", "partitions");
        count(network, messages, "a gossip message", "gossip messages");
        count(network, losses, "a data loss", "data losses");
        if (!network.isEmpty()) {
            missing.addAll(network);
            gaps.add(String.join(", ", network) + " (one store has no network)");
        }
        List<String> skewed = new ArrayList<>();
        for (Topology.ReplicaSpec r : t.replicas()) {
            if (r.skew() != 0 && t.replicas().size() > 1) {
                skewed.add(r.id() + (r.skew() > 0 ? " +" : " ") + r.skew() + " ticks");
            }
        }
        if (!skewed.isEmpty()) {
            missing.add("clock skew (" + String.join(", ", skewed) + ")");
            gaps.add("clock skew (" + String.join(", ", skewed) + "; one store has one clock)");
        }
        if (t.replicas().size() > 1 && t.scheme() != ClockScheme.DOTTED) {
            missing.add("the " + t.scheme().wireName() + " clock scheme");
            gaps.add("the " + t.scheme().wireName() + " clock scheme (it decides only merges between replicas)");
        }
        if (t.pruning() != null) {
            missing.add("clock pruning (" + t.pruning() + ")");
            gaps.add("clock pruning (" + t.pruning() + "; the task's clocks are never pruned)");
        }
        boolean derived = false;
        boolean given = false;
        for (Operation op : scenario.operations()) {
            derived |= op instanceof Operation.Write w && w.rule().derived();
            given |= op instanceof Operation.Write w && w.context() != null;
        }
        if (derived) {
            notes.add("derived values (+item, merge) are sent as the value each client computed from what your node"
                    + " answered it");
        }
        if (given) {
            notes.add("a write with a given context (from an opened run) sends exactly that clock, whatever its client"
                    + " read");
        }
        return new TaskScope(gaps, notes, missing);
    }

    private static void count(List<String> out, int n, String one, String many) {
        if (n == 1) {
            out.add(one);
        } else if (n > 1) {
            out.add(n + " " + many);
        }
    }
}
