package io.conflictexplorer.node;

import io.conflictexplorer.core.store.TimeSource;
import io.conflictexplorer.node.wire.Output;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * Runs a {@link Node} on stdin/stdout: JSON lines in, one JSON line out per message; logs on
 * stderr; exit 0 at the end of input. Replies are buffered and written out whenever the node is
 * about to wait for input (see {@link #run}), so a client that waits for a reply never waits for a
 * buffer, and a burst of lines is answered with one write per read.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws IOException {
        NodeConfig config;
        try {
            config = NodeConfig.fromEnvironment();
        } catch (IllegalArgumentException e) {
            System.err.println("protocol-node: " + e.getMessage());
            System.exit(2);
            return;
        }
        LineOutput out = new LineOutput(new FileOutputStream(FileDescriptor.out));
        NodeTrace trace = NodeTrace.fromEnvironment(config); // NODE_TRACE=FILE: every message in and out
        Node node = new Node(config, NodeTrace.sent(trace, out), new WallClockMicros(), new DaemonTimer());
        run(NodeTrace.received(trace, new FileInputStream(FileDescriptor.in)), node, config, out);
        out.flush();
        NodeTrace.close(trace);
    }

    /**
     * Wall-clock microseconds since the epoch. A class, not a lambda: the first lambda costs the
     * JDK's invokedynamic set-up before the first reply.
     */
    static final class WallClockMicros implements TimeSource {
        @Override
        public long now() {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        }
    }

    /**
     * Feeds every line of {@code in} to {@code node} until the end of input. Replies are flushed
     * whenever the node is about to wait for input, so every reply to the lines read so far is out
     * before the node blocks: a peer that waits for a reply always gets it, and a stream of
     * requests that arrives at once is answered with one write per chunk instead of one per line.
     */
    static void run(InputStream in, Node node, NodeConfig config, LineOutput out) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] buf = new byte[64 * 1024];
        byte[] line = new byte[4096];
        int len = 0;
        boolean tooLong = false;
        long lineNumber = 0;
        int n;
        while (true) {
            out.flush(); // before we may block on read
            n = in.read(buf);
            if (n <= 0) {
                break;
            }
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] != '\n') {
                    continue;
                }
                int chunk = i - start;
                if (len == 0 && !tooLong && chunk <= config.maxLineBytes()) {
                    // the whole line is in this read: taken from the buffer as it is, no copy
                    lineNumber++;
                    deliver(node, utf8, buf, start, chunk, false, lineNumber, config);
                    start = i + 1;
                    continue;
                }
                if (!tooLong && len + chunk > config.maxLineBytes()) {
                    tooLong = true;
                    line = append(line, len, buf, start, config.maxLineBytes() - len); // the first bytes only
                    len = config.maxLineBytes();
                }
                if (!tooLong) {
                    line = append(line, len, buf, start, chunk);
                    len += chunk;
                }
                lineNumber++;
                deliver(node, utf8, line, 0, len, tooLong, lineNumber, config);
                len = 0;
                tooLong = false;
                start = i + 1;
            }
            int rest = n - start;
            if (!tooLong && len + rest > config.maxLineBytes()) {
                tooLong = true; // keep the first bytes, and read on to the line break keeping nothing
                line = append(line, len, buf, start, config.maxLineBytes() - len);
                len = config.maxLineBytes();
            }
            if (!tooLong && rest > 0) {
                line = append(line, len, buf, start, rest);
                len += rest;
            }
        }
        if (len > 0 || tooLong) {
            deliver(node, utf8, line, 0, len, tooLong, lineNumber + 1, config);
        }
    }

    private static void deliver(
            Node node,
            CharsetDecoder utf8,
            byte[] line,
            int off,
            int len,
            boolean tooLong,
            long lineNumber,
            NodeConfig config) {
        if (tooLong) {
            // not processed; its beginning may still say whom to send an error (a cut character
            // at the end is replaced, which only matters inside the string that was cut)
            node.refuseLine(
                    new String(line, 0, len, StandardCharsets.UTF_8),
                    "longer than " + config.maxLineBytes() + " bytes",
                    lineNumber);
            return;
        }
        if (node.handlePlainLine(line, off, len, lineNumber)) {
            return; // a plain request: ASCII, so it needs no UTF-8 check
        }
        if (!ascii(line, off, len) && !validUtf8(utf8, line, off, len)) {
            // not processed; with the bad bytes replaced it may still say whom to send an error
            node.refuseLine(new String(line, off, len, StandardCharsets.UTF_8), "not valid UTF-8", lineNumber);
            return;
        }
        node.handleParsedLine(line, off, len, lineNumber); // parsed from the bytes: no string of the line
    }

    private static boolean ascii(byte[] line, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (line[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** True when the bytes (not all ASCII) are valid UTF-8. */
    private static boolean validUtf8(CharsetDecoder utf8, byte[] line, int off, int len) {
        try {
            utf8.reset().decode(ByteBuffer.wrap(line, off, len));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] append(byte[] line, int len, byte[] src, int from, int count) {
        if (len + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, len + count));
        }
        System.arraycopy(src, from, line, len, count);
        return line;
    }

    /**
     * Writes ASCII lines to a stream through a buffer; {@link #flush()} writes them out. The loop in
     * {@link #run} flushes before every read, so no reply waits while the node waits.
     */
    static final class LineOutput implements Output {
        private final OutputStream out;
        private byte[] bytes = new byte[64 * 1024];
        private int len;

        LineOutput(OutputStream out) {
            this.out = out;
        }

        @Override
        @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): one copy for ASCII text
        public synchronized void line(CharSequence line) {
            String s = line.toString();
            int n = s.length();
            room(n + 1);
            s.getBytes(0, n, bytes, len); // the writer escapes everything outside ASCII
            written(n);
        }

        @Override
        public synchronized void line(byte[] ascii, int off, int n) {
            room(n + 1);
            System.arraycopy(ascii, off, bytes, len, n);
            written(n);
        }

        /** Makes room for {@code n} more bytes, writing out what is buffered if need be. */
        private void room(int n) {
            if (len + n > bytes.length) {
                flush();
                if (n > bytes.length) {
                    bytes = new byte[n];
                }
            }
        }

        /**
         * Every outgoing line passes here: its {@code n} bytes were just put at {@code bytes[len]};
         * ends it with a line break.
         */
        private void written(int n) {
            bytes[len + n] = '\n';
            len += n + 1;
        }

        /** Writes out every buffered line (the gossip thread writes too, hence the lock). */
        @Override
        public synchronized void flush() {
            if (len == 0) {
                return;
            }
            try {
                out.write(bytes, 0, len);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                len = 0;
            }
        }
    }
}
