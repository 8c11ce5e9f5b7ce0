package io.conflictexplorer.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonParser;
import io.conflictexplorer.node.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher with NODE_TRACE set: the same stdout, and a trace of every message in and out. */
class NodeTraceIT {

    @Test
    void theTraceHoldsEveryMessageAndTheOutputIsUnchanged(@TempDir Path dir) throws Exception {
        Path in = NodeProcess.inputs("sample-cases").stream()
                .filter(p -> p.getFileName().toString().equals("single-write-read.in"))
                .findFirst()
                .orElseThrow();
        Path trace = dir.resolve("n1.trace");
        NodeProcess.Result r = NodeProcess.run(Files.readAllBytes(in), null, List.of("NODE_TRACE=" + trace));
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(Files.readString(NodeProcess.sibling(in, ".out")), r.out(), "tracing changes no reply");
        List<String> received = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        for (String line : Files.readAllLines(trace, StandardCharsets.UTF_8)) {
            Json.Obj o = (Json.Obj) JsonParser.parse(line, 64);
            assertTrue(o.get("time_us") instanceof Json.Num, line);
            (o.get("dir").equals(new Json.Str("recv")) ? received : sent).add(JsonWriter.write(o.get("msg")));
        }
        List<String> input = new ArrayList<>();
        for (String line : Files.readAllLines(in)) {
            input.add(JsonWriter.write(JsonParser.parse(line, 64)));
        }
        assertEquals(input, received);
        assertEquals(List.of(r.out().split("\n")), sent);
    }

    @Test
    void aTraceFileThatCannotBeWrittenStopsTheNodeWithAMessage(@TempDir Path dir) throws Exception {
        NodeProcess.Result r =
                NodeProcess.run(new byte[0], null, List.of("NODE_TRACE=" + dir.resolve("no/such/dir/t")));
        assertEquals(2, r.exitCode());
        assertTrue(
                r.stderr().contains("protocol-node: NODE_TRACE=" + dir.resolve("no/such/dir/t") + " cannot be written"),
                r.stderr());
    }
}
