package io.conflictexplorer.gui.schemes.model;

import io.conflictexplorer.core.compare.Comparison;
import io.conflictexplorer.core.compare.SchemeNarration;
import io.conflictexplorer.core.compare.StepTable;
import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.core.scheme.StoredKey;
import io.conflictexplorer.core.sim.Counters;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.Sibling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * One scenario run under every clock scheme ({@link Comparison}), projected at the main window's
 * time cursor into the compare window's records: a pure function, tested without a window.
 *
 * <p>The cursor is the main window's: how many steps of the client version vectors' trace are
 * applied ({@code Simulation.vv()} is that trace). At cursor {@code k} the comparison's rows are
 * applied up to the row of that trace's step {@code k}, as the main window lines LWW up with VV:
 * an event only another scheme has (gossip only its stores sent) shows with the next step of the
 * client version vectors after it. Every count, stored text and sentence is core's ({@link
 * StoredKey}, {@link StepTable}, {@link SchemeNarration}); this class only picks them.
 */
public final class CompareProjection {

    /**
     * A key with more values than this shows only its first {@link #SHOWN} until expanded; so do a
     * read's values and the narration's lists ({@code Narration.listed}).
     */
    public static final int FOLD_ABOVE = 5;

    /** How many values a folded key names. */
    public static final int SHOWN = 4;

    private final Comparison comparison;
    /** For each cursor {@code k}, the rows applied ({@code rowsAt[k]}). */
    private final int[] rowsAt;

    private CompareProjection(Comparison comparison) {
        this.comparison = comparison;
        Trace vv = comparison.trace(Scheme.CLIENT_VV);
        rowsAt = new int[vv.size() + 1];
        List<Comparison.Row> rows = comparison.rows();
        for (int r = 0; r < rows.size(); r++) {
            Step s = rows.get(r).step(Scheme.CLIENT_VV);
            if (s != null) {
                rowsAt[s.index() + 1] = r + 1;
            }
        }
        if (vv.size() > 0) {
            rowsAt[vv.size()] = rows.size(); // at the end, every scheme's every step
        }
    }

    /** Runs {@code scenario} under every scheme (the slow part: a background thread's work). */
    public static CompareProjection run(Scenario scenario) {
        return new CompareProjection(Comparison.run(scenario, Arrays.asList(Scheme.values())));
    }

    public Comparison comparison() {
        return comparison;
    }

    /** How many steps the main window's cursor counts: the client version vectors' trace's. */
    public int steps() {
        return rowsAt.length - 1;
    }

    /** The rows of the comparison applied at cursor {@code cursor} (clamped to {@code 0..steps()}). */
    public int rowsApplied(int cursor) {
        return rowsAt[Math.max(0, Math.min(cursor, steps()))];
    }

    /**
     * The window at {@code cursor}, showing {@code shown} (in the order given), with every value of
     * the schemes in {@code expanded} named and the others folded.
     */
    public CompareFrame frame(int cursor, List<Scheme> shown, Set<Scheme> expanded, List<SchemeOption> options) {
        int k = Math.max(0, Math.min(cursor, steps()));
        int rows = rowsApplied(k);
        int before = k == 0 ? 0 : rowsApplied(k - 1);
        Scenario scenario = comparison.scenario();
        boolean cluster = !scenario.topology().isSingle();
        String step = step(k);
        List<SchemeColumn> columns = new ArrayList<>();
        for (Scheme s : shown) {
            columns.add(column(s, rows, before, expanded.contains(s)));
        }
        return new CompareFrame(scenario.title(), step, k, steps(), options, columns, cluster, "");
    }

    /** The step at cursor {@code cursor} in words, the same for every scheme: {@code Step 3 of 8: w3: c1 writes x=v3}. */
    public String step(int cursor) {
        int k = Math.max(0, Math.min(cursor, steps()));
        if (k == 0) {
            return "Before the first step (" + steps() + " steps)";
        }
        boolean cluster = !comparison.scenario().topology().isSingle();
        return "Step " + k + " of " + steps() + ": "
                + StepTable.event(comparison.rows().get(rowsApplied(k) - 1).first(), cluster);
    }

    /** Scheme {@code s} once {@code rows} rows are applied, its narration since {@code before} rows. */
    SchemeColumn column(Scheme s, int rows, int before, boolean expanded) {
        Trace t = comparison.trace(s);
        int at = comparison.applied(s, rows) - 1;
        Counters counters = t.countersAt(at);
        List<ReplicaCell> replicas = new ArrayList<>();
        int clock = 0;
        int siblings = 0;
        boolean folded = false;
        for (String replica : t.replicaIds()) {
            ReplicaCell cell = replica(s, replica, t.replicaStateAt(at, replica), expanded);
            replicas.add(cell);
            clock = Math.max(clock, cell.clockSize());
            siblings = Math.max(siblings, cell.siblings());
            folded |= cell.keys().stream().anyMatch(k -> k.hidden() > 0);
        }
        String read = "";
        String narration = "";
        boolean lostNow = false;
        if (rows > 0) {
            Step here = comparison.rows().get(rows - 1).step(s);
            int shown = expanded ? Integer.MAX_VALUE : SHOWN;
            if (here instanceof Step.Read r) {
                read = StepTable.read(s, r.read(), shown);
            }
            List<String> lines = new ArrayList<>();
            for (int i = comparison.applied(s, before); i <= at; i++) {
                Step step = t.steps().get(i);
                lines.add(SchemeNarration.of(t, step, shown));
                lostNow |= step.causedLoss();
            }
            narration = lines.isEmpty()
                    ? SchemeNarration.absent(s, comparison.rows().get(rows - 1).first())
                    : String.join(" ", lines);
        }
        return new SchemeColumn(
                s.wireName(),
                s.title(),
                counters.acknowledged(),
                counters.visible(),
                counters.lost(),
                clock,
                siblings,
                replicas,
                read,
                narration,
                lostNow,
                folded,
                expanded);
    }

    private static ReplicaCell replica(
            Scheme s, String replica, SortedMap<String, List<Sibling<String>>> state, boolean expanded) {
        List<KeyCell> keys = new ArrayList<>();
        int siblings = 0;
        int clock = 0;
        for (Map.Entry<String, List<Sibling<String>>> e : state.entrySet()) {
            List<Sibling<String>> values = e.getValue();
            if (values.isEmpty()) {
                continue;
            }
            boolean fold = !expanded && values.size() > FOLD_ABOVE;
            StoredKey k = fold ? StoredKey.of(s, values, SHOWN) : StoredKey.of(s, values);
            keys.add(
                    new KeyCell(e.getKey(), k.text(), k.siblings(), k.clockEntries(), fold ? k.siblings() - SHOWN : 0));
            siblings += k.siblings();
            clock += k.clockEntries();
        }
        return new ReplicaCell(replica, keys, siblings, clock);
    }
}
