package io.conflictexplorer.gui.projection;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.sim.CausalView;
import io.conflictexplorer.core.sim.Narration;
import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.sim.Transmission;
import io.conflictexplorer.core.store.Loss;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Sibling;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Projects a {@link Simulation} at a time cursor, with an operation selected or not, into what the
 * window shows: the {@link DiagramModel}, the two {@link PanelState}s, the narration and the step
 * line. Pure functions of their arguments, so the same inputs always give equal frames; no JavaFX,
 * so every projection can be tested without a window.
 *
 * <p>The cursor counts applied VV steps ({@code 0..vv.size()}); the LWW trace is lined up with it
 * through {@link Simulation#lwwStepsApplied()}. Nothing here decides a store rule: clocks,
 * siblings, losses and causality all come from the traces.
 */
public final class TraceProjection {

    /** The narration shown before the first step. */
    public static final String NOTHING_YET = "Nothing has happened yet: step forward or press play.";

    private TraceProjection() {}

    /**
     * Everything the window shows for one cursor position and selection.
     *
     * @param lwwNarration what LWW's store did at the step, each loss explained
     * @param lwwNamedLosses the same naming each lost write only ({@link Narration.Losses#NAMED}): for
     *     above the LOST cards, which explain them
     * @param selectedIsWrite the selected operation is a write
     * @param selectedIsBlind the selected operation is a blind write
     */
    public record Frame(
            DiagramModel diagram,
            PanelState lwwPanel,
            PanelState vvPanel,
            String lwwNarration,
            String vvNarration,
            String lwwNamedLosses,
            String vvNamedLosses,
            String stepText,
            boolean selectedIsWrite,
            boolean selectedIsBlind) {}

    /** The frame at {@code cursor} applied VV steps, with operation {@code selected} (or null) selected. */
    public static Frame frame(Simulation sim, int cursor, String selected) {
        return frame(sim, sim.lwwStepsApplied(), cursor, selected);
    }

    /**
     * As {@link #frame(Simulation, int, String)}, with {@code lwwApplied} the simulation's
     * {@link Simulation#lwwStepsApplied()} computed once (a drag redraws many times per run).
     */
    public static Frame frame(Simulation sim, int[] lwwApplied, int cursor, String selected) {
        return frame(sim, lwwApplied, cursor, selected, false);
    }

    /**
     * As {@link #frame(Simulation, int[], int, String)}; with {@code unrevealed} (predict, then
     * reveal) the chips of the operations not yet applied show no outcome and draw no read-from
     * arrow: a later read's "got a | b" would give the next answer away.
     */
    public static Frame frame(Simulation sim, int[] lwwApplied, int cursor, String selected, boolean unrevealed) {
        int applied = Math.max(0, Math.min(cursor, sim.vv().size()));
        int lwwAt = lwwApplied[Math.min(applied, lwwApplied.length - 1)];
        Trace lww = sim.lww();
        Trace vv = sim.vv();
        Operation sel = selected == null ? null : sim.scenario().operation(selected);
        String stepText;
        if (applied == 0) {
            stepText = "start, step 0 of " + vv.size();
        } else {
            Step last = vv.steps().get(applied - 1);
            stepText = "step " + applied + " of " + vv.size() + ", t=" + last.time()
                    + (last instanceof Step.Arrival ? ", gossip" : "");
        }
        return new Frame(
                diagramModel(sim, applied, lwwAt, selected, unrevealed),
                panel(lww, lwwAt, OperationFacts.of(sim)),
                panel(vv, applied, OperationFacts.of(sim)),
                // both lines tell of the VV step's event (the LWW trace may gossip differently)
                applied == 0 ? NOTHING_YET : Narration.lwwBeside(sim, lwwApplied, applied),
                applied == 0 ? NOTHING_YET : Narration.of(vv, vv.steps().get(applied - 1)),
                applied == 0 ? NOTHING_YET : Narration.lwwBeside(sim, lwwApplied, applied, Narration.Losses.NAMED),
                applied == 0 ? NOTHING_YET : Narration.of(vv, vv.steps().get(applied - 1), Narration.Losses.NAMED),
                stepText,
                sel instanceof Operation.Write,
                sel instanceof Operation.Write w && w.blind());
    }

    /**
     * The space-time diagram with {@code applied} VV steps and {@code lwwAt} LWW steps applied;
     * {@code unrevealed}: the operations not yet applied show no outcome.
     */
    static DiagramModel diagramModel(Simulation sim, int applied, int lwwAt, String selected, boolean unrevealed) {
        Scenario sc = sim.scenario();
        Trace lww = sim.lww();
        Trace vv = sim.vv();
        boolean isCluster = !sc.topology().isSingle();
        // what each operation shows wherever the cursor stands, made once per simulation
        OperationFacts facts = OperationFacts.of(sim);
        CausalView causal = selected != null && vv.stepOf(selected) != null
                ? vv.causality(selected)
                : null; // the VV trace's clocks are the true happens-before
        List<DiagramModel.Chip> chips = new ArrayList<>(sc.operations().size());
        List<DiagramModel.Arrow> arrows = new ArrayList<>();
        List<DiagramModel.ReadFrom> readsFrom = new ArrayList<>();
        List<DiagramModel.StoreMark> marks = new ArrayList<>();
        List<Step> steps = vv.steps();
        boolean splits = false;
        for (int i = 0; i < steps.size(); i++) {
            if (!(steps.get(i) instanceof Step.OfOperation s)) {
                continue; // a gossip arrival: drawn as a message, its marks below
            }
            Operation op = s.operation();
            boolean isApplied = i < applied;
            DiagramModel.Role role = role(causal, op.id());
            String replica = isCluster ? s.replica() : null;
            DiagramModel.Outcome outcome = facts.outcome(i, unrevealed && !isApplied);
            if (s instanceof Step.Write) {
                chips.add(new DiagramModel.Chip(
                        op.id(),
                        op.client(),
                        op.time(),
                        op.key(),
                        outcome,
                        facts.writeFlags(i, isApplied, lwwAt - 1),
                        role,
                        replica));
                if (facts.arrow(i) != null) {
                    arrows.add(facts.arrow(i));
                }
                if (isApplied) {
                    marks.addAll(facts.marks(i));
                }
            } else {
                chips.add(new DiagramModel.Chip(
                        op.id(),
                        op.client(),
                        op.time(),
                        op.key(),
                        outcome,
                        OperationFacts.readFlags(isApplied),
                        role,
                        replica));
                if (!unrevealed || isApplied) {
                    readsFrom.addAll(facts.readsFrom(i, isApplied));
                }
            }
            if (!splits) { // what the chip shows once revealed: the lanes keep their height at the reveal
                DiagramModel.Chip c = chips.get(chips.size() - 1);
                splits = ChipText.splits(facts.outcome(i, false), replica, c.blind() || c.noContext());
            }
        }
        long cursorTime = applied == 0 ? -1 : vv.steps().get(applied - 1).time();
        long nextTime = applied >= vv.size() ? -1 : vv.steps().get(applied).time();
        if (!isCluster) {
            return new DiagramModel(
                    sc.clients(), chips, arrows, readsFrom, marks, sc.endTime(), cursorTime, nextTime, splits);
        }
        // gossip: what each arrival did, in both modes
        for (int i = 0; i < applied; i++) {
            if (vv.steps().get(i) instanceof Step.Arrival s) {
                marks.addAll(storeMarks(s.message().id(), s.time(), s.replica(), null, s));
            }
        }
        for (int i = 0; i < lwwAt; i++) {
            if (lww.steps().get(i) instanceof Step.Arrival s) {
                marks.addAll(storeMarks(s.message().id(), s.time(), s.replica(), s, null));
            }
        }
        List<DiagramModel.Message> messages = new ArrayList<>();
        long end = sc.endTime();
        for (Transmission t : vv.messages()) {
            List<Step.Arrival> arrivedVv = vv.arrivals(t.id());
            boolean changed = vv.arrivalChangedReceiver(t.id()) || lww.arrivalChangedReceiver(t.id());
            boolean lossInLww = lww.arrivalCausedLoss(t.id());
            List<String> vvLost = new ArrayList<>();
            for (Step.Arrival a : arrivedVv) {
                a.losses().forEach(l -> vvLost.add(l.lost().value()));
            }
            boolean isApplied = t.arrived()
                    ? !arrivedVv.isEmpty() && arrivedVv.get(0).index() < applied
                    : cursorTime >= t.sendTime();
            if (unrevealed && !isApplied) { // what its arrival will do is for the class to predict
                changed = false;
                lossInLww = false;
                vvLost.clear();
            }
            messages.add(new DiagramModel.Message(
                    t.id(),
                    t.from(),
                    t.to(),
                    t.sendTime(),
                    t.deliverTime(),
                    t.status(),
                    t.periodic(),
                    changed,
                    lossInLww,
                    vvLost,
                    isApplied));
            end = Math.max(end, t.deliverTime());
        }
        List<DiagramModel.ReplicaLane> lanes = new ArrayList<>();
        for (Topology.ReplicaSpec r : sc.topology().replicas()) {
            lanes.add(new DiagramModel.ReplicaLane(r.id(), r.skew()));
        }
        List<DiagramModel.PartitionBar> bars = new ArrayList<>();
        for (NetworkEvent e : sc.topology().network()) {
            if (e instanceof NetworkEvent.Partition p) {
                bars.add(new DiagramModel.PartitionBar(p.id(), p.a(), p.b(), p.start(), p.end()));
            }
        }
        return new DiagramModel(
                sc.clients(),
                chips,
                arrows,
                readsFrom,
                marks,
                end,
                cursorTime,
                nextTime,
                lanes,
                messages,
                bars,
                splits);
    }

    /** The read-from edges into read {@code id}: VV's observed writes, then any only LWW returned. */
    static List<DiagramModel.ReadFrom> readFrom(String id, Trace vv, Trace lww, boolean applied) {
        List<String> inVv = vv.observedWrites(id);
        List<String> inLww = lww.observedWrites(id);
        List<DiagramModel.ReadFrom> out = new ArrayList<>(inVv.size() + 1);
        for (String w : inVv) {
            out.add(new DiagramModel.ReadFrom(w, id, true, inLww.contains(w), applied));
        }
        for (String w : inLww) {
            if (!inVv.contains(w)) {
                out.add(new DiagramModel.ReadFrom(w, id, false, true, applied));
            }
        }
        return out;
    }

    /**
     * A store lane's notes for one write or gossip arrival: the losses of the LWW step and of the VV
     * step (either null when that trace has no such step), then the VV step's last conflict.
     */
    static List<DiagramModel.StoreMark> storeMarks(String id, long time, String replica, Step lww, Step vv) {
        List<DiagramModel.StoreMark> marks = new ArrayList<>(2);
        if (lww != null) {
            for (Loss<String> l : lww.losses()) {
                marks.add(new DiagramModel.StoreMark(
                        id, time, "LWW lost " + l.lost().value(), true, false, replica));
            }
        }
        if (vv != null) {
            for (Loss<String> l : vv.losses()) { // only the naive clock scheme loses under VV
                marks.add(new DiagramModel.StoreMark(
                        id, time, "VV lost " + l.lost().value(), true, false, replica));
            }
            vv.lastConflict()
                    .ifPresent(c -> marks.add(new DiagramModel.StoreMark(
                            id, time, "VV " + c.siblings().size() + " siblings", false, true, replica)));
        }
        return marks;
    }

    private static DiagramModel.Role role(CausalView causal, String id) {
        if (causal == null) {
            return DiagramModel.Role.NONE;
        }
        if (causal.operation().equals(id)) {
            return DiagramModel.Role.SELECTED;
        }
        if (causal.past().contains(id)) {
            return DiagramModel.Role.PAST;
        }
        if (causal.future().contains(id)) {
            return DiagramModel.Role.FUTURE;
        }
        return causal.concurrent().contains(id) ? DiagramModel.Role.CONCURRENT : DiagramModel.Role.NONE;
    }

    /** One mode's result panel with {@code applied} of its steps applied. */
    static PanelState panel(Trace t, int applied) {
        return panel(t, applied, null);
    }

    /** As {@link #panel(Trace, int)}, with the losses and their cards kept in {@code facts} (null: made now). */
    private static PanelState panel(Trace t, int applied, OperationFacts facts) {
        List<Loss<String>> losses =
                firstOfEachWrite(facts == null ? t.lossesUpTo(applied - 1) : facts.lossesUpTo(t, applied - 1));
        if (t.scenario().topology().isSingle()) {
            return new PanelState(
                    t.mode(), t.countersAt(applied - 1), keyStates(t, t.stateAt(applied - 1), losses, facts));
        }
        List<PanelState.ReplicaState> replicas = new ArrayList<>();
        for (String r : t.replicaIds()) {
            SortedMap<String, List<Sibling<String>>> state = t.replicaStateAt(applied - 1, r);
            replicas.add(new PanelState.ReplicaState(r, keyStates(t, state, List.of(), facts)));
        }
        List<PanelState.LostCard> lost = new ArrayList<>();
        for (Loss<String> l : losses) {
            lost.add(card(t, l, facts));
        }
        return new PanelState(
                t.mode(), t.countersAt(applied - 1), List.of(), replicas, lost, t.convergedAt(applied - 1));
    }

    /**
     * One loss per lost write, the first: in a cluster a write can be dropped at one replica, then at
     * another when gossip brings it there, yet it is one write lost (the counter counts it once), so
     * the panel shows it on one LOST card.
     */
    private static List<Loss<String>> firstOfEachWrite(List<Loss<String>> losses) {
        Set<Dot> seen = new HashSet<>();
        List<Loss<String>> out = new ArrayList<>(losses.size());
        for (Loss<String> l : losses) {
            if (seen.add(l.lost().dot())) {
                out.add(l);
            }
        }
        return out;
    }

    private static List<PanelState.KeyState> keyStates(
            Trace t, SortedMap<String, List<Sibling<String>>> state, List<Loss<String>> losses, OperationFacts facts) {
        Set<String> keys = new TreeSet<>(state.keySet());
        losses.forEach(l -> keys.add(l.key()));
        // under LWW the timestamp decides which value stays, under VV on dotted clocks the dot
        boolean dotsDecide = t.mode() == Mode.VV && t.scenario().topology().dotsDecideIdentity();
        List<PanelState.KeyState> out = new ArrayList<>();
        for (String key : keys) {
            List<Sibling<String>> sibs = state.getOrDefault(key, List.of());
            List<PanelState.Card> cards = new ArrayList<>();
            for (Sibling<String> s : sibs) {
                cards.add(new PanelState.Card(
                        t.operationOf(s),
                        s.value(),
                        s.clock().toString(),
                        s.writer(),
                        s.timestamp().time(),
                        dotsDecide ? s.dot().toString() : null));
            }
            List<PanelState.LostCard> lost = new ArrayList<>();
            for (Loss<String> l : losses) {
                if (l.key().equals(key)) {
                    lost.add(card(t, l, facts));
                }
            }
            out.add(new PanelState.KeyState(key, cards, lost, new ReadResult<>(key, sibs).conflict()));
        }
        return out;
    }

    private static PanelState.LostCard card(Trace t, Loss<String> l, OperationFacts facts) {
        return facts == null ? lostCard(t, l) : facts.lostCard(t, l);
    }

    static PanelState.LostCard lostCard(Trace t, Loss<String> l) {
        return new PanelState.LostCard(
                t.operationOf(l.lost()),
                l.lost().value(),
                l.lost().clock().toString(),
                l.lost().writer(),
                l.explain(),
                t.operationOf(l.by()));
    }
}
