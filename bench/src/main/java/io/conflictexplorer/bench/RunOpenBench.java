package io.conflictexplorer.bench;

import io.conflictexplorer.check.IssueStream;
import io.conflictexplorer.check.run.OpenedRun;
import io.conflictexplorer.check.run.RunFiles;
import io.conflictexplorer.check.transcript.RunFileException;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * running the node as a process ({@code IssueStream}). The heap is capped at the
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
        dir.toFile().deleteOnExit(); // first: deleted last, once empty
        files = IssueStream.withReplies(dir, lines);
        files.forEach(f -> f.toFile().deleteOnExit());
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
}
