package io.conflictexplorer.node.handlers;

import io.conflictexplorer.core.store.Store;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.wire.KvValue;

/** The node's two stores, as the handlers and gossip see them: created on first use, after init names the node. */
public interface Stores {

    /** The LWW problem's store ({@code vv_write}, {@code vv_read}). */
    Store<Json.Raw> vv();

    /** The preceding task's key-value store ({@code write}, {@code kv_read}, {@code kv_merge}). */
    Store<KvValue> kv();
}
