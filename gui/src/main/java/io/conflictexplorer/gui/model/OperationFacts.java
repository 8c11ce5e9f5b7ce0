package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.Loss;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link Simulation} shows of each operation wherever the time cursor stands: its outcome,
 * its read-from edges, a write's store notes, when LWW lost it. Worked out once per simulation and
 * kept with it ({@link #of}), so a frame ({@link TraceProjection}) only picks what is applied by the
 * cursor: stepping, Home and End on a scenario of 8,000 operations built them all again, and a chip's
 * outcome stays the same object from frame to frame, which the diagram's measuring keeps by.
 *
 * <p>Immutable once made, and equal to what the projection used to make per frame.
 */
final class OperationFacts {

    /** The simulations last asked about, and their facts: the one on display, and the one before. */
    private static final Map<Simulation, OperationFacts> RECENT = new IdentityHashMap<>();

    private static final int KEPT = 2;
    private static final List<Simulation> ORDER = new ArrayList<>();

    private final Map<String, DiagramModel.Outcome> outcomes = new HashMap<>();
    private final Map<String, DiagramModel.Outcome> unrevealed = new HashMap<>();
    private final Map<String, List<DiagramModel.ReadFrom>> appliedReadsFrom = new HashMap<>();
    private final Map<String, List<DiagramModel.ReadFrom>> pendingReadsFrom = new HashMap<>();
    private final Map<String, List<DiagramModel.StoreMark>> marks = new HashMap<>();
    /** Each lost write's first LWW step index at which some replica dropped it. */
    private final Map<String, Integer> lostAt = new HashMap<>();

    private final Map<Loss<String>, PanelState.LostCard> lostCards = new IdentityHashMap<>();

    /** The facts of {@code sim}, made at its first use. */
    static OperationFacts of(Simulation sim) {
        synchronized (RECENT) {
            OperationFacts facts = RECENT.get(sim);
            if (facts == null) {
                facts = new OperationFacts(sim);
                RECENT.put(sim, facts);
                ORDER.add(sim);
                if (ORDER.size() > KEPT) {
                    RECENT.remove(ORDER.remove(0));
                }
            }
            return facts;
        }
    }

    private OperationFacts(Simulation sim) {
        Trace lww = sim.lww();
        Trace vv = sim.vv();
        boolean isCluster = !sim.scenario().topology().isSingle();
        for (Step step : vv.steps()) {
            if (!(step instanceof Step.OfOperation s)) {
                continue;
            }
            Operation op = s.operation();
            String replica = isCluster ? s.replica() : null;
            if (s instanceof Step.Write sw) {
                Operation.Write w = sw.operation();
                Step.Write ls = lww.writeOf(op.id());
                outcomes.put(
                        op.id(),
                        new DiagramModel.Outcome.Written(
                                sw.value(),
                                ls.value(),
                                w.rule(),
                                sw.written().clock(),
                                ls.written().timestamp().time(),
                                sw.written().dot()));
                unrevealed.put(op.id(), new DiagramModel.Outcome.Unrevealed(true, w.rule()));
                marks.put(op.id(), TraceProjection.storeMarks(op.id(), op.time(), replica, ls, sw));
            } else if (s instanceof Step.Read sr) {
                outcomes.put(
                        op.id(),
                        new DiagramModel.Outcome.ReadBack(
                                values(sr.read().siblings()),
                                values(lww.readOf(op.id()).read().siblings()),
                                sr.read().context()));
                unrevealed.put(op.id(), new DiagramModel.Outcome.Unrevealed(false, null));
                appliedReadsFrom.put(op.id(), TraceProjection.readFrom(op.id(), vv, lww, true));
                pendingReadsFrom.put(op.id(), TraceProjection.readFrom(op.id(), vv, lww, false));
            }
        }
        List<Step> steps = lww.steps();
        for (int i = 0; i < steps.size(); i++) {
            for (StoreEvent<String> e : steps.get(i).events()) {
                if (e instanceof StoreEvent.Lost<String> l) {
                    lostAt.putIfAbsent(lww.operationOf(l.loss().lost()), i);
                }
            }
        }
    }

    private static List<String> values(List<Sibling<String>> siblings) {
        List<String> out = new ArrayList<>(siblings.size());
        siblings.forEach(s -> out.add(s.value()));
        return out;
    }

    /** What the stores made of operation {@code id}; {@code hidden}: only what the scenario says. */
    DiagramModel.Outcome outcome(String id, boolean hidden) {
        return (hidden ? unrevealed : outcomes).get(id);
    }

    /** Read {@code id}'s read-from edges, applied by the cursor or not. */
    List<DiagramModel.ReadFrom> readsFrom(String id, boolean applied) {
        return (applied ? appliedReadsFrom : pendingReadsFrom).get(id);
    }

    /** Write {@code id}'s notes on its store lane. */
    List<DiagramModel.StoreMark> marks(String id) {
        return marks.get(id);
    }

    /** True when LWW had lost write {@code id} by the end of step {@code lwwIndex}. */
    boolean lostInLwwBy(String id, int lwwIndex) {
        Integer at = lostAt.get(id);
        return at != null && at <= lwwIndex;
    }

    /** The card of a lost value (the same object for the same loss). */
    PanelState.LostCard lostCard(Trace t, Loss<String> l) {
        synchronized (lostCards) {
            return lostCards.computeIfAbsent(l, k -> TraceProjection.lostCard(t, k));
        }
    }
}
