package io.conflictexplorer.gui.run.model;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.compare.DivergenceKind;
import io.conflictexplorer.check.run.OpenedRun;
import io.conflictexplorer.check.run.RunIndex;
import io.conflictexplorer.check.run.RunMarker;
import io.conflictexplorer.check.run.RunSource;
import io.conflictexplorer.check.transcript.LineProblem;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.store.Mode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs for the run window's model tests, made by hand so every chip's marks are known: c1 and c2
 * write x blind at t=1 and t=2 (LWW loses c1's a, VV keeps both: a conflict), c1 reads x at 3 (two
 * siblings), c2 writes y at 4, c3 reads y at 5. A case file asked for them at lines 2 to 6; the
 * node's replies diverge on c2's write of y (line 5) and on an error to line 7, which is no
 * operation; one FORMAT difference marks nothing; line 8 was skipped; the mode was set to vv at 1.
 */
final class RunFixtures {

    static final Scenario SCENARIO = new Scenario(
            "marks",
            "",
            List.of("c1", "c2", "c3"),
            List.of(
                    new Operation.Write("w1", "c1", 1, "x", "a", true),
                    new Operation.Write("w2", "c2", 2, "x", "b", true),
                    new Operation.Read("r1", "c1", 3, "x"),
                    new Operation.Write("w3", "c2", 4, "y", "c", true),
                    new Operation.Read("r2", "c3", 5, "y")));

    static final String W3_SENTENCE =
            "c2's write of c to y at line 5: expected vc {c2: 2}; your node returned vc {c2: 9}";
    static final String ERROR_SENTENCE = "line 7: expected error code 10; your node returned 11";

    /** The e2e cases of the node, with their own expected replies. */
    static final Path E2E = Path.of("..", "protocol-node", "src", "test", "resources", "e2e");

    private RunFixtures() {}

    static OpenedRun opened() {
        RunIndex index = RunIndex.builder()
                .add("w1", new RunSource("case.in", 2, "1", "{\"msg_id\":1,\"type\":\"vv_write\"}"))
                .add("w2", new RunSource("case.in", 3, "1", "{\"msg_id\":1,\"type\":\"vv_write\"}"))
                .add("r1", new RunSource("case.in", 4, "2", "{\"msg_id\":2,\"type\":\"vv_read\"}"))
                .add("w3", new RunSource("case.in", 5, "3", "{\"msg_id\":3,\"type\":\"vv_write\"}"))
                .add("r2", new RunSource("case.in", 6, "\"a\"", "{\"msg_id\":\"a\",\"type\":\"vv_read\"}"))
                .build();
        return new OpenedRun(
                "marks",
                SCENARIO,
                index,
                List.of(
                        new Divergence(DivergenceKind.WRONG_CLOCK, 5, 4, "w3", W3_SENTENCE),
                        new Divergence(DivergenceKind.FORMAT, 6, 5, "r2", "key order differs"),
                        new Divergence(DivergenceKind.WRONG_ERROR_CODE, 7, 6, null, ERROR_SENTENCE)),
                List.of(new LineProblem("case.in", 8, "this is not json", "not JSON")),
                List.of(new RunMarker.ModeChange(1, 1, "c1", Mode.VV)),
                true);
    }

    static RunProjection projection() {
        return RunProjection.of(RunSession.of(opened()));
    }

    /**
     * {@code n} blind writes to x, alternately by c1 and c2, one per tick from t=1: every write but
     * the last is lost under LWW, and each write of c2 leaves VV a conflict; the node's reply
     * diverges on operation {@code divergent}.
     */
    static RunProjection longRun(int n, String divergent) {
        List<Operation> ops = new ArrayList<>();
        RunIndex.Builder index = RunIndex.builder();
        for (int i = 0; i < n; i++) {
            String id = "w" + i;
            ops.add(new Operation.Write(id, i % 2 == 0 ? "c1" : "c2", i + 1, "x", "v" + i, true));
            index.add(id, new RunSource("long.in", i + 2, String.valueOf(i), "line"));
        }
        Scenario s = new Scenario("long", "", List.of("c1", "c2"), ops);
        return RunProjection.of(RunSession.of(new OpenedRun(
                "long",
                s,
                index.build(),
                List.of(new Divergence(DivergenceKind.WRONG_CLOCK, 2, 2, divergent, "wrong clock")),
                List.of(),
                List.of(),
                true)));
    }
}
