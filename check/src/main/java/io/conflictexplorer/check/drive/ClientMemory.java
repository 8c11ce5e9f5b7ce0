package io.conflictexplorer.check.drive;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.WriteValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the scenario's clients remember of the node's replies, as real clients do: per client and
 * key, the clock its last read returned (the merge of the returned values' clocks: the context of
 * its next write) and the basis of a derived value ({@link WriteValue}).
 *
 * <p>Rules, the simulator's for a client, applied to the replies of the node under test instead of
 * core's store: a write sends the context of its client's own last read of the key from this node
 * (the empty clock when it never read the key, or when the write is blind), or exactly the clock
 * the scenario gives it ({@link Operation.Write#context()}); writing does not change the remembered
 * context. A derived value is computed from the basis: the client's own last write of the key if it
 * wrote after its last read, else the union of the values its last read returned. A read the node
 * refused, or answered in a form that cannot be read, leaves the memory as it was.
 */
final class ClientMemory {

    private final Map<String, VersionVector> contexts = new HashMap<>();
    private final Map<String, String> bases = new HashMap<>();

    private static String slot(String client, String key) {
        return client + '\u0000' + key;
    }

    /** The context {@code w} sends. */
    VersionVector contextOf(Operation.Write w) {
        if (w.context() != null) {
            return w.context();
        }
        return w.blind()
                ? VersionVector.empty()
                : contexts.getOrDefault(slot(w.client(), w.key()), VersionVector.empty());
    }

    /** The value {@code w} sends; remembered as its client's basis for the key. */
    String valueOf(Operation.Write w) {
        String value = w.rule().apply(bases.getOrDefault(slot(w.client(), w.key()), ""));
        bases.put(slot(w.client(), w.key()), value);
        return value;
    }

    /** {@code client}'s read of {@code key} returned {@code values} with these {@code clocks}. */
    void read(String client, String key, List<String> values, List<VersionVector> clocks) {
        VersionVector context = VersionVector.empty();
        for (VersionVector c : clocks) {
            context = context.merge(c);
        }
        contexts.put(slot(client, key), context);
        bases.put(slot(client, key), WriteValue.union(values));
    }
}
