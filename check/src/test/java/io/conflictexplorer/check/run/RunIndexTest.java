package io.conflictexplorer.check.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunIndexTest {

    @Test
    void findsAnOperationsLineAndBackByLineAndByMsgId() {
        RunSource a = new RunSource("case.in", 3, "2", "{\"a\"}");
        RunSource b = new RunSource("case.in", 4, "2", "{\"b\"}"); // another client's msg_id 2
        RunSource c = new RunSource("other.in", 3, null, "{\"c\"}");
        RunIndex index =
                RunIndex.builder().add("L3", a).add("L4", b).add("o3", c).build();
        assertEquals(a, index.source("L3"));
        assertEquals("L4", index.operationAt("case.in", 4));
        assertEquals("o3", index.operationAt("other.in", 3));
        assertNull(index.operationAt("case.in", 5));
        assertEquals(List.of("L3", "L4"), index.operationsWithMsgId("2"));
        assertEquals(List.of(), index.operationsWithMsgId("7"));
        assertEquals(3, index.size());
    }

    @Test
    void anOperationIsIndexedOnce() {
        RunIndex.Builder b = RunIndex.builder().add("L3", new RunSource("f", 3, null, ""));
        assertThrows(IllegalArgumentException.class, () -> b.add("L3", new RunSource("f", 4, null, "")));
    }
}
