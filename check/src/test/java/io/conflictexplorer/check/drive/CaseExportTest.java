package io.conflictexplorer.check.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.files.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario as a grader case: the task's format byte for byte (the sample case's lines; strings
 * escaped as Python's {@code json.dumps} escapes them), the final reads that show what the store
 * holds, and a refusal, saying why, of what the task's messages cannot express.
 */
class CaseExportTest {

    @TempDir
    Path tmp;

    @Test
    void twoConcurrentWritersInVvEndWithAReadOfBothSiblings() throws Exception {
        GraderCase kase = CaseExport.of(Presets.numbered(1).scenario(), Mode.VV);
        List<String> in = kase.in().lines().toList();
        assertEquals(
                "{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\",\"node_ids\":[\"n1\"]}}",
                in.get(0),
                "the course's sample case's first line");
        assertEquals(
                "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":5,\"key\":\"x\",\"value\":\"a\",\"context\":{}}}",
                in.get(4));
        assertEquals(7, in.size());
        assertEquals(
                "{\"src\": \"n1\", \"dest\": \"c0\", \"body\": {\"type\": \"vv_read_ok\", \"values\": [{\"value\": \"a\","
                        + " \"vc\": {\"c1\": 1}}, {\"value\": \"b\", \"vc\": {\"c2\": 1}}], \"conflict\": true,"
                        + " \"in_reply_to\": 7, \"msg_id\": 6}}",
                kase.out().lines().toList().get(6));
        List<Path> files = kase.write(tmp.resolve("two-writers.in"));
        assertEquals(List.of(tmp.resolve("two-writers.in"), tmp.resolve("two-writers.out")), files);
        assertEquals(kase.in(), Files.readString(files.get(0)));
        assertEquals(kase.out(), Files.readString(files.get(1)));
    }

    @Test
    void keysAndValuesAreEscapedAsPythonEscapesThem() {
        Scenario s = new Scenario(
                "",
                "",
                List.of("c1"),
                List.of(new Operation.Write("w1", "c1", 1, "caf\u00e9 \"k\"", "\u2603\\", false)));
        String write = CaseExport.of(s, Mode.LWW).in().lines().toList().get(2);
        assertEquals(
                "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":3,\"key\":\"caf\\u00e9"
                        + " \\\"k\\\"\",\"value\":\"\\u2603\\\\\",\"context\":{}}}",
                write);
    }

    @Test
    void whatTheTasksMessagesCannotExpressIsRefusedSayingWhat() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> CaseExport.of(Presets.numbered(7).scenario(), Mode.VV));
        assertEquals(
                "\"" + Presets.numbered(7).scenario().title() + "\" has 2 replicas (n1, n2), clock skew (n1 +50 ticks),"
                        + " which a grader case cannot hold: it talks to one node with the task's messages (check-node"
                        + " --node runs a node on the scenario as one store, and says what that leaves out)",
                e.getMessage());
    }
}
