package io.conflictexplorer.check;

import io.conflictexplorer.node.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The transcript issue 12 timed the node on, as {@code protocol-node/bench/node_bench.py}'s
 * {@code issue_stream} writes it: init, {@code set_mode vv}, then a {@code vv_write} with an empty
 * context from one of 7 clients to one of 500 keys and a {@code vv_read} of one of 500 other keys,
 * alternating (its own random draws, the same shape). A fixture of this module's test-jar, which
 * the run-opening benchmark and the run window's scale generator both open.
 */
public final class IssueStream {

    private IssueStream() {}

    /** The first {@code lines} lines, each ending in a newline. */
    public static String lines(int lines) {
        Random rnd = new Random(7);
        StringBuilder b = new StringBuilder(lines * 95);
        b.append("{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"init\",\"msg_id\":1,")
                .append("\"node_id\":\"n1\",\"node_ids\":[\"n1\"]}}\n");
        b.append("{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"set_mode\",\"msg_id\":2,\"mode\":\"vv\"}}\n");
        for (int i = 0; i < lines - 2; i++) {
            if (i % 2 == 0) {
                b.append("{\"src\":\"c")
                        .append(1 + rnd.nextInt(7))
                        .append("\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":")
                        .append(i + 3)
                        .append(",\"key\":\"k")
                        .append(rnd.nextInt(500))
                        .append("\",\"value\":\"v")
                        .append(i)
                        .append("\",\"context\":{}}}\n");
            } else {
                b.append("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"msg_id\":")
                        .append(i + 3)
                        .append(",\"key\":\"r")
                        .append(rnd.nextInt(500))
                        .append("\"}}\n");
            }
        }
        return b.toString();
    }

    /**
     * Writes the first {@code lines} lines to {@code dir} as {@code issue-N.in}, and the protocol
     * node's replies to them as {@code issue-N.out}: the node ({@link Main}, on this JVM's class path
     * as this module's dependency) run in a JVM of its own, as a student's node would be.
     *
     * @return the case and the replies
     */
    public static List<Path> withReplies(Path dir, int lines) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path in = dir.resolve("issue-" + lines + ".in");
        Path out = dir.resolve("issue-" + lines + ".out");
        Files.writeString(in, lines(lines), StandardCharsets.UTF_8);
        Process node = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName())
                .redirectInput(in.toFile())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!node.waitFor(5, TimeUnit.MINUTES) || node.exitValue() != 0) {
            throw new IOException("the node did not answer " + in);
        }
        return List.of(in, out);
    }
}
