package io.conflictexplorer.bench;

import io.conflictexplorer.core.sim.BigScenario;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
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
 * Both traces of a synthetic scenario of a long run's size ({@link BigScenario}): 7 clients,
 * 50,000 operations over 1,000 keys ({@code large}) and 5,000 over 100 ({@code medium}); and issue
 * 17's big scenario, 8 clients x 1,000 operations on 10 keys ({@code classroom}), which the window
 * opens and whose drag previews it runs. Before the simulator shared its snapshots between steps,
 * {@code large} took 26 to 32 s and 2.5 GB; the heap is capped at 500 MB so a regression fails here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx500m"})
public class SimulatorBench {

    @Param({"medium", "large", "classroom"})
    public String size;

    private Scenario scenario;

    @Setup
    public void setup() {
        scenario = switch (size) {
            case "large" -> BigScenario.large();
            case "classroom" -> BigScenario.classroom();
            default -> BigScenario.medium();
        };
    }

    @Benchmark
    public Simulation bothModes() {
        return Simulator.run(scenario);
    }
}
