package io.conflictexplorer.node.handlers;

import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.Store;
import io.conflictexplorer.core.store.TimeSource;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.wire.KvValue;

/**
 * The node's two stores, made on first use, after {@code init} named the node (each store stamps
 * its writes with the node's id). A final class, not an interface: the handlers call it on every
 * request, and C1 inlines a call it can bind statically.
 */
public final class Stores {

    private final TimeSource clock;
    private String self = "";
    private Store<Json.Raw> vv;
    private Store<KvValue> kv;

    public Stores(TimeSource clock) {
        this.clock = clock;
    }

    /** The node's id, once {@code init} gave it; empty before. */
    public String self() {
        return self;
    }

    /** Names the node (before any store is made, as {@code init} comes first). */
    public void named(String nodeId) {
        self = nodeId;
    }

    /** The LWW problem's store ({@code vv_write}, {@code vv_read}), starting in {@link Mode#LWW}. */
    public Store<Json.Raw> vv() {
        if (vv == null) {
            vv = new Store<>(self, Mode.LWW, clock, Json.Raw.BY_TEXT);
        }
        return vv;
    }

    /** The preceding task's key-value store ({@code write}, {@code kv_read}, {@code kv_merge}), always LWW. */
    public Store<KvValue> kv() {
        if (kv == null) {
            kv = new Store<>(self, Mode.LWW, clock, KvValue.TIE_BREAK);
        }
        return kv;
    }
}
