package io.conflictexplorer.check.drive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The end of a stream a process writes, kept in bounded memory: a node's stderr, for the user when
 * it crashes or hangs (a Python traceback ends a stream). Reads on a daemon thread of its own until
 * the stream ends, so the process never blocks on a full pipe; keeps the last {@link #LIMIT} bytes
 * and counts the ones dropped before them.
 */
final class StreamTail {

    /** 64 KiB: a traceback fits many times; a node that logs every message cannot fill memory. */
    static final int LIMIT = 64 * 1024;

    private final byte[] ring;
    private long written;
    private final Thread reader;

    private StreamTail(InputStream in, int limit, String name) {
        ring = new byte[limit];
        reader = new Thread(() -> pump(in), name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts keeping the last {@link #LIMIT} bytes of {@code in}. */
    static StreamTail of(InputStream in, String name) {
        return new StreamTail(in, LIMIT, name);
    }

    /** Starts keeping the last {@code limit} bytes of {@code in}. */
    static StreamTail of(InputStream in, int limit, String name) {
        return new StreamTail(in, limit, name);
    }

    private void pump(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                append(buffer, n);
            }
        } catch (IOException e) {
            // the process was stopped: what was read is kept
        }
    }

    private synchronized void append(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            ring[(int) (written++ % ring.length)] = b[i];
        }
    }

    /** Waits up to {@code millis} for the stream to end (the process exited), so its last words are in. */
    void awaitEnd(long millis) {
        try {
            reader.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The kept text, preceded by a note of how much was dropped before it, if any. */
    synchronized String text() {
        int kept = (int) Math.min(written, ring.length);
        byte[] out = new byte[kept];
        long from = written - kept;
        for (int i = 0; i < kept; i++) {
            out[i] = ring[(int) ((from + i) % ring.length)];
        }
        String text = new String(out, StandardCharsets.UTF_8);
        return from == 0 ? text : "[" + from + " earlier bytes not kept]\n" + text;
    }
}
