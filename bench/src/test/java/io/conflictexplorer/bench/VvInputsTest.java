package io.conflictexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.clock.Causality;
import io.conflictexplorer.core.clock.VersionVector;
import org.apache.pekko.cluster.ddata.VersionVector$;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark compares like with like: both implementations get the same vectors and agree. */
class VvInputsTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 10, 100})
    void bothImplementationsSeeTheSameVectors(int actors) {
        VvInputs in = new VvInputs(actors);
        PekkoVvInputs pekko = new PekkoVvInputs(actors);
        assertEquals(actors, in.base.size());
        assertEquals(actors, pekko.base.size());
        assertEquals(Causality.BEFORE, in.base.compare(in.later));
        assertEquals(VersionVector$.MODULE$.BeforeInstance(), pekko.base.compareTo(pekko.later));
        assertEquals(Causality.CONCURRENT, in.base.compare(in.concurrent));
        assertEquals(VersionVector$.MODULE$.ConcurrentInstance(), pekko.base.compareTo(pekko.concurrent));
        assertTrue(in.later.descends(in.base));
        assertTrue(PekkoVvInputs.descends(pekko.later, pekko.base));
        assertTrue(!PekkoVvInputs.descends(pekko.base, pekko.later));
        VersionVector merged = in.base.merge(in.concurrent);
        var pekkoMerged = pekko.base.merge(pekko.concurrent);
        for (int i = 0; i < actors; i++) {
            assertEquals(merged.get(VvInputs.actor(i)), pekkoMerged.versionAt(PekkoVvInputs.actor(i)), "actor " + i);
        }
    }
}
