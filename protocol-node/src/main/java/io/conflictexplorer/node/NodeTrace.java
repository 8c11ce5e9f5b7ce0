package io.conflictexplorer.node;

import io.conflictexplorer.node.json.JsonException;
import io.conflictexplorer.node.json.JsonParser;
import io.conflictexplorer.node.json.JsonWriter;
import io.conflictexplorer.node.wire.Output;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The node's trace, on when the environment names a file ({@code NODE_TRACE=FILE}): every message
 * the node receives and sends, one JSON object per line, in the order the node saw them:
 * {@code {"time_us": T, "dir": "recv", "msg": MESSAGE}} or {@code "dir": "sent"}, where {@code T}
 * is the node's own wall clock in microseconds since the epoch and {@code MESSAGE} is the message
 * exactly as it came or went. A received line that is not JSON is kept as a string,
 * {@code "raw": "LINE"}, so the trace stays JSON lines. Blank lines are not traced.
 *
 * <p>Why: traces of several nodes, opened together in the explorer, draw a cluster's run with the
 * gossip between the replicas, matched by sender and {@code msg_id}. Off, it costs nothing: the
 * node's input and output are not wrapped. The file is written through a buffer, flushed whenever
 * the node flushes its replies and at the end of input.
 */
public final class NodeTrace {

    /** The environment variable naming the trace file. */
    public static final String VARIABLE = "NODE_TRACE";

    private final OutputStream file;
    private final int maxDepth;
    private final int maxLineBytes;

    private NodeTrace(OutputStream file, NodeConfig config) {
        this.file = file;
        this.maxDepth = config.maxDepth();
        this.maxLineBytes = config.maxLineBytes();
    }

    /**
     * The trace {@code NODE_TRACE} names (the file is created or emptied), or null when it names
     * none. A file that cannot be written stops the node with status 2 and a message, as a wrong
     * setting does: a run asked to be traced should not go untraced.
     */
    static NodeTrace fromEnvironment(NodeConfig config) {
        String path = System.getenv(VARIABLE);
        if (path == null || path.isBlank()) {
            return null;
        }
        try {
            return new NodeTrace(new BufferedOutputStream(new FileOutputStream(path), 64 * 1024), config);
        } catch (IOException e) {
            System.err.println("protocol-node: " + VARIABLE + "=" + path + " cannot be written: " + e.getMessage());
            System.exit(2);
            return null;
        }
    }

    /** A trace written to {@code out} (tests). */
    static NodeTrace to(OutputStream out, NodeConfig config) {
        return new NodeTrace(out, config);
    }

    /** {@code in}, recording every line read from it; {@code in} itself when there is no trace. */
    static InputStream received(NodeTrace trace, InputStream in) {
        return trace == null ? in : trace.new Received(in);
    }

    /** {@code out}, recording every line written to it; {@code out} itself when there is no trace. */
    static Output sent(NodeTrace trace, Output out) {
        return trace == null ? out : trace.new Sent(out);
    }

    /** Writes out what is buffered and closes the file; nothing when there is no trace. */
    static void close(NodeTrace trace) throws IOException {
        if (trace != null) {
            synchronized (trace) {
                trace.file.close();
            }
        }
    }

    private static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    /** Records one message (a valid JSON line as it is; anything else as a string). */
    private synchronized void record(String dir, byte[] line, int off, int len, long micros) {
        if (len == 0 || new String(line, off, len, StandardCharsets.UTF_8).isBlank()) {
            return;
        }
        boolean json;
        try {
            JsonParser.parse(line, off, len, maxDepth);
            json = true;
        } catch (JsonException | RuntimeException e) {
            json = false; // not JSON, or not UTF-8: kept as a string
        }
        try {
            file.write(("{\"time_us\": " + micros + ", \"dir\": \"" + dir + "\", \"" + (json ? "msg" : "raw") + "\": ")
                    .getBytes(StandardCharsets.US_ASCII));
            if (json) {
                file.write(line, off, len);
            } else {
                file.write(JsonWriter.quote(new String(line, off, len, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.US_ASCII));
            }
            file.write('}');
            file.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("NODE_TRACE: cannot write the trace", e);
        }
    }

    private synchronized void flush() {
        try {
            file.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("NODE_TRACE: cannot write the trace", e);
        }
    }

    /** The node's input: passes every byte on, and records each line as it completes. */
    private final class Received extends FilterInputStream {
        private byte[] line = new byte[4096];
        private int len;

        Received(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int n) throws IOException {
            int got = super.read(b, off, n);
            if (got <= 0) {
                if (len > 0) { // the last line, without a line break
                    record("recv", line, 0, trimmed(), nowMicros());
                    len = 0;
                }
                return got;
            }
            long micros = nowMicros();
            for (int i = off; i < off + got; i++) {
                if (b[i] == '\n') {
                    record("recv", line, 0, trimmed(), micros);
                    len = 0;
                } else if (len < maxLineBytes) { // of a longer line, the node reads no more either
                    if (len == line.length) {
                        line = Arrays.copyOf(line, Math.min(line.length * 2, maxLineBytes));
                    }
                    line[len++] = b[i];
                }
            }
            return got;
        }

        private int trimmed() {
            return len > 0 && line[len - 1] == '\r' ? len - 1 : len;
        }
    }

    /** The node's output: records each line, then passes it on. */
    private final class Sent implements Output {
        private final Output out;

        Sent(Output out) {
            this.out = out;
        }

        @Override
        public void line(CharSequence text) {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            record("sent", bytes, 0, bytes.length, nowMicros());
            out.line(text);
        }

        @Override
        public void line(byte[] ascii, int off, int len) {
            record("sent", ascii, off, len, nowMicros());
            out.line(ascii, off, len);
        }

        @Override
        public void flush() {
            out.flush();
            NodeTrace.this.flush();
        }
    }
}
