package io.conflictexplorer.node.handlers;

import io.conflictexplorer.core.store.MergeResult;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.Store;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.wire.ByteLine;
import io.conflictexplorer.node.wire.GossipCodec;
import io.conflictexplorer.node.wire.KvValue;
import io.conflictexplorer.node.wire.MessageType;
import io.conflictexplorer.node.wire.Name;
import io.conflictexplorer.node.wire.ProtocolError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Anti-entropy between the nodes named by {@code init}: after each write the node sends the written
 * key to every peer; every tick it sends the keys that changed since (values merged from a peer
 * included), and every {@value #FULL_EVERY} ticks its whole state, which repairs any message the
 * network lost. The receiver merges with core's {@link Store#merge}, which is commutative,
 * associative and idempotent, so late, duplicated or reordered gossip is harmless. A value that
 * came from a peer is not sent back to that peer.
 *
 * <p>Messages: {@code vv_gossip {siblings: [{key, value, vc, writer, ts, node, dot}]}} for the
 * {@code vv_*} store (the dot keeps two writes with equal clocks apart; not answered), and the
 * preceding task's {@code kv_merge {entries: {key: {value, ts, node}}}} for the LWW key-value store,
 * readable by any node written to the task's format: string keys as they are, the extra
 * {@code node} (for ties) ignorable. Integer keys go in messages of their own, marked
 * {@code integer_keys: true}, each entry named by the integer's text. The peer answers a kv_merge
 * with kv_merge_ok, which is a reply and is never answered. A single node (or {@code node_ids}
 * naming only itself) never gossips.
 *
 * <p>Depends on the stores and an outbox only, not on the node; the messages' encoding is
 * {@link GossipCodec}'s.
 */
public final class Gossip {

    static final int FULL_EVERY = 10;
    static final int MAX_PER_MESSAGE = 256;

    /** Starts calling {@code tick} periodically, from another thread. */
    @FunctionalInterface
    public interface Timer {
        Timer NONE = tick -> {};

        void start(Runnable tick);
    }

    private final Stores stores;
    private final Outbox outbox;
    private final Timer timer;
    private final Runnable tick;
    private List<String> peers = List.of();
    private final Map<String, Set<String>> dirtyVv = new HashMap<>();
    private final Map<String, Set<String>> dirtyKv = new HashMap<>();
    private final Set<String> pendingVv = new LinkedHashSet<>();
    private final Set<String> pendingKv = new LinkedHashSet<>();
    private long ticks;

    /** @param tick what the timer calls every period (the node's tick, which takes the node's lock) */
    public Gossip(Stores stores, Outbox outbox, Timer timer, Runnable tick) {
        this.stores = stores;
        this.outbox = outbox;
        this.timer = timer;
        this.tick = tick;
    }

    public void start(String self, List<String> ids) {
        List<String> others = new ArrayList<>();
        for (String id : ids) {
            if (!id.equals(self) && !others.contains(id)) {
                others.add(id);
                dirtyVv.put(id, new LinkedHashSet<>());
                dirtyKv.put(id, new LinkedHashSet<>());
            }
        }
        peers = List.copyOf(others);
        if (!peers.isEmpty()) {
            timer.start(tick);
        }
    }

    /** A client wrote {@code key} in the vv store: tell every peer right after the reply. */
    public void changedVv(String key) {
        if (!peers.isEmpty()) {
            pendingVv.add(key);
        }
    }

    /** A client wrote (or merged) {@code key} in the key-value store: tell every peer after the reply. */
    public void changedKv(String key) {
        if (!peers.isEmpty()) {
            pendingKv.add(key);
        }
    }

    /**
     * Sends what the message from {@code src} changed, once its reply is out (the client waits for
     * no gossip), to every peer but {@code src}: a peer's own values need not go back to it.
     */
    public void afterMessage(String src) {
        if (pendingVv.isEmpty() && pendingKv.isEmpty()) {
            return;
        }
        for (String p : peers) {
            if (p.equals(src)) {
                continue;
            }
            if (!pendingVv.isEmpty()) {
                sendVv(p, new ArrayList<>(pendingVv));
            }
            if (!pendingKv.isEmpty()) {
                sendKv(p, new ArrayList<>(pendingKv));
            }
        }
        pendingVv.clear();
        pendingKv.clear();
    }

    public void tick() {
        ticks++;
        boolean full = ticks % FULL_EVERY == 0;
        for (String p : peers) {
            Set<String> vv = dirtyVv.get(p);
            Set<String> kv = dirtyKv.get(p);
            List<String> vvKeys = new ArrayList<>(full ? stores.vv().keys() : vv);
            List<String> kvKeys = new ArrayList<>(full ? stores.kv().keys() : kv);
            vv.clear();
            kv.clear();
            for (int i = 0; i < vvKeys.size(); i += MAX_PER_MESSAGE) {
                sendVv(p, vvKeys.subList(i, Math.min(vvKeys.size(), i + MAX_PER_MESSAGE)));
            }
            for (int i = 0; i < kvKeys.size(); i += MAX_PER_MESSAGE) {
                sendKv(p, kvKeys.subList(i, Math.min(kvKeys.size(), i + MAX_PER_MESSAGE)));
            }
        }
    }

    /** Merges a peer's vv_gossip (checked in full before anything is merged); it is not answered. */
    public void receive(String src, Json.Obj body) throws ProtocolError {
        if (!(body.get(Name.SIBLINGS.text()) instanceof Json.Arr arr)) {
            throw ProtocolError.malformed("field \"siblings\" must be an array");
        }
        List<GossipCodec.GossipSibling> siblings = new ArrayList<>(arr.items().size());
        for (Json item : arr.items()) {
            siblings.add(GossipCodec.sibling(item));
        }
        for (GossipCodec.GossipSibling g : siblings) {
            MergeResult<Json.Raw> r = stores.vv().merge(g.key(), g.sibling());
            if (r.applied()) {
                for (String p : peers) {
                    if (!p.equals(src)) {
                        dirtyVv.get(p).add(g.key());
                    }
                }
            }
        }
    }

    private void sendVv(String peer, List<String> keys) {
        Store<Json.Raw> store = stores.vv();
        ByteLine b = null;
        for (String key : keys) {
            for (Sibling<Json.Raw> s : store.read(key).siblings()) {
                if (b == null) {
                    b = outbox.start(peer, MessageType.VV_GOSSIP)
                            .append(Name.SIBLINGS.memberBytes())
                            .append('[');
                } else {
                    b.append(',').append(' ');
                }
                GossipCodec.appendSibling(b, key, s);
            }
        }
        if (b != null) {
            b.append(']');
            outbox.send();
        }
    }

    /** Sends the string keys in one kv_merge and the integer keys in another (integer_keys: true). */
    private void sendKv(String peer, List<String> keys) {
        sendKv(peer, keys, false);
        sendKv(peer, keys, true);
    }

    private void sendKv(String peer, List<String> keys, boolean integerKeys) {
        Store<KvValue> store = stores.kv();
        ByteLine b = null;
        for (String key : keys) {
            boolean string = key.startsWith("\"");
            if (string == integerKeys) {
                continue;
            }
            for (Sibling<KvValue> s : store.read(key).siblings()) {
                if (b == null) {
                    b = outbox.start(peer, MessageType.KV_MERGE)
                            .append(Name.ENTRIES.memberBytes())
                            .append('{');
                } else {
                    b.append(',').append(' ');
                }
                GossipCodec.appendKvEntry(b, key, integerKeys, s);
            }
        }
        if (b != null) {
            b.append('}');
            if (integerKeys) {
                b.append(Name.INTEGER_KEYS.memberBytes()).append("true");
            }
            outbox.send();
        }
    }
}
