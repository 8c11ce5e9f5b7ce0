package io.conflictexplorer.bench;

import io.conflictexplorer.core.run.OpenedRun;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.node.check.RunFileException;
import io.conflictexplorer.node.check.RunFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening a transcript as the run window does, before any drawing: reading a case and a node's
 * replies, comparing them with core's rules ({@link RunFiles#open}), and computing both traces
 * ({@link Simulator#run}). The transcripts are node_bench.py's "issue" stream (init, set_mode vv,
 * then vv_writes with an empty context from 7 clients to 500 keys alternating with vv_reads of 500
 * other keys) of 10,000 and 100,000 lines, with our own node's replies, made in the setup by
 * running the node ({@code io.conflictexplorer.node.Main}) as a process. The heap is capped at the
 * issue's 500 MB, so a run that did not fit would fail here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx500m"})
public class RunOpenBench {

    @Param({"10000", "100000"})
    public int lines;

    private List<Path> files;

    @Setup
    public void setup() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("run-open-bench");
        Path in = dir.resolve("issue-" + lines + ".in");
        Path out = dir.resolve("issue-" + lines + ".out");
        Files.writeString(in, issueStream(lines), StandardCharsets.UTF_8);
        Process node = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.conflictexplorer.node.Main")
                .redirectInput(in.toFile())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!node.waitFor(5, TimeUnit.MINUTES) || node.exitValue() != 0) {
            throw new IOException("the node did not answer " + in);
        }
        files = List.of(in, out);
        in.toFile().deleteOnExit();
        out.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
    }

    /** The case and its replies read and compared, then both traces computed. */
    @Benchmark
    public Simulation openCaseAndReplies() throws RunFileException {
        OpenedRun run = RunFiles.open(files);
        if (!run.agrees()) {
            throw new IllegalStateException("our node disagrees with itself: " + run.divergences());
        }
        return Simulator.run(run.scenario());
    }

    /** node_bench.py's issue_stream: init, set_mode vv, then writes and reads alternating. */
    static String issueStream(int lines) {
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
}
