package io.conflictexplorer.check.search;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.WriteValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shrinks a failing scenario to a small one that still fails the same way, in the manner of delta
 * debugging (Zeller's ddmin): each pass proposes simpler scenarios and keeps the first that still
 * fails, until no pass finds one or the budget of runs is spent.
 *
 * <p>The passes, simplest change first: drop a client and its operations; drop chunks of
 * operations (halves, then quarters, ... then single operations); merge a key into the first key;
 * make a derived value a literal one; make a blind write carry its read's context; shorten the
 * values to {@code a}, {@code b}, ... in order; and last, name the clients {@code c1}, {@code c2},
 * ... and the keys {@code x}, {@code y}, ... in order of their first operation. Then, without a run (they change no request), the times
 * become {@code 1, 2, ...} in order and the ids {@code r1}, {@code w2}, ... by position.
 */
final class Shrinker {

    /** Whether a scenario still fails the same way: one run of the node. */
    interface Check {
        boolean stillFails(Scenario s) throws InterruptedException;
    }

    private final Check check;
    private final int budget;
    private int runs;

    /**
     * @param budget the most runs it may spend
     */
    Shrinker(Check check, int budget) {
        this.check = check;
        this.budget = budget;
    }

    /** How many runs the shrinking took. */
    int runs() {
        return runs;
    }

    /** The smallest scenario found that still fails; {@code failing} must fail. */
    Scenario shrink(Scenario failing) throws InterruptedException {
        Scenario s = failing;
        boolean progress = true;
        while (progress && runs < budget) {
            progress = false;
            Scenario next = firstFailing(withoutEachClient(s));
            next = next != null ? next : dropChunks(s);
            next = next != null ? next : firstFailing(keysMerged(s));
            next = next != null ? next : firstFailing(simplerWrites(s));
            if (next != null) {
                s = next;
                progress = true;
            }
        }
        Scenario shortened = shortValues(s);
        if (!shortened.equals(s) && fails(shortened)) {
            s = shortened;
        }
        Scenario renamed = clientsInOrder(s);
        if (!renamed.equals(s) && fails(renamed)) {
            s = renamed;
        }
        Scenario keys = keysInOrder(s);
        if (!keys.equals(s) && fails(keys)) {
            s = keys;
        }
        return compacted(s);
    }

    private boolean fails(Scenario s) throws InterruptedException {
        if (runs >= budget) {
            return false;
        }
        runs++;
        return check.stillFails(s);
    }

    private Scenario firstFailing(List<Scenario> candidates) throws InterruptedException {
        for (Scenario c : candidates) {
            if (fails(c)) {
                return c;
            }
        }
        return null;
    }

    private static List<Scenario> withoutEachClient(Scenario s) {
        List<Scenario> out = new ArrayList<>();
        if (s.clients().size() > 1) {
            for (String c : s.clients()) {
                out.add(s.withoutClient(c));
            }
        }
        return out;
    }

    /** ddmin's reduce step: the scenario without one chunk of operations, chunks halving down to one. */
    private Scenario dropChunks(Scenario s) throws InterruptedException {
        List<Operation> ops = s.operations();
        for (int chunk = ops.size() / 2; chunk >= 1; chunk /= 2) {
            for (int from = 0; from < ops.size(); from += chunk) {
                List<Operation> rest = new ArrayList<>(ops.subList(0, from));
                rest.addAll(ops.subList(Math.min(ops.size(), from + chunk), ops.size()));
                if (rest.isEmpty()) {
                    continue;
                }
                Scenario c = withOperations(s, rest);
                if (fails(c)) {
                    return c;
                }
            }
        }
        return null;
    }

    private static List<Scenario> keysMerged(Scenario s) {
        Set<String> keys = new LinkedHashSet<>();
        s.operations().forEach(op -> keys.add(op.key()));
        List<Scenario> out = new ArrayList<>();
        if (keys.size() > 1) {
            String first = keys.iterator().next();
            for (String k : keys) {
                if (!k.equals(first)) {
                    List<Operation> ops = new ArrayList<>();
                    for (Operation op : s.operations()) {
                        ops.add(op.key().equals(k) ? withKey(op, first) : op);
                    }
                    out.add(withOperations(s, ops));
                }
            }
        }
        return out;
    }

    private static Operation withKey(Operation op, String key) {
        return op instanceof Operation.Write w
                ? w.withKey(key)
                : new Operation.Read(op.id(), op.client(), op.time(), key, op.replica());
    }

    /** Each write made simpler on its own: a derived value made a literal, a blind write not blind. */
    private static List<Scenario> simplerWrites(Scenario s) {
        List<Scenario> out = new ArrayList<>();
        for (Operation op : s.operations()) {
            if (op instanceof Operation.Write w && w.rule().derived()) {
                out.add(s.replaceOperation(w.id(), o -> w.withValue(WriteValue.literal(s.freshValue()))));
            } else if (op instanceof Operation.Write w && w.blind()) {
                out.add(s.replaceOperation(w.id(), o -> w.withBlind(false)));
            }
        }
        return out;
    }

    /** Every literal value renamed a, b, c, ... in order of first appearance (a value written twice stays one). */
    static Scenario shortValues(Scenario s) {
        Map<String, String> names = new HashMap<>();
        List<Operation> ops = new ArrayList<>();
        for (Operation op : s.operations()) {
            if (op instanceof Operation.Write w && w.rule() instanceof WriteValue.Literal l) {
                String v = names.computeIfAbsent(l.value(), k -> name(names.size()));
                ops.add(w.withValue(WriteValue.literal(v)));
            } else {
                ops.add(op);
            }
        }
        return withOperations(s, ops);
    }

    private static String name(int i) {
        return i < 26 ? String.valueOf((char) ('a' + i)) : "v" + (i - 25);
    }

    /** The clients renamed c1, c2, ... in order of their first operation in time. */
    static Scenario clientsInOrder(Scenario s) {
        Map<String, String> names = new HashMap<>();
        for (Operation op : inTimeOrder(s)) {
            names.computeIfAbsent(op.client(), c -> "c" + (names.size() + 1));
        }
        List<String> clients = new ArrayList<>();
        for (int i = 1; i <= names.size(); i++) {
            clients.add("c" + i);
        }
        List<Operation> ops = new ArrayList<>();
        for (Operation op : s.operations()) {
            String c = names.get(op.client());
            ops.add(
                    op instanceof Operation.Write w
                            ? new Operation.Write(
                                    w.id(), c, w.time(), w.key(), w.rule(), w.blind(), w.replica(), w.context())
                            : new Operation.Read(op.id(), c, op.time(), op.key(), op.replica()));
        }
        return new Scenario(s.title(), s.narration(), clients, ops, s.topology());
    }

    /** The keys renamed x, y, z, k4, ... in order of their first operation in time. */
    static Scenario keysInOrder(Scenario s) {
        Map<String, String> names = new HashMap<>();
        for (Operation op : inTimeOrder(s)) {
            names.computeIfAbsent(
                    op.key(),
                    k -> names.size() < 3 ? String.valueOf((char) ('x' + names.size())) : "k" + (names.size() + 1));
        }
        List<Operation> ops = new ArrayList<>();
        for (Operation op : s.operations()) {
            ops.add(withKey(op, names.get(op.key())));
        }
        return withOperations(s, ops);
    }

    /** The operations in time order at ticks 1, 2, ..., named r1, w2, ... by position: the same requests. */
    static Scenario compacted(Scenario s) {
        List<Operation> ops = new ArrayList<>();
        int t = 0;
        for (Operation op : inTimeOrder(s)) {
            t++;
            ops.add(
                    op instanceof Operation.Write w
                            ? new Operation.Write(
                                    "w" + t, w.client(), t, w.key(), w.rule(), w.blind(), w.replica(), w.context())
                            : new Operation.Read("r" + t, op.client(), t, op.key(), op.replica()));
        }
        List<String> clients = new ArrayList<>();
        for (String c : s.clients()) {
            if (ops.stream().anyMatch(op -> op.client().equals(c))) {
                clients.add(c);
            }
        }
        return new Scenario(s.title(), s.narration(), clients, ops, s.topology());
    }

    private static List<Operation> inTimeOrder(Scenario s) {
        List<Operation> ops = new ArrayList<>(s.operations());
        ops.sort((a, b) -> Long.compare(a.time(), b.time()));
        return ops;
    }

    private static Scenario withOperations(Scenario s, List<Operation> ops) {
        return new Scenario(s.title(), s.narration(), s.clients(), ops, s.topology());
    }
}
