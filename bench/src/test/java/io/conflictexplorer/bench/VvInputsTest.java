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
        assertEquals(actors, in.base.size());
        assertEquals(actors, in.pekkoBase.size());
        assertEquals(Causality.BEFORE, in.base.compare(in.later));
        assertEquals(VersionVector$.MODULE$.BeforeInstance(), in.pekkoBase.compareTo(in.pekkoLater));
        assertEquals(Causality.CONCURRENT, in.base.compare(in.concurrent));
        assertEquals(VersionVector$.MODULE$.ConcurrentInstance(), in.pekkoBase.compareTo(in.pekkoConcurrent));
        assertTrue(in.later.descends(in.base));
        VersionVector merged = in.base.merge(in.concurrent);
        org.apache.pekko.cluster.ddata.VersionVector pekkoMerged = in.pekkoBase.merge(in.pekkoConcurrent);
        for (int i = 0; i < actors; i++) {
            assertEquals(merged.get(VvInputs.actor(i)), pekkoMerged.versionAt(VvInputs.pekkoActor(i)), "actor " + i);
        }
    }
}
