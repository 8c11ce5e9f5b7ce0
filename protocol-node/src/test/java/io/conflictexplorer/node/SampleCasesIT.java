package io.conflictexplorer.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The course's sample cases, and this project's own end-to-end cases, through the real launcher:
 * every {@code NAME.in} piped into {@code bin/protocol-node} must print exactly {@code NAME.out}. An
 * optional {@code NAME.env} holds environment settings for that case, one {@code NAME=VALUE} a
 * line (a case with peers turns the gossip timer off, so that its output does not depend on time).
 */
class SampleCasesIT {

    @TestFactory
    List<DynamicTest> courseSampleCasesByteForByte() throws Exception {
        return casesIn("sample-cases", 2, List.of());
    }

    /** The same cases on the launcher's JDK 17 path (no AOT cache), as a machine without JDK 25 runs them. */
    @TestFactory
    List<DynamicTest> courseSampleCasesByteForByteWithoutTheAotCache() throws Exception {
        return casesIn("sample-cases", 2, List.of("NODE_AOT=0"));
    }

    @TestFactory
    List<DynamicTest> ownEndToEndCasesByteForByte() throws Exception {
        return casesIn("e2e", 15, List.of());
    }

    private static List<DynamicTest> casesIn(String folder, int atLeast, List<String> launcherEnv) throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path in : NodeProcess.inputs(folder)) {
            Path out = NodeProcess.sibling(in, ".out");
            Path envFile = NodeProcess.sibling(in, ".env");
            List<String> env = new ArrayList<>(launcherEnv);
            if (Files.exists(envFile)) {
                env.addAll(Files.readAllLines(envFile));
            }
            tests.add(DynamicTest.dynamicTest(in.getFileName().toString(), () -> {
                NodeProcess.Result r = NodeProcess.run(Files.readAllBytes(in), null, env);
                assertEquals(0, r.exitCode(), r.stderr());
                assertEquals(Files.readString(out, StandardCharsets.UTF_8), r.out());
            }));
        }
        assertTrue(tests.size() >= atLeast, "found the cases in " + folder);
        return tests;
    }

    @Test
    void predecessorMissingKeyByteForByte() throws Exception {
        Path in = NodeProcess.inputs("predecessor").stream()
                .filter(p -> p.getFileName().toString().equals("missing-key.in"))
                .findFirst()
                .orElseThrow();
        NodeProcess.Result r = NodeProcess.run(Files.readAllBytes(in));
        assertEquals(Files.readString(NodeProcess.sibling(in, ".out")), r.out());
    }

    @Test
    void predecessorWriteReadReturnsTheValueWithTheSameTimestamp() throws Exception {
        Path in = NodeProcess.inputs("predecessor").stream()
                .filter(p -> p.getFileName().toString().equals("write-read.in"))
                .findFirst()
                .orElseThrow();
        NodeProcess.Result r = NodeProcess.run(Files.readAllBytes(in));
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertEquals(Files.readString(NodeProcess.sibling(in, ".partial-out")).strip(), lines[0]);
        Matcher w = Pattern.compile(
                        "^\\{\"src\": \"n1\", \"dest\": \"c1\", \"body\": \\{\"type\": \"write_ok\", \"ts\": "
                                + "(\\d+\\.\\d+), \"in_reply_to\": 2, \"msg_id\": 1}}$")
                .matcher(lines[1]);
        assertTrue(w.matches(), lines[1]);
        String ts = w.group(1);
        assertEquals(
                "{\"src\": \"n1\", \"dest\": \"c1\", \"body\": {\"type\": \"kv_read_ok\", \"key\": \"x\", \"value\": \"hi\", \"ts\": "
                        + ts + ", \"in_reply_to\": 3, \"msg_id\": 2}}",
                lines[2]);
        double seconds = Double.parseDouble(ts);
        double now = System.currentTimeMillis() / 1000.0;
        assertTrue(Math.abs(now - seconds) < 600, "ts is wall-clock seconds like time.time(): " + ts);
        assertFalse(r.stderr().contains("Exception"), r.stderr());
    }
}
