package io.conflictexplorer.node;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One instance per sender id: a client's id becomes the actor of the clocks it writes, and core
 * compares actors on every write; the same instance compares by identity at once. At most
 * {@value #MAX_CLIENTS} ids are kept, so a stream of ever-new senders cannot fill memory. Recent
 * senders are also remembered by the bytes of their ids (a direct-mapped cache), so a plain
 * request from a known sender costs no new string.
 */
final class Clients {

    private static final int MAX_CLIENTS = 10_000;
    private static final int CACHE = 64;

    private final Map<String, String> ids = new HashMap<>();
    private final byte[][] cachedBytes = new byte[CACHE][];
    private final String[] cachedIds = new String[CACHE];

    /** The one instance of {@code id}. */
    String of(String id) {
        String known = ids.get(id);
        if (known != null) {
            return known;
        }
        if (ids.size() < MAX_CLIENTS) {
            ids.put(id, id);
        }
        return id;
    }

    /** {@link #of(String)} of the id whose text is {@code b[from, to)} (plain ASCII). */
    String of(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        int slot = (h ^ (h >>> 16)) & (CACHE - 1);
        byte[] known = cachedBytes[slot];
        if (known != null && Arrays.equals(known, 0, known.length, b, from, to)) {
            return cachedIds[slot];
        }
        String id = of(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        cachedBytes[slot] = Arrays.copyOfRange(b, from, to);
        cachedIds[slot] = id;
        return id;
    }
}
