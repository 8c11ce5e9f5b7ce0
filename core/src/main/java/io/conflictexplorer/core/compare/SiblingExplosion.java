package io.conflictexplorer.core.compare;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * The sibling explosion of the DVVSet README's scenario 2 ({@code sib:run2(N)}) and riak_test's
 * {@code sibling_explosion}, for any number of writes: clients c1 and c2 take turns on one replica
 * {@code A}; write {@code i} ({@code vi}, at tick {@code 2i-1}) carries the context of its client's
 * own last read, and the client reads right after it (tick {@code 2i}), as a put that returns the
 * body. The gallery's preset is {@code scenario(101)}.
 */
public final class SiblingExplosion {

    /** The writes of the gallery's preset: the README's {@code sib:run2(101)}. */
    public static final int DEFAULT_ROUNDS = 101;

    private SiblingExplosion() {}

    /** The scenario of {@code rounds} writes (at least 1), with no title or narration. */
    public static Scenario scenario(int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("a sibling explosion needs at least 1 write, was " + rounds);
        }
        List<Operation> ops = new ArrayList<>(2 * rounds);
        for (int i = 1; i <= rounds; i++) {
            String client = i % 2 == 1 ? "c1" : "c2";
            ops.add(new Operation.Write("w" + i, client, 2L * i - 1, "x", "v" + i, false));
            ops.add(new Operation.Read("r" + i, client, 2L * i, "x"));
        }
        Topology a = Topology.single().withReplicas(List.of(new Topology.ReplicaSpec("A", 0)));
        return new Scenario("", "", List.of("c1", "c2"), ops, a);
    }
}
