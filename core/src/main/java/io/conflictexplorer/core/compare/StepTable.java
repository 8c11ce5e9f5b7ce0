package io.conflictexplorer.core.compare;

import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.core.scheme.StoredKey;
import io.conflictexplorer.core.sim.Narration;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Sibling;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A scenario's step table for handouts and checks: for every event, each scheme's stored values
 * (with clocks, as {@link StoredKey} writes them) per replica, the sibling count, the clock size,
 * and what a read returned. A pure function of the scenario and the schemes; {@link StepTableText}
 * writes it as Markdown or CSV.
 *
 * <p>Cells: {@code stored} lists each key ({@code x: ...}, keys in order; the key alone is left out
 * when only one key was ever written); {@code siblings} and {@code clock} add up over the keys; a
 * read's cell is the values it returned, then its context ({@code ctx [A:3]}) except under
 * {@code lww}, or {@code nothing} when the key was empty.
 *
 * @param replicas the scenario's replicas (one, {@code store}, for a single store)
 */
public record StepTable(Scenario scenario, List<Scheme> schemes, List<String> replicas, List<Row> rows) {

    /** One event and each scheme's cells after it, in the order of {@link #schemes}. */
    public record Row(int step, long time, String event, List<SchemeCells> cells) {
        /** The cells of {@code scheme}. */
        public SchemeCells cells(Scheme scheme, List<Scheme> schemes) {
            return cells.get(schemes.indexOf(scheme));
        }
    }

    /**
     * One scheme after one event.
     *
     * @param replicas per replica, in the scenario's order
     * @param read     what the row's read returned under this scheme; null when the row is no read
     */
    public record SchemeCells(Scheme scheme, List<ReplicaCells> replicas, String read) {
        /** The cells of replica {@code id}. */
        public ReplicaCells replica(String id) {
            for (ReplicaCells r : replicas) {
                if (r.replica().equals(id)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("no replica " + id);
        }
    }

    /** One replica's stored values, sibling count and clock size. */
    public record ReplicaCells(String replica, String stored, int siblings, int clockSize) {}

    public StepTable {
        schemes = List.copyOf(schemes);
        replicas = List.copyOf(replicas);
        rows = List.copyOf(rows);
    }

    /** The step table of {@code scenario} under {@code schemes}. */
    public static StepTable of(Scenario scenario, List<Scheme> schemes) {
        return of(Comparison.run(scenario, schemes));
    }

    /** The step table of a comparison already run. */
    public static StepTable of(Comparison c) {
        List<String> replicas = c.trace(c.schemes().get(0)).replicaIds();
        boolean oneKey = c.scenario().operations().stream()
                        .map(Operation::key)
                        .distinct()
                        .count()
                <= 1;
        List<Row> rows = new ArrayList<>();
        List<Comparison.Row> lined = c.rows();
        for (int i = 0; i < lined.size(); i++) {
            Comparison.Row r = lined.get(i);
            List<SchemeCells> cells = new ArrayList<>();
            for (Scheme s : c.schemes()) {
                Trace t = c.trace(s);
                int at = c.applied(s, i + 1) - 1;
                List<ReplicaCells> rc = new ArrayList<>();
                for (String replica : replicas) {
                    rc.add(replicaCells(s, replica, t.replicaStateAt(at, replica), oneKey));
                }
                String read = r.step(s) instanceof Step.Read read1 ? read(s, read1.read()) : null;
                cells.add(new SchemeCells(s, rc, read));
            }
            rows.add(new Row(i + 1, r.first().time(), event(r.first(), replicas.size() > 1), cells));
        }
        return new StepTable(c.scenario(), c.schemes(), replicas, rows);
    }

    private static ReplicaCells replicaCells(
            Scheme s, String replica, SortedMap<String, List<Sibling<String>>> state, boolean oneKey) {
        List<String> parts = new ArrayList<>();
        int siblings = 0;
        int clock = 0;
        for (Map.Entry<String, List<Sibling<String>>> e : state.entrySet()) {
            StoredKey k = StoredKey.of(s, e.getValue());
            if (k.siblings() == 0) {
                continue;
            }
            parts.add(oneKey ? k.text() : e.getKey() + ": " + k.text());
            siblings += k.siblings();
            clock += k.clockEntries();
        }
        return new ReplicaCells(replica, String.join("; ", parts), siblings, clock);
    }

    /** What a read returned: its values, then (but under lww) the context it gives the next write. */
    public static String read(Scheme s, ReadResult<String> r) {
        return read(s, r, Integer.MAX_VALUE);
    }

    /** As {@link #read(Scheme, ReadResult)}, naming at most {@code shown} values, then how many more. */
    public static String read(Scheme s, ReadResult<String> r, int shown) {
        if (r.siblings().isEmpty()) {
            return "nothing";
        }
        List<String> values = new ArrayList<>();
        r.siblings().forEach(x -> values.add(StoredKey.value(x.value())));
        String out = Narration.listed(values, shown);
        return s == Scheme.LWW ? out : out + " ctx " + r.context();
    }

    /** The event in words, the same for every scheme: {@code c1 writes x=v1 at n1 (blind)}. */
    public static String event(Step s, boolean cluster) {
        if (s instanceof Step.Write w) {
            Operation.Write op = w.operation();
            String how =
                    op.blind() ? " (blind)" : w.contextRead() != null ? " (context of " + w.contextRead() + ")" : "";
            return op.id() + ": " + op.client() + " writes " + op.key() + "=" + op.value()
                    + (cluster ? " at " + w.replica() : "") + how;
        }
        if (s instanceof Step.Read r) {
            Operation.Read op = r.operation();
            return op.id() + ": " + op.client() + " reads " + op.key() + (cluster ? " at " + r.replica() : "");
        }
        if (s instanceof Step.Arrival a) {
            return "gossip " + a.message().from() + " to " + a.message().to();
        }
        Step.DataLoss d = (Step.DataLoss) s;
        return d.replica() + " loses its data" + (d.event().newActor() ? ", new actor id" : ", same actor id");
    }
}
