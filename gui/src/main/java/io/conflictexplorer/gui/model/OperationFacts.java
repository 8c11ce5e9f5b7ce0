package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.Loss;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link Simulation} shows of each operation wherever the time cursor stands: its outcome,
 * its read-from edges, a write's context arrow, store notes and flags, when LWW lost it; and each trace's losses in
 * order, with their cards. Worked out once per simulation and kept with it ({@link #of}), by VV step,
 * so a frame ({@link TraceProjection}) only picks, step by step, what the cursor has applied:
 * stepping, Home and End on a scenario of 8,000 operations made them all again, and a chip's outcome
 * now stays the same object from frame to frame, which the diagram keeps its measuring by.
 *
 * <p>Immutable once made (the cards are made on first use), and equal to what the projection made
 * per frame before.
 */
final class OperationFacts {

    /** The simulations last asked about, and their facts: the one on display, and the one made next (least recent first). */
    private static final Map<Simulation, OperationFacts> RECENT = new IdentityHashMap<>();

    private static final int KEPT = 2;
    private static final List<Simulation> ORDER = new ArrayList<>();

    /** Every set of chip flags, by its bits (the flags' ordinals): one immutable set each. */
    private static final List<Set<DiagramModel.ChipFlag>> FLAG_SETS = new ArrayList<>();

    static {
        DiagramModel.ChipFlag[] all = DiagramModel.ChipFlag.values();
        for (int bits = 0; bits < 1 << all.length; bits++) {
            Set<DiagramModel.ChipFlag> set = EnumSet.noneOf(DiagramModel.ChipFlag.class);
            for (DiagramModel.ChipFlag f : all) {
                if ((bits & bit(f)) != 0) {
                    set.add(f);
                }
            }
            FLAG_SETS.add(Set.copyOf(set));
        }
    }

    // by VV step index; null (or 0) for a gossip arrival
    private final DiagramModel.Outcome[] outcomes;
    private final DiagramModel.Outcome[] unrevealed;
    private final List<List<DiagramModel.ReadFrom>> appliedReadsFrom;
    private final List<List<DiagramModel.ReadFrom>> pendingReadsFrom;
    private final List<List<DiagramModel.StoreMark>> marks;
    /** A write's context arrow, from the read its context came from; null when none. */
    private final DiagramModel.Arrow[] arrows;
    /** A write's flags that hold wherever the cursor stands (blind, no context, its dot). */
    private final int[] flags;
    /** The first LWW step index at which some replica dropped the write, or MAX_VALUE. */
    private final int[] lostAt;

    private final Losses lww;
    private final Losses vv;
    /** Each operation's VV step index. */
    private final Map<String, Integer> ids;

    /** The facts of {@code sim}, made at its first use. */
    static OperationFacts of(Simulation sim) {
        OperationFacts last;
        synchronized (RECENT) {
            OperationFacts kept = RECENT.get(sim);
            if (kept != null) {
                return touch(sim, kept);
            }
            last = ORDER.isEmpty() ? null : RECENT.get(ORDER.get(ORDER.size() - 1));
        }
        // made outside the lock: the FX thread may ask for the facts of the run on display meanwhile
        OperationFacts made = new OperationFacts(sim, last);
        synchronized (RECENT) {
            OperationFacts kept = RECENT.get(sim);
            return touch(sim, kept != null ? kept : made);
        }
    }

    /** Keeps {@code facts} of {@code sim} as the most recently used (under the lock). */
    private static OperationFacts touch(Simulation sim, OperationFacts facts) {
        if (RECENT.put(sim, facts) == null && ORDER.size() == KEPT) {
            RECENT.remove(ORDER.remove(0));
        }
        ORDER.removeIf(s -> s == sim); // by identity: two runs are never the same run
        ORDER.add(sim);
        return facts;
    }

    /**
     * @param last the facts made last (of the run on display, most likely), whose outcome objects
     *     are taken again where they are equal: a drag tick's new run changes few chips, and the
     *     diagram measures a chip again only when its outcome is another object
     */
    private OperationFacts(Simulation sim, OperationFacts last) {
        Trace lwwTrace = sim.lww();
        Trace vvTrace = sim.vv();
        List<Step> steps = vvTrace.steps();
        int n = steps.size();
        outcomes = new DiagramModel.Outcome[n];
        unrevealed = new DiagramModel.Outcome[n];
        appliedReadsFrom = new ArrayList<>(n);
        pendingReadsFrom = new ArrayList<>(n);
        marks = new ArrayList<>(n);
        arrows = new DiagramModel.Arrow[n];
        flags = new int[n];
        lostAt = new int[n];
        boolean isCluster = !sim.scenario().topology().isSingle();
        boolean dotDecides = sim.scenario().topology().dotsDecideIdentity();
        Map<String, Integer> lostStep = new HashMap<>();
        List<Step> lwwSteps = lwwTrace.steps();
        for (int i = 0; i < lwwSteps.size(); i++) {
            for (StoreEvent<String> e : lwwSteps.get(i).events()) {
                if (e instanceof StoreEvent.Lost<String> l) {
                    lostStep.putIfAbsent(lwwTrace.operationOf(l.loss().lost()), i);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            appliedReadsFrom.add(null);
            pendingReadsFrom.add(null);
            marks.add(null);
            if (!(steps.get(i) instanceof Step.OfOperation s)) {
                continue;
            }
            Operation op = s.operation();
            String replica = isCluster ? s.replica() : null;
            lostAt[i] = lostStep.getOrDefault(op.id(), Integer.MAX_VALUE);
            if (s instanceof Step.Write sw) {
                Operation.Write w = sw.operation();
                Step.Write ls = lwwTrace.writeOf(op.id());
                outcomes[i] = new DiagramModel.Outcome.Written(
                        sw.value(),
                        ls.value(),
                        w.rule(),
                        sw.written().clock(),
                        ls.written().timestamp().time(),
                        sw.written().dot());
                unrevealed[i] = new DiagramModel.Outcome.Unrevealed(true, w.rule());
                marks.set(i, TraceProjection.storeMarks(op.id(), op.time(), replica, ls, sw));
                if (sw.contextRead() != null) {
                    arrows[i] = new DiagramModel.Arrow(sw.contextRead(), op.id());
                }
                flags[i] = (w.blind() ? bit(DiagramModel.ChipFlag.BLIND) : 0)
                        | (sw.contextRead() == null ? bit(DiagramModel.ChipFlag.NO_CONTEXT) : 0)
                        | (dotDecides ? bit(DiagramModel.ChipFlag.DOT_DECIDES) : 0);
            } else if (s instanceof Step.Read sr) {
                outcomes[i] = new DiagramModel.Outcome.ReadBack(
                        values(sr.read().siblings()),
                        values(lwwTrace.readOf(op.id()).read().siblings()),
                        sr.read().context());
                unrevealed[i] = new DiagramModel.Outcome.Unrevealed(false, null);
                appliedReadsFrom.set(i, TraceProjection.readFrom(op.id(), vvTrace, lwwTrace, true));
                pendingReadsFrom.set(i, TraceProjection.readFrom(op.id(), vvTrace, lwwTrace, false));
            }
        }
        lww = new Losses(lwwTrace);
        vv = new Losses(vvTrace);
        ids = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            if (steps.get(i) instanceof Step.OfOperation s) {
                ids.put(s.operation().id(), i);
            }
        }
        if (last != null) {
            for (int i = 0; i < n; i++) {
                if (steps.get(i) instanceof Step.OfOperation s) {
                    Integer j = last.ids.get(s.operation().id());
                    if (j != null) {
                        outcomes[i] = same(outcomes[i], last.outcomes[j]);
                        unrevealed[i] = same(unrevealed[i], last.unrevealed[j]);
                    }
                }
            }
        }
    }

    /** {@code earlier} when it equals {@code now}, else {@code now}. */
    private static DiagramModel.Outcome same(DiagramModel.Outcome now, DiagramModel.Outcome earlier) {
        return earlier != null && earlier.equals(now) ? earlier : now;
    }

    private static int bit(DiagramModel.ChipFlag f) {
        return 1 << f.ordinal();
    }

    private static List<String> values(List<Sibling<String>> siblings) {
        List<String> out = new ArrayList<>(siblings.size());
        siblings.forEach(s -> out.add(s.value()));
        return out;
    }

    /** What the stores made of the operation of VV step {@code step}; {@code hidden}: only what the scenario says. */
    DiagramModel.Outcome outcome(int step, boolean hidden) {
        return (hidden ? unrevealed : outcomes)[step];
    }

    /** The read-from edges of the read of VV step {@code step}, applied by the cursor or not. */
    List<DiagramModel.ReadFrom> readsFrom(int step, boolean applied) {
        return (applied ? appliedReadsFrom : pendingReadsFrom).get(step);
    }

    /** The context arrow of the write of VV step {@code step} (the same object from frame to frame), or null. */
    DiagramModel.Arrow arrow(int step) {
        return arrows[step];
    }

    /** The notes on its store lane of the write of VV step {@code step}. */
    List<DiagramModel.StoreMark> marks(int step) {
        return marks.get(step);
    }

    /**
     * The flags of the write of VV step {@code step} ({@code applied} by the cursor, LWW having run
     * {@code lwwIndex + 1} steps), as one immutable set (the same object for the same flags).
     */
    Set<DiagramModel.ChipFlag> writeFlags(int step, boolean applied, int lwwIndex) {
        int bits = flags[step]
                | (applied ? bit(DiagramModel.ChipFlag.APPLIED) : 0)
                | (lostAt[step] <= lwwIndex ? bit(DiagramModel.ChipFlag.LOST_IN_LWW) : 0);
        return FLAG_SETS.get(bits);
    }

    /** A read's flags: applied by the cursor or not. */
    static Set<DiagramModel.ChipFlag> readFlags(boolean applied) {
        return FLAG_SETS.get(applied ? bit(DiagramModel.ChipFlag.APPLIED) : 0);
    }

    /** The losses of {@code t} (this simulation's LWW or VV trace) in its steps up to {@code index}, in order. */
    List<Loss<String>> lossesUpTo(Trace t, int index) {
        return losses(t).upTo(index);
    }

    /** The card of {@code t}'s loss {@code l} (the same object for the same loss). */
    PanelState.LostCard lostCard(Trace t, Loss<String> l) {
        return losses(t).card(t, l);
    }

    private Losses losses(Trace t) {
        return t.mode() == lww.mode ? lww : vv;
    }

    /** One trace's losses in order, the step each happened at, and their cards once made. */
    private static final class Losses {
        private final Mode mode;
        private final List<Loss<String>> all = new ArrayList<>();
        private final List<Integer> stepOf = new ArrayList<>();
        private final Map<Loss<String>, PanelState.LostCard> cards = new IdentityHashMap<>();

        Losses(Trace t) {
            mode = t.mode();
            List<Step> steps = t.steps();
            for (int i = 0; i < steps.size(); i++) {
                for (StoreEvent<String> e : steps.get(i).events()) {
                    if (e instanceof StoreEvent.Lost<String> lost) {
                        all.add(lost.loss());
                        stepOf.add(i);
                    }
                }
            }
        }

        List<Loss<String>> upTo(int index) {
            int lo = 0;
            int hi = stepOf.size();
            while (lo < hi) { // the first loss after step index
                int mid = (lo + hi) >>> 1;
                if (stepOf.get(mid) <= index) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return Collections.unmodifiableList(all.subList(0, lo));
        }

        synchronized PanelState.LostCard card(Trace t, Loss<String> l) {
            return cards.computeIfAbsent(l, k -> TraceProjection.lostCard(t, k));
        }
    }
}
