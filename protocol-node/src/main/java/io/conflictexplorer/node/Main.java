package io.conflictexplorer.node;

import io.conflictexplorer.core.store.TimeSource;
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

/**
 * Runs a {@link Node} on stdin/stdout: JSON lines in, one JSON line out per message, flushed per
 * line; logs on stderr; exit 0 at the end of input.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        NodeConfig config;
        try {
            config = NodeConfig.fromEnvironment();
        } catch (IllegalArgumentException e) {
            System.err.println("protocol-node: " + e.getMessage());
            System.exit(2);
            return;
        }
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        Node node = new Node(config, new LineOutput(stdout), TimeSource.wallClockMicros(), new DaemonTimer());
        run(new FileInputStream(FileDescriptor.in), node, config);
        stdout.flush();
    }

    /** Feeds every line of {@code in} to {@code node} until the end of input. */
    static void run(InputStream in, Node node, NodeConfig config) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] buf = new byte[64 * 1024];
        byte[] line = new byte[4096];
        int len = 0;
        boolean tooLong = false;
        long lineNumber = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] != '\n') {
                    continue;
                }
                int chunk = i - start;
                if (!tooLong && len + chunk > config.maxLineBytes()) {
                    tooLong = true;
                }
                if (!tooLong) {
                    line = append(line, len, buf, start, chunk);
                    len += chunk;
                }
                lineNumber++;
                deliver(node, utf8, line, len, tooLong, lineNumber, config);
                len = 0;
                tooLong = false;
                start = i + 1;
            }
            int rest = n - start;
            if (!tooLong && len + rest > config.maxLineBytes()) {
                tooLong = true; // keep reading to the line break, but keep nothing
            }
            if (!tooLong && rest > 0) {
                line = append(line, len, buf, start, rest);
                len += rest;
            }
        }
        if (len > 0 || tooLong) {
            deliver(node, utf8, line, len, tooLong, lineNumber + 1, config);
        }
    }

    private static void deliver(Node node, CharsetDecoder utf8, byte[] line, int len, boolean tooLong,
                                long lineNumber, NodeConfig config) {
        if (tooLong) {
            System.err.println("protocol-node: line " + lineNumber + " ignored: longer than "
                    + config.maxLineBytes() + " bytes");
            return;
        }
        String text;
        try {
            text = decode(utf8, line, len);
        } catch (CharacterCodingException e) {
            System.err.println("protocol-node: line " + lineNumber + " ignored: not valid UTF-8");
            return;
        }
        node.handleLine(text, lineNumber);
    }

    private static String decode(CharsetDecoder utf8, byte[] line, int len) throws CharacterCodingException {
        boolean ascii = true;
        for (int i = 0; i < len; i++) {
            if (line[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(line, 0, len, StandardCharsets.ISO_8859_1); // compact and fast
        }
        return utf8.reset().decode(ByteBuffer.wrap(line, 0, len)).toString();
    }

    private static byte[] append(byte[] line, int len, byte[] src, int from, int count) {
        if (len + count > line.length) {
            line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, len + count));
        }
        System.arraycopy(src, from, line, len, count);
        return line;
    }

    /** Writes ASCII lines to a stream, flushing after each one. */
    static final class LineOutput implements Output {
        private final OutputStream out;
        private byte[] bytes = new byte[1024];

        LineOutput(OutputStream out) {
            this.out = out;
        }

        @Override
        public void line(CharSequence line) {
            int n = line.length();
            if (bytes.length < n + 1) {
                bytes = new byte[Math.max(bytes.length * 2, n + 1)];
            }
            for (int i = 0; i < n; i++) {
                bytes[i] = (byte) line.charAt(i); // the writer escapes everything outside ASCII
            }
            bytes[n] = '\n';
            try {
                out.write(bytes, 0, n + 1);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
