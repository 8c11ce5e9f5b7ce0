package io.conflictexplorer.bench;

import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonWriter;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * A float written back as Python writes it ({@code JsonWriter.write} of a JSON number with a
 * fraction or an exponent), per number, for three kinds of input: times as the node prints them
 * ({@code 1704067200.123457}), short decimals as people write them ({@code 0.25}, {@code 5E9}), and
 * the texts of doubles drawn from all bits. It uses only API older than the number rules of
 * docs/decisions/numbers-as-python-writes-them.md, so the same class measures the code before them with that code's jar first
 * on the class path:
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar FloatReprBench
 * java -cp OLD/protocol-node.jar:bench/target/benchmarks.jar org.openjdk.jmh.Main FloatReprBench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx1g"})
public class FloatReprBench {

    private static final int N = 1024;

    @Param({"times", "decimals", "doubles"})
    public String kind;

    private Json.Num[] numbers;

    @Setup
    public void setup() {
        Random rnd = new Random(11);
        numbers = new Json.Num[N];
        for (int i = 0; i < N; i++) {
            String text = switch (kind) {
                case "times" ->
                    (1_700_000_000L + rnd.nextInt(100_000_000)) + "." + String.format("%06d", rnd.nextInt(1_000_000));
                case "decimals" -> rnd.nextInt(100_000) + "e" + (rnd.nextInt(40) - 20);
                default -> {
                    double d;
                    do {
                        d = Double.longBitsToDouble(rnd.nextLong());
                    } while (!Double.isFinite(d));
                    yield Double.toString(d);
                }
            };
            numbers[i] = new Json.Num(text, false);
        }
    }

    /** {@value #N} numbers written; the figure is per call, so divide by {@value #N}. */
    @Benchmark
    public void write1024(Blackhole bh) {
        for (Json.Num n : numbers) {
            bh.consume(JsonWriter.write(n));
        }
    }
}
