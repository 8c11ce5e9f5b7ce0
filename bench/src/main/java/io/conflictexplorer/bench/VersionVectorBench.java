package io.conflictexplorer.bench;

import io.conflictexplorer.core.clock.Causality;
import io.conflictexplorer.core.clock.VersionVector;
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
 * Our {@link VersionVector} against Apache Pekko's on the same inputs ({@link VvInputs},
 * {@link PekkoVvInputs}), in the same run: compare, merge and descends with 2, 10
 * and 100 actors. Average time per operation; lower is better.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
public class VersionVectorBench {

    @Param({"2", "10", "100"})
    public int actors;

    private VvInputs in;
    private PekkoVvInputs pekko;

    @Setup
    public void setup() {
        VvDraw draw = VvDraw.of(actors);
        in = new VvInputs(draw);
        pekko = new PekkoVvInputs(draw);
    }

    @Benchmark
    public Causality compareOurs() {
        return in.base.compare(in.later);
    }

    @Benchmark
    public Object comparePekko() {
        return pekko.base.compareTo(pekko.later);
    }

    @Benchmark
    public VersionVector mergeOurs() {
        return in.base.merge(in.concurrent);
    }

    @Benchmark
    public Object mergePekko() {
        return pekko.base.merge(pekko.concurrent);
    }

    @Benchmark
    public boolean descendsOurs() {
        return in.later.descends(in.base);
    }

    @Benchmark
    public boolean descendsPekko() {
        return PekkoVvInputs.descends(pekko.later, pekko.base);
    }
}
