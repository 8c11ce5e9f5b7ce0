package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Loss;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.Store;
import io.conflictexplorer.core.store.StoreEvent;
import io.conflictexplorer.core.store.WriteResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Turns a {@link Scenario} into a {@link Trace}, deterministically: the same scenario always gives
 * the same trace.
 *
 * <p>Rules: operations reach the store in order of time, equal times in scenario order. The store's
 * last-writer-wins clock reads the operation's time. A read returns the key's stored values and the
 * client remembers their merged clock as its context for that key; a write sends the context of its
 * client's last read of the key (none if it never read it, or if the write is blind).
 */
public final class Simulator {

    /** The node id of the simulated store. */
    public static final String STORE = "store";

    private Simulator() {
    }

    /** Runs {@code scenario} in both modes. */
    public static Simulation run(Scenario scenario) {
        return new Simulation(scenario, run(scenario, Mode.LWW), run(scenario, Mode.VV));
    }

    /** Runs {@code scenario} through one store in {@code mode}. */
    public static Trace run(Scenario scenario, Mode mode) {
        List<Operation> order = new ArrayList<>(scenario.operations());
        order.sort(Comparator.comparingLong(Operation::time)); // stable: ties keep scenario order

        long[] now = new long[1];
        Store<String> store = new Store<>(STORE, mode, () -> now[0]);
        Map<String, Map<String, VersionVector>> contexts = new HashMap<>();
        Map<String, Map<String, String>> contextReads = new HashMap<>();
        List<Step> steps = new ArrayList<>(order.size());
        int acknowledged = 0;
        int lost = 0;

        for (Operation op : order) {
            now[0] = op.time();
            Map<String, VersionVector> ctx = contexts.computeIfAbsent(op.client(), c -> new HashMap<>());
            Map<String, String> fromRead = contextReads.computeIfAbsent(op.client(), c -> new HashMap<>());
            Step step;
            if (op instanceof Operation.Write w) {
                VersionVector context = w.blind() ? VersionVector.empty() : ctx.getOrDefault(w.key(), VersionVector.empty());
                String contextRead = w.blind() ? null : fromRead.get(w.key());
                WriteResult<String> result = store.write(w.key(), w.client(), w.value(), context);
                acknowledged++;
                lost += countLosses(result.events());
                step = new Step(steps.size(), op, context, contextRead, result.written(), null, result.events(),
                        store.snapshot(), new Counters(acknowledged, visible(store), lost),
                        narrateWrite(mode, w, result));
            } else {
                ReadResult<String> result = store.read(op.key());
                ctx.put(op.key(), result.context());
                fromRead.put(op.key(), op.id());
                step = new Step(steps.size(), op, result.context(), null, null, result, List.of(),
                        store.snapshot(), new Counters(acknowledged, visible(store), lost),
                        narrateRead(op, result));
            }
            steps.add(step);
        }
        return new Trace(mode, scenario, steps);
    }

    private static int countLosses(List<StoreEvent<String>> events) {
        int n = 0;
        for (StoreEvent<String> e : events) {
            if (e instanceof StoreEvent.Lost) {
                n++;
            }
        }
        return n;
    }

    private static int visible(Store<String> store) {
        int n = 0;
        for (String key : store.keys()) {
            n += store.read(key).siblings().size();
        }
        return n;
    }

    private static String narrateRead(Operation op, ReadResult<String> r) {
        String who = op.client() + " reads " + op.key();
        if (r.siblings().isEmpty()) {
            return who + ": nothing stored yet.";
        }
        if (!r.conflict()) {
            Sibling<String> s = r.siblings().get(0);
            return who + " and gets " + s.value() + " " + s.clock() + ".";
        }
        StringJoiner values = new StringJoiner(", ");
        r.siblings().forEach(s -> values.add(s.value()));
        return who + " and gets " + r.siblings().size() + " siblings (" + values
                + "): a conflict; its context is now " + r.context() + ".";
    }

    private static String narrateWrite(Mode mode, Operation.Write w, WriteResult<String> r) {
        StringBuilder sb = new StringBuilder();
        sb.append(w.client()).append(" writes ").append(w.key()).append('=').append(w.value());
        if (w.blind()) {
            sb.append(" blind");
        }
        Sibling<String> s = r.written();
        sb.append(mode == Mode.LWW ? " at t=" + s.timestamp().time() : " with clock " + s.clock());
        List<String> superseded = new ArrayList<>();
        List<Loss<String>> losses = new ArrayList<>();
        boolean conflict = false;
        for (StoreEvent<String> e : r.events()) {
            if (e instanceof StoreEvent.Superseded<String> sup) {
                superseded.add(sup.removed().value());
            } else if (e instanceof StoreEvent.Lost<String> l) {
                losses.add(l.loss());
            } else if (e instanceof StoreEvent.ConflictDetected) {
                conflict = true;
            }
        }
        if (!superseded.isEmpty()) {
            sb.append(", replacing ").append(String.join(", ", superseded)).append(" (it had seen ")
                    .append(superseded.size() == 1 ? "it" : "them").append(')');
        }
        sb.append('.');
        for (Loss<String> l : losses) {
            sb.append(" LOST: ").append(l.explain()).append('.');
        }
        if (conflict) {
            List<Sibling<String>> sibs = ((StoreEvent.ConflictDetected<String>) r.events().get(r.events().size() - 1)).siblings();
            StringJoiner values = new StringJoiner(", ");
            sibs.forEach(x -> values.add(x.value()));
            sb.append(" Conflict on ").append(w.key()).append(": ").append(sibs.size())
                    .append(" siblings kept (").append(values).append("), nothing lost.");
        }
        return sb.toString();
    }
}
