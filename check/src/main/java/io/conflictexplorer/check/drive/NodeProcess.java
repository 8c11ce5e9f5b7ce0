package io.conflictexplorer.check.drive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A node started as a process: {@code /bin/sh -c COMMAND} in the command's folder, requests written
 * to its stdin, its stdout read line by line on a thread of its own into a queue (so a client waits
 * for a reply with a time limit, never blocked on a read), its stderr kept by a {@link StreamTail}.
 *
 * <p>Rules: a line longer than {@link #MAX_LINE} bytes is cut there (the rest up to its line break
 * is dropped) and marked; stdout's end is {@link NodeOutput.Closed}, with the exit status once the
 * process has exited. {@link #close()} ends the node's input, gives it {@link #EXIT_GRACE} to exit
 * as a node does at the end of its input, then stops it and every process it started (a shell may
 * run the node as its child).
 */
final class NodeProcess implements NodeChannel {

    /** A reply of a small scenario is a few kilobytes; a longer line is not a reply. */
    static final int MAX_LINE = 1024 * 1024;

    /** How long a node may take to exit after its input ends. */
    static final Duration EXIT_GRACE = Duration.ofMillis(500);

    private final Process process;
    private final OutputStream stdin;
    private final StreamTail stderr;
    private final BlockingQueue<NodeOutput> lines = new LinkedBlockingQueue<>();
    private boolean closedSeen;

    private NodeProcess(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.stderr = StreamTail.of(process.getErrorStream(), "node-stderr");
        Thread reader = new Thread(() -> readLines(process.getInputStream()), "node-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code command}.
     *
     * @throws IOException with a message for the user when the folder is missing or no process can
     *     be started
     */
    static NodeProcess start(NodeCommand command) throws IOException {
        if (!Files.isDirectory(command.folder())) {
            throw new IOException("the working folder " + command.folder() + " does not exist");
        }
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command.command())
                .directory(command.folder().toFile());
        return new NodeProcess(pb.start());
    }

    private void readLines(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean cut = false;
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines.add(new NodeOutput.Line(withoutCr(line.toByteArray()), cut));
                        line.reset();
                        cut = false;
                    } else if (line.size() < MAX_LINE) {
                        line.write(b);
                    } else {
                        cut = true;
                    }
                }
            }
        } catch (IOException e) {
            // stopped: the end follows
        }
        if (line.size() > 0) {
            lines.add(new NodeOutput.Line(withoutCr(line.toByteArray()), cut)); // a last line without its break
        }
        lines.add(new NodeOutput.Closed(null));
    }

    private static byte[] withoutCr(byte[] b) {
        if (b.length > 0 && b[b.length - 1] == '\r') {
            byte[] out = new byte[b.length - 1];
            System.arraycopy(b, 0, out, 0, out.length);
            return out;
        }
        return b;
    }

    @Override
    public void send(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    @Override
    public NodeOutput receive(Duration limit) throws InterruptedException {
        if (closedSeen) {
            return new NodeOutput.Closed(exitStatus(EXIT_GRACE));
        }
        NodeOutput next = lines.poll(limit.toNanos(), TimeUnit.NANOSECONDS);
        if (next == null) {
            return new NodeOutput.Silent();
        }
        if (next instanceof NodeOutput.Closed) {
            closedSeen = true;
            return new NodeOutput.Closed(exitStatus(EXIT_GRACE));
        }
        return next;
    }

    /** The exit status, waiting up to {@code grace} for it; null when it is still running. */
    private Integer exitStatus(Duration grace) throws InterruptedException {
        return process.waitFor(grace.toNanos(), TimeUnit.NANOSECONDS) ? process.exitValue() : null;
    }

    @Override
    public String stderr() {
        if (!process.isAlive()) {
            stderr.awaitEnd(200); // its last words, written just before it exited
        }
        return stderr.text();
    }

    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException e) {
            // it exited already
        }
        try {
            if (!process.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
        stderr.awaitEnd(200);
    }

    @Override
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
