package io.conflictexplorer.bench;

import static io.conflictexplorer.core.store.Mode.VV;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Store;
import io.conflictexplorer.core.store.WriteResult;
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
 * Store writes per second in VV mode with 1, 3 and 10 siblings per key, in a steady state: 1,024
 * keys, each written blind by {@code siblings} clients in turn. A blind write by client C gets the
 * clock {C: n+1}, which supersedes C's own previous value and none of the others, so every key
 * keeps exactly {@code siblings} values. The time source is a counter (the node reads the wall
 * clock; that is not the store's cost).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
public class StoreWriteBench {

    static final int KEYS = 1024;

    @Param({"1", "3", "10"})
    public int siblings;

    private Store<String> store;
    private String[] keys;
    private String[] values;
    private String[] writers;
    private long now;
    private int i;

    @Setup
    public void setup() {
        store = new Store<>("n1", VV, () -> ++now);
        keys = new String[KEYS];
        values = new String[KEYS];
        for (int k = 0; k < KEYS; k++) {
            keys[k] = "k" + k;
            values[k] = "v" + k;
        }
        writers = new String[siblings];
        for (int w = 0; w < siblings; w++) {
            writers[w] = "c" + w;
        }
        for (int w = 0; w < siblings; w++) {
            for (int k = 0; k < KEYS; k++) {
                store.write(keys[k], writers[w], values[k], VersionVector.empty());
            }
        }
        for (int k = 0; k < KEYS; k++) {
            if (store.read(keys[k]).siblings().size() != siblings) {
                throw new IllegalStateException("setup did not reach " + siblings + " siblings");
            }
        }
    }

    @Benchmark
    public WriteResult<String> write() {
        int n = i++;
        int k = n & (KEYS - 1);
        return store.write(keys[k], writers[(n >>> 10) % siblings], values[k], VersionVector.empty());
    }
}
