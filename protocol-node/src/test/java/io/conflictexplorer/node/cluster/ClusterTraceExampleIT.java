package io.conflictexplorer.node.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.node.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Makes the example cluster run in {@code assets/runs/three-node-cluster/}: three real nodes behind
 * {@link ClusterHarness}, each with {@code NODE_TRACE} on. c1 writes x on n1 and c2 writes x on n2
 * while n1 and n2 are cut apart, so both writes are concurrent; after the heal, gossip brings both
 * to every node and c3 reads the two siblings on n3. A generator, not a check: it runs only with
 * {@code -Dgenerate.cluster.trace=true}:
 *
 * <pre>
 * mvn -pl protocol-node -am verify -Dit.test=ClusterTraceExampleIT -Dtest=none \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dgenerate.cluster.trace=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "generate.cluster.trace", matches = "true")
class ClusterTraceExampleIT {

    @Test
    void writeTheThreeNodeClusterExample() throws Exception {
        Path launcher = Paths.get(System.getProperty("node.launcher"));
        Path dir =
                launcher.toAbsolutePath().getParent().getParent().getParent().resolve("assets/runs/three-node-cluster");
        Files.createDirectories(dir);
        try (ClusterHarness h = new ClusterHarness(launcher, 3, 1, ClusterHarness.Faults.NONE, 100, dir)) {
            for (String id : h.ids()) {
                h.request("c0", id, body("set_mode", "mode", new Json.Str("vv")));
            }
            h.request("c1", "n1", write("x", "a", Map.of()));
            h.run(250); // x=a reaches every node
            h.partition(Set.of("n1"), Set.of("n2", "n3"));
            Json.Obj read = h.request("c1", "n1", body("vv_read", "key", new Json.Str("x")));
            h.request("c1", "n1", write("x", "b", clock(read.get("values"))));
            h.request("c2", "n2", write("x", "c", Map.of("c1", 1L)));
            h.run(250);
            h.heal();
            h.run(1200); // a full-state round repairs what the cut dropped
            Json.Obj got = h.request("c3", "n3", body("vv_read", "key", new Json.Str("x")));
            assertEquals(Json.Bool.TRUE, got.get("conflict"), "n3 holds both concurrent writes: " + got);
        }
        for (String id : new String[] {"n1", "n2", "n3"}) {
            assertTrue(Files.size(dir.resolve(id + ".trace")) > 0, id + " wrote its trace");
        }
    }

    private static Map<String, Json> body(String type, String field, Json value) {
        Map<String, Json> b = new LinkedHashMap<>();
        b.put("type", new Json.Str(type));
        b.put(field, value);
        return b;
    }

    private static Map<String, Json> write(String key, String value, Map<String, Long> context) {
        Map<String, Json> b = body("vv_write", "key", new Json.Str(key));
        b.put("value", new Json.Str(value));
        Map<String, Json> ctx = new LinkedHashMap<>();
        context.forEach((k, v) -> ctx.put(k, new Json.Num(Long.toString(v), true)));
        b.put("context", new Json.Obj(ctx));
        return b;
    }

    /** The merged clock of a vv_read_ok's values, as a context. */
    private static Map<String, Long> clock(Json values) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Json v : ((Json.Arr) values).items()) {
            ((Json.Obj) ((Json.Obj) v).get("vc"))
                    .members()
                    .forEach((k, n) -> out.merge(k, ((Json.Num) n).asLong(), Math::max));
        }
        return out;
    }
}
