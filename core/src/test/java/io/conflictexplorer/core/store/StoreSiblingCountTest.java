package io.conflictexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conflictexplorer.core.clock.VersionVector;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Store#siblingsAfterWrite} predicts exactly what the write then leaves, and changes nothing. */
class StoreSiblingCountTest {

    @Test
    void predictsTheSiblingCountOfTheNextWrite() {
        long[] now = {0};
        Store<String> s = new Store<>("n1", Mode.VV, () -> ++now[0]);
        Random rnd = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            String key = "k" + rnd.nextInt(5);
            String writer = "c" + rnd.nextInt(6);
            VersionVector context = rnd.nextInt(3) == 0 ? s.read(key).context() : VersionVector.empty();
            if (i == 1_000) {
                s.setMode(Mode.LWW);
            } else if (i == 1_500) {
                s.setMode(Mode.VV);
            }
            int stored = s.read(key).siblings().size();
            int predicted = s.siblingsAfterWrite(key, writer, context);
            assertEquals(stored, s.read(key).siblings().size(), "asking changes nothing");
            s.write(key, writer, "v" + i, context);
            assertEquals(predicted, s.read(key).siblings().size(), "write " + i);
        }
    }
}
