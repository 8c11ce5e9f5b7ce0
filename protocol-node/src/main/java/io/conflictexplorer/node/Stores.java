package io.conflictexplorer.node;

import io.conflictexplorer.core.store.Store;
import io.conflictexplorer.node.json.Json;

/** The node's two stores, as gossip sees them: created on first use, after init names the node. */
interface Stores {

    /** The LWW problem's store ({@code vv_write}, {@code vv_read}). */
    Store<Json.Raw> vv();

    /** The preceding task's key-value store ({@code write}, {@code kv_read}, {@code kv_merge}). */
    Store<KvValue> kv();
}
