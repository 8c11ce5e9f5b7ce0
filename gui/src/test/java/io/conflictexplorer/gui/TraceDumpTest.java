package io.conflictexplorer.gui;

import io.conflictexplorer.core.sim.Narration;
import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.sim.WriteValue;
import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.Preset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Writes every preset's LWW and VV traces, and those of seeded random scenarios, step by step
 * (events, counters, every replica's state, narration) to one text file, so that a change to core
 * can be checked to leave today's traces byte-identical: dump before, dump after, compare.
 *
 * <pre>
 * ./mvnw -q -pl gui -am verify -Pgenerators -Dtest=TraceDumpTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -DskipITs -Ddump.out=/tmp/traces.txt
 * </pre>
 */
@Tag("generator")
class TraceDumpTest {

    @Test
    void dump() throws IOException {
        StringBuilder out = new StringBuilder();
        for (Preset p : Assets.presets()) {
            dump(out, p.file(), p.scenario());
        }
        for (int seed = 1; seed <= 300; seed++) {
            dump(out, "random " + seed, random(new Random(seed)));
        }
        Path file = Path.of(System.getProperty("dump.out", "target/traces.txt"));
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    private static void dump(StringBuilder out, String name, Scenario scenario) {
        Simulation sim = Simulator.run(scenario);
        for (Trace t : List.of(sim.lww(), sim.vv())) {
            out.append("== ").append(name).append(' ').append(t).append('\n');
            for (Step s : t.steps()) {
                out.append(s.index())
                        .append(' ')
                        .append(s.order())
                        .append(' ')
                        .append(s.getClass().getSimpleName())
                        .append(" @")
                        .append(s.replica())
                        .append('\n');
                out.append("  events ").append(s.events()).append('\n');
                if (s instanceof Step.Read r) {
                    out.append("  read ").append(r.read()).append('\n');
                }
                if (s instanceof Step.Write w) {
                    out.append("  context ")
                            .append(w.context())
                            .append(" from ")
                            .append(w.contextRead())
                            .append('\n');
                }
                out.append("  counters ").append(s.counters()).append('\n');
                out.append("  replicas ").append(s.replicas()).append('\n');
                out.append("  says ").append(Narration.of(t, s)).append('\n');
                out.append("  converged ").append(t.convergedAt(s.index())).append('\n');
            }
            out.append("  messages ").append(t.messages()).append('\n');
            out.append("  lost ").append(t.lostWritesUpTo(t.size() - 1)).append('\n');
        }
    }

    private static Scenario random(Random r) {
        List<String> clients = new ArrayList<>();
        int nc = 1 + r.nextInt(3);
        for (int i = 1; i <= nc; i++) {
            clients.add("c" + i);
        }
        Topology topology = Topology.single();
        if (r.nextBoolean()) {
            topology = Topology.cluster(2 + r.nextInt(2), 1 + r.nextInt(5), r.nextInt(3));
            if (r.nextBoolean()) {
                topology = topology.withScheme(ClockScheme.CLIENT_COUNTERS);
            }
            topology = topology.withSkew("n1", r.nextInt(20) - 10);
            List<NetworkEvent> net = new ArrayList<>();
            if (r.nextBoolean()) {
                net.add(new NetworkEvent.Partition("p1", "n1", "n2", r.nextInt(10), 10 + r.nextInt(20)));
            }
            if (r.nextBoolean()) {
                net.add(new NetworkEvent.Message("m1", "n2", "n1", 3, 5, NetworkEvent.Fate.values()[r.nextInt(3)]));
            }
            topology = topology.withNetwork(net);
        }
        List<Operation> ops = new ArrayList<>();
        int n = 1 + r.nextInt(14);
        for (int i = 0; i < n; i++) {
            String client = clients.get(r.nextInt(nc));
            String key = r.nextInt(4) == 0 ? "y" : "x";
            long time = r.nextInt(30);
            String replica = topology.isSingle()
                    ? null
                    : topology.replicas()
                            .get(r.nextInt(topology.replicas().size()))
                            .id();
            if (r.nextInt(3) == 0) {
                ops.add(new Operation.Read("r" + i, client, time, key, replica));
            } else {
                WriteValue value = switch (r.nextInt(4)) {
                    case 0 -> WriteValue.parse("+i" + i);
                    case 1 -> WriteValue.parse("merge");
                    default -> WriteValue.parse("v" + i);
                };
                ops.add(new Operation.Write("w" + i, client, time, key, value, r.nextInt(4) == 0, replica));
            }
        }
        return new Scenario("random", "", clients, ops, topology);
    }
}
