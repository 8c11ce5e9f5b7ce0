package io.conflictexplorer.core.scheme;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.cluster.Replica;
import io.conflictexplorer.core.cluster.Replicated;
import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import io.conflictexplorer.core.store.TimeSource;
import io.conflictexplorer.core.store.WriteResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code lww} and {@code client-vv} schemes: a {@link Replica} and its store, the same
 * code the protocol node runs, called exactly as before schemes existed, so their traces are
 * unchanged.
 *
 * <p>A data loss replaces the store by an empty one whose dots name a new incarnation
 * ({@code n1#2}): client-keyed clocks name no replica, so the replica's amnesia reuses no clock
 * entry, and its writes keep distinct identities.
 */
public final class StoreReplica implements ReplicaStore {

    private final String id;
    private final Mode mode;
    private final ClockScheme clocks;
    private final TimeSource trueTime;
    private final long skew;
    private Replica<String> replica;
    private int incarnation = 1;

    public StoreReplica(String id, Mode mode, ClockScheme clocks, TimeSource trueTime, long skew) {
        this.id = id;
        this.mode = mode;
        this.clocks = clocks;
        this.trueTime = trueTime;
        this.skew = skew;
        this.replica = new Replica<>(id, mode, clocks, trueTime, skew, String::compareTo);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public WriteResult<String> write(String key, String writer, String value, VersionVector context) {
        return replica.store().write(key, writer, value, context);
    }

    @Override
    public ReadResult<String> read(String client, String key) {
        return replica.store().read(key);
    }

    @Override
    public List<Sibling<String>> stored(String key) {
        return replica.store().read(key).siblings();
    }

    @Override
    public List<Replicated<String>> state() {
        return replica.state();
    }

    @Override
    public List<StoreEvent<String>> receive(List<Replicated<String>> values) {
        return replica.receive(values);
    }

    @Override
    public List<String> loseData(boolean newActor) {
        List<String> keys = new ArrayList<>(replica.store().snapshot().keySet());
        replica = new Replica<>(id + "#" + ++incarnation, mode, clocks, trueTime, skew, String::compareTo);
        return keys;
    }
}
