package io.conflictexplorer.core.compare;

import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One scenario run under several clock schemes, lined up event by event, so that one time cursor
 * can show every scheme: the generalisation of {@code Simulation} from two modes to any schemes.
 *
 * <p>Rows: every event of any trace, once: each client operation (the same in every trace), each
 * gossip arrival (a replica sends only when it has something new, so schemes that store different
 * things may gossip differently) and each data loss. The rows keep every trace's own order (the
 * traces share their client operations in one order, and a message's arrivals in one place); an
 * event only some traces have comes right after the row of its trace's previous event. After row {@code r},
 * a scheme has applied its steps up to its last one at or before {@code r} ({@link #applied}).
 */
public final class Comparison {

    private final Scenario scenario;
    private final Map<Scheme, Trace> traces = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final Map<Scheme, int[]> applied = new HashMap<>();

    /** One event of the lined-up traces, and the step of each scheme's trace it is (or null). */
    public record Row(String key, Step first, Map<Scheme, Step> steps) {
        /** The step of {@code scheme}'s trace at this row, or null when that trace has no such event. */
        public Step step(Scheme scheme) {
            return steps.get(scheme);
        }
    }

    private Comparison(Scenario scenario, List<Scheme> schemes) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        if (schemes.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one scheme");
        }
        for (Scheme s : schemes) {
            traces.put(s, Simulator.run(scenario, s));
        }
        line();
    }

    /** Runs {@code scenario} under each of {@code schemes} (in that order, each once). */
    public static Comparison run(Scenario scenario, List<Scheme> schemes) {
        return new Comparison(scenario, List.copyOf(new LinkedHashSet<>(schemes)));
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The schemes, in the order given. */
    public List<Scheme> schemes() {
        return List.copyOf(traces.keySet());
    }

    /** The trace of {@code scheme}. */
    public Trace trace(Scheme scheme) {
        Trace t = traces.get(scheme);
        if (t == null) {
            throw new IllegalArgumentException("no trace of " + scheme.wireName() + " in this comparison");
        }
        return t;
    }

    /** Every event of every trace, once, in order. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /**
     * How many of {@code scheme}'s steps are applied once the first {@code rowsApplied} rows are
     * ({@code 0..rows().size()}): what its panel shows at that cursor.
     */
    public int applied(Scheme scheme, int rowsApplied) {
        int[] a = applied.get(scheme);
        return a[Math.max(0, Math.min(rowsApplied, a.length - 1))];
    }

    /** A name for the event a step is, the same in every trace. */
    static String eventKey(Step s, Map<String, Integer> seen) {
        String base;
        if (s instanceof Step.OfOperation o) {
            base = "op " + o.operation().id();
        } else if (s instanceof Step.Arrival a) {
            base = "msg " + a.message().id();
        } else {
            base = "loss " + ((Step.DataLoss) s).event().id();
        }
        int n = seen.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + " #" + n; // a duplicated message arrives twice
    }

    /** True when {@code a} happened before {@code b} or at its time among the same kind of event or before it. */
    private static boolean earlier(Step a, Step b) {
        if (a.time() != b.time()) {
            return a.time() < b.time();
        }
        return a.order().arrival() || !b.order().arrival();
    }

    private void line() {
        // the rows as a linked list (key -> next key, from the head ""), so that a trace's event
        // another trace lacks goes in after the row of its previous event in constant time
        Map<String, String> next = new HashMap<>();
        Map<String, Row> byKey = new HashMap<>();
        Map<Scheme, Map<String, Step>> keyed = new LinkedHashMap<>();
        for (Map.Entry<Scheme, Trace> e : traces.entrySet()) {
            Map<String, Integer> seen = new HashMap<>();
            Map<String, Step> mine = new LinkedHashMap<>();
            for (Step s : e.getValue().steps()) {
                mine.put(eventKey(s, seen), s);
            }
            String previous = "";
            for (Map.Entry<String, Step> m : mine.entrySet()) {
                String key = m.getKey();
                Step s = m.getValue();
                if (!byKey.containsKey(key)) {
                    // past the rows of other traces' own events that happened before it
                    String after = next.get(previous);
                    while (after != null
                            && !mine.containsKey(after)
                            && earlier(byKey.get(after).first(), s)) {
                        previous = after;
                        after = next.get(after);
                    }
                    next.put(previous, key);
                    if (after != null) {
                        next.put(key, after);
                    }
                    byKey.put(key, new Row(key, s, new HashMap<>()));
                }
                previous = key;
            }
            keyed.put(e.getKey(), mine);
        }
        List<String> order = new ArrayList<>(byKey.size());
        for (String k = next.get(""); k != null; k = next.get(k)) {
            order.add(k);
        }
        for (String key : order) {
            Row r = byKey.get(key);
            keyed.forEach((scheme, mine) -> {
                if (mine.containsKey(key)) {
                    r.steps().put(scheme, mine.get(key));
                }
            });
            rows.add(new Row(key, r.first(), Map.copyOf(r.steps())));
        }
        for (Scheme scheme : traces.keySet()) {
            int[] a = new int[rows.size() + 1];
            for (int i = 0; i < rows.size(); i++) {
                Step s = rows.get(i).step(scheme);
                a[i + 1] = s != null ? s.index() + 1 : a[i];
            }
            applied.put(scheme, a);
        }
    }
}
