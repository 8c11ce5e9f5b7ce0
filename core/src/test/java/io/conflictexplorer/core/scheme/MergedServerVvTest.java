package io.conflictexplorer.core.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.clock.VersionVector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * One server-keyed clock per key ({@code server-vv-merged}) against a model: a write whose context
 * descends the key's clock leaves only its value; any other write adds its value to all the
 * siblings; so nothing is ever lost, and the siblings are every write since the last one that had
 * seen the whole key. The worked examples are the DVVSet README's figures VV3.png and VV5.png.
 */
class MergedServerVvTest {

    @Provide
    Arbitrary<List<Integer>> contexts() {
        return Arbitraries.integers().between(-1, 30).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 300)
    void siblingsAreTheWritesSinceTheLastOneThatSawTheWholeKey(@ForAll("contexts") List<Integer> reads) {
        MergedServerVv<String> s = MergedServerVv.empty();
        List<VersionVector> seen = new ArrayList<>();
        List<String> model = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            int r = reads.get(i);
            VersionVector ctx = r < 0 || seen.isEmpty() ? VersionVector.empty() : seen.get(r % seen.size());
            if (ctx.descends(s.clock())) {
                model.clear();
            }
            model.add("v" + i);
            MergedServerVv<String> next = s.update(ctx, "v" + i, "A");
            assertTrue(next.clock().descends(s.clock()) && !next.clock().equals(s.clock()), "the clock advances");
            assertTrue(next.clock().descends(ctx));
            s = next;
            seen.add(s.clock());
            assertEquals(model, s.values());
        }
    }

    @Property(tries = 200)
    void syncOfTwoReplicasIsCommutativeAsSetsAndIdempotent(@ForAll("contexts") List<Integer> reads) {
        List<MergedServerVv<String>> replicas =
                new ArrayList<>(List.of(MergedServerVv.empty(), MergedServerVv.empty()));
        for (int i = 0; i < reads.size(); i++) {
            int at = Math.abs(reads.get(i)) % 2;
            MergedServerVv<String> r = replicas.get(at);
            VersionVector ctx = reads.get(i) % 3 == 0 ? r.clock() : VersionVector.empty();
            r = r.update(ctx, "v" + i, at == 0 ? "A" : "B");
            if (reads.get(i) % 4 == 0) {
                r = MergedServerVv.sync(r, replicas.get(1 - at));
            }
            replicas.set(at, r);
        }
        MergedServerVv<String> a = replicas.get(0);
        MergedServerVv<String> b = replicas.get(1);
        MergedServerVv<String> ab = MergedServerVv.sync(a, b);
        MergedServerVv<String> ba = MergedServerVv.sync(b, a);
        assertEquals(ab.clock(), ba.clock());
        assertEquals(new HashSet<>(ab.values()), new HashSet<>(ba.values()));
        assertEquals(a, MergedServerVv.sync(a, a));
    }

    /** VV3.png: v1 ~ (A,1); {v1,v2} ~ (A,2); v3 with (A,1) gives {v1,v2,v3} ~ (A,3). */
    @Test
    void theReadmesFalseConflict() {
        MergedServerVv<String> s = MergedServerVv.<String>empty().update(VersionVector.empty(), "v1", "A");
        VersionVector read = s.clock();
        assertEquals("{v1} {A: 1}", s.toString());
        s = s.update(VersionVector.empty(), "v2", "A");
        assertEquals("{v1,v2} {A: 2}", s.toString());
        s = s.update(read, "v3", "A");
        assertEquals("{v1,v2,v3} {A: 3}", s.toString());
    }

    /** VV5.png (scenario 2): two clients alternate, each with its own last read: every write stays. */
    @Test
    void scenarioTwoKeepsEveryWrite() {
        MergedServerVv<String> s = MergedServerVv.empty();
        VersionVector[] lastRead = {VersionVector.empty(), VersionVector.empty()};
        for (int i = 1; i <= 101; i++) {
            int client = (i + 1) % 2;
            s = s.update(lastRead[client], "v" + i, "A");
            lastRead[client] = s.clock();
        }
        assertEquals(101, s.values().size());
        assertEquals(VersionVector.of("A", 101), s.clock());
    }
}
