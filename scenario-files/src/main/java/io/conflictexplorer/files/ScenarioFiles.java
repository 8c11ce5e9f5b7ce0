package io.conflictexplorer.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.sim.WriteValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Saves and opens {@link Scenario}s as JSON files:
 *
 * <pre>{@code
 * {"format": "conflict-explorer-scenario", "version": 1, "title": "...", "narration": "...",
 *  "clients": ["c1", "c2"],
 *  "operations": [{"id": "r1", "type": "read", "client": "c1", "time": 1, "key": "x"},
 *                 {"id": "w1", "type": "write", "client": "c1", "time": 2, "key": "x", "value": "a", "blind": false}]}
 * }</pre>
 *
 * <p>Version 2 adds an optional {@code topology} (replicas, gossip, network) and an optional
 * {@code replica} per operation:
 *
 * <pre>{@code
 * "topology": {"scheme": "dotted", "gossip": {"interval": 5, "delay": 1},
 *              "replicas": [{"id": "n1", "skew": 0}, {"id": "n2", "skew": 0}],
 *              "network": [{"id": "p1", "type": "partition", "a": "n1", "b": "n2", "start": 1, "end": 20},
 *                          {"id": "m1", "type": "message", "from": "n1", "to": "n2", "send": 2, "deliver": 4, "fate": "drop"}]}
 * }</pre>
 *
 * <p>Version 3 adds derived write values ({@link WriteValue}): instead of {@code "value"} a write
 * may have {@code "add": "flour"} (add an item to what its client read) or {@code "derive": "merge"}
 * (merge the siblings it read); exactly one of the three. A file is written with the lowest version
 * that holds it (a single store and literal values: 1; a cluster: 2; a derived value: 3; a given
 * context: 4), so older versions of the app open what they can, and refuse the rest as newer instead
 * of misreading it.
 *
 * <p>Version 4 adds a write's given context ({@link Operation.Write#context()}, a run opened from a
 * transcript): {@code "context": {"c1": 1, "c2": 1}}, an object of whole numbers from 1, in the
 * clock's display order; such a write sends exactly that clock and is not blind.
 *
 * <p>Version 5 adds what the clock schemes' gallery needs: a replica that loses its data and
 * restarts, as a network event {@code {"id": "d1", "type": "data-loss", "replica": "n1", "time": 9,
 * "newActor": false}} ({@code newActor} defaults to false), and clock pruning in the topology,
 * {@code "pruning": {"small": 10, "big": 10, "young": 0, "old": 86400}} (Riak's
 * {@code small_vclock}, {@code big_vclock}, {@code young_vclock} and {@code old_vclock}, in ticks;
 * {@code big} defaults to {@code small}, {@code young} to 0, and no {@code old} means no age limit).
 * A single store with pruning is written with its topology.
 *
 * <p>Rules: {@code format}, {@code version}, {@code clients} and {@code operations} are required;
 * {@code title} and {@code narration} default to empty, a write's {@code blind} to false; unknown
 * fields are ignored. A file of a newer version, over {@link #MAX_BYTES}, or breaking any
 * {@link Scenario} rule (unknown client, duplicate id, negative time) is refused with a
 * {@link ScenarioFileException} whose message says what is wrong. Operations keep their list order,
 * so saving then opening gives an equal scenario, and therefore the same trace.
 */
public final class ScenarioFiles {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "conflict-explorer-scenario";

    /** The newest version this code reads and writes (1: no topology; 2: no derived values; 3: no given contexts; 4: no data loss, no pruning). */
    public static final int VERSION = 5;

    /** The {@code derive} of a write that merges what its client read. */
    private static final String MERGE = "merge";

    /** Larger inputs are refused: a classroom scenario is a few kilobytes. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScenarioFiles() {}

    /** Opens the scenario saved in {@code file}. */
    public static Scenario read(Path file) throws ScenarioFileException {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw new ScenarioFileException(name + " is not a file that can be opened.");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(name + " does not exist.", e);
        } catch (IOException e) {
            throw new ScenarioFileException(name + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Opens a scenario from {@code in} (not closed); {@code name} names the source in messages. */
    public static Scenario read(InputStream in, String name) throws ScenarioFileException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
                if (bytes.size() > MAX_BYTES) {
                    throw tooLarge(name);
                }
            }
        } catch (IOException e) {
            throw new ScenarioFileException(name + " could not be read: " + e.getMessage(), e);
        }
        return parse(JsonText.utf8(bytes.toByteArray(), name), name);
    }

    /** Parses the JSON text of a scenario; {@code name} names the source in messages. */
    public static Scenario parse(String json, String name) throws ScenarioFileException {
        if (json.length() > MAX_BYTES) {
            throw tooLarge(name);
        }
        JsonNode root = JsonText.tree(json, name);
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !FORMAT.equals(format.asText())) {
            throw notScenario(name, "its \"format\" is not \"" + FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || version.asLong() < 1) {
            throw notScenario(name, "it has no valid \"version\"");
        }
        if (version.asLong() > VERSION) {
            throw new ScenarioFileException(name + " was saved by a newer Conflict Explorer (file version "
                    + version.asLong() + "); this one opens version " + VERSION + ". Update the app to open it.");
        }
        String where = name + ": ";
        String title = optionalText(root, "title", where);
        String narration = optionalText(root, "narration", where);

        JsonNode clientsNode = requireArray(root, "clients", where);
        List<String> clients = new ArrayList<>();
        Set<String> clientSet = new LinkedHashSet<>();
        for (int i = 0; i < clientsNode.size(); i++) {
            JsonNode c = clientsNode.get(i);
            if (!c.isTextual() || c.asText().isBlank()) {
                throw new ScenarioFileException(where + "clients[" + i + "] must be a non-empty name.");
            }
            if (!clientSet.add(c.asText())) {
                throw new ScenarioFileException(where + "client " + c.asText() + " appears twice.");
            }
            clients.add(c.asText());
        }

        Topology topology = root.has("topology") ? TopologyJson.read(root.get("topology"), where) : Topology.single();

        JsonNode opsNode = requireArray(root, "operations", where);
        List<Operation> operations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < opsNode.size(); i++) {
            Operation op = operation(opsNode.get(i), "operations[" + i + "]", where, clientSet, topology);
            if (!ids.add(op.id())) {
                throw new ScenarioFileException(where + "operation id " + op.id() + " appears twice.");
            }
            operations.add(op);
        }
        Scenario scenario;
        try {
            scenario = new Scenario(title, narration, clients, operations, topology);
        } catch (IllegalArgumentException e) {
            // the checks above should have caught it; the record's own rule has the last word
            throw new ScenarioFileException(where + e.getMessage() + ".", e);
        }
        ScenarioLimits.check(scenario, where);
        return scenario;
    }

    /** The file text of {@code scenario}. */
    public static String toJson(Scenario scenario) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", version(scenario));
        root.put("title", scenario.title());
        root.put("narration", scenario.narration());
        ArrayNode clients = root.putArray("clients");
        scenario.clients().forEach(clients::add);
        ArrayNode ops = root.putArray("operations");
        for (Operation op : scenario.operations()) {
            ObjectNode o = ops.addObject();
            o.put("id", op.id());
            o.put("type", op instanceof Operation.Write ? "write" : "read");
            o.put("client", op.client());
            o.put("time", op.time());
            o.put("key", op.key());
            if (op instanceof Operation.Write w) {
                if (w.rule() instanceof WriteValue.AddItem a) {
                    o.put("add", a.item());
                } else if (w.rule() instanceof WriteValue.Literal l) {
                    o.put("value", l.value());
                } else {
                    o.put("derive", MERGE); // the only other case: MergeRead
                }
                o.put("blind", w.blind());
                if (w.context() != null) {
                    ObjectNode ctx = o.putObject("context");
                    for (int i = 0; i < w.context().size(); i++) {
                        ctx.put(w.context().actorAt(i), w.context().counterAt(i));
                    }
                }
            }
            if (op.replica() != null) {
                o.put("replica", op.replica());
            }
        }
        TopologyJson.write(root, scenario.topology());
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The lowest file version that holds {@code scenario}. */
    private static int version(Scenario scenario) {
        Topology t = scenario.topology();
        if (t.pruning() != null || t.network().stream().anyMatch(e -> e instanceof NetworkEvent.DataLoss)) {
            return 5;
        }
        if (scenario.operations().stream().anyMatch(op -> op instanceof Operation.Write w && w.context() != null)) {
            return 4;
        }
        boolean derived = scenario.operations().stream()
                .anyMatch(op -> op instanceof Operation.Write w && w.rule().derived());
        if (derived) {
            return 3;
        }
        boolean single = scenario.topology().equals(Topology.single())
                && scenario.operations().stream().allMatch(op -> op.replica() == null);
        return single ? 1 : 2;
    }

    /** Saves {@code scenario} to {@code file}, replacing it whole ({@link AtomicFile}: a failed save leaves the old file). */
    public static void write(Scenario scenario, Path file) throws IOException {
        AtomicFile.writeString(file, toJson(scenario));
    }

    static long ticks(JsonNode o, String field, String label) throws ScenarioFileException {
        JsonNode n = o.get(field);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong() || !ScenarioLimits.tick(n.asLong(), false)) {
            throw new ScenarioFileException(label + ": \"" + field + "\" must be a whole number of ticks from 0 to "
                    + ScenarioLimits.MAX_TICK + ".");
        }
        return n.asLong();
    }

    private static Operation operation(JsonNode o, String at, String where, Set<String> clients, Topology topology)
            throws ScenarioFileException {
        if (o == null || !o.isObject()) {
            throw new ScenarioFileException(where + at + " must be an object.");
        }
        String id = requireText(o, "id", where + at);
        String label = where + "operation " + id;
        String type = requireText(o, "type", label);
        String client = requireText(o, "client", label);
        String key = requireText(o, "key", label);
        JsonNode time = o.get("time");
        if (time == null || !time.isIntegralNumber() || !time.canConvertToLong()) {
            throw new ScenarioFileException(label + ": \"time\" must be a whole number of ticks.");
        }
        if (time.asLong() < 0) {
            throw new ScenarioFileException(label + " has negative time " + time.asLong() + ".");
        }
        if (!ScenarioLimits.tick(time.asLong(), false)) {
            throw new ScenarioFileException(label + ": \"time\" is " + time.asLong() + ", after the last tick, "
                    + ScenarioLimits.MAX_TICK + ".");
        }
        if (!clients.contains(client)) {
            throw new ScenarioFileException(label + " belongs to client " + client
                    + ", which is not one of the clients (" + String.join(", ", clients) + ").");
        }
        String replica = null;
        if (o.has("replica")) {
            replica = requireText(o, "replica", label);
            if (!topology.hasReplica(replica)) {
                throw new ScenarioFileException(
                        label + " goes to replica " + replica + ", which the topology does not have.");
            }
        }
        switch (type) {
            case "read":
                return new Operation.Read(id, client, time.asLong(), key, replica);
            case "write":
                WriteValue value = writeValue(o, label);
                JsonNode blind = o.get("blind");
                if (blind != null && !blind.isBoolean()) {
                    throw new ScenarioFileException(label + ": \"blind\" must be true or false.");
                }
                VersionVector context = context(o.get("context"), label);
                if (context != null && blind != null && blind.asBoolean()) {
                    throw new ScenarioFileException(label + " has a \"context\", so it cannot be blind.");
                }
                return new Operation.Write(
                        id, client, time.asLong(), key, value, blind != null && blind.asBoolean(), replica, context);
            default:
                throw new ScenarioFileException(
                        label + ": \"type\" must be \"read\" or \"write\", was \"" + type + "\".");
        }
    }

    /** A write's given context (version 4), or null when it has none. */
    private static VersionVector context(JsonNode c, String label) throws ScenarioFileException {
        if (c == null || c.isNull()) {
            return null;
        }
        if (!c.isObject()) {
            throw new ScenarioFileException(label + ": \"context\" must be an object of whole numbers from 1.");
        }
        VersionVector.Builder b = VersionVector.builder();
        for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode n = e.getValue();
            if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 1) {
                throw new ScenarioFileException(label + ": the context's entry \"" + e.getKey()
                        + "\" must be a whole number from 1, was " + n + ".");
            }
            b.put(e.getKey(), n.asLong());
        }
        return b.build();
    }

    /** A write's value: exactly one of "value" (literal), "add" (an item) and "derive" ("merge"). */
    private static WriteValue writeValue(JsonNode o, String label) throws ScenarioFileException {
        List<String> given = new ArrayList<>();
        for (String field : List.of("value", "add", "derive")) {
            if (o.has(field) && !o.get(field).isNull()) {
                given.add(field);
            }
        }
        if (given.isEmpty()) {
            throw new ScenarioFileException(label + " is missing \"value\" (or \"add\" or \"derive\").");
        }
        if (given.size() > 1) {
            throw new ScenarioFileException(label + " has both \"" + given.get(0) + "\" and \"" + given.get(1)
                    + "\": a write has one of \"value\", \"add\" and \"derive\".");
        }
        switch (given.get(0)) {
            case "value":
                return new WriteValue.Literal(requireText(o, "value", label));
            case "add":
                String item = requireText(o, "add", label);
                if (item.chars().anyMatch(Character::isWhitespace)) {
                    throw new ScenarioFileException(
                            label + ": \"add\" must be one item without spaces, was \"" + item + "\".");
                }
                return new WriteValue.AddItem(item);
            default:
                String how = requireText(o, "derive", label);
                if (!MERGE.equals(how)) {
                    throw new ScenarioFileException(
                            label + ": \"derive\" must be \"" + MERGE + "\", was \"" + how + "\".");
                }
                return new WriteValue.MergeRead();
        }
    }

    static String requireText(JsonNode o, String field, String label) throws ScenarioFileException {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            throw new ScenarioFileException(label + " is missing \"" + field + "\".");
        }
        if (!n.isTextual() || (!"value".equals(field) && n.asText().isBlank())) {
            throw new ScenarioFileException(
                    label + ": \"" + field + "\" must be " + ("value".equals(field) ? "text." : "non-empty text."));
        }
        return n.asText();
    }

    private static String optionalText(JsonNode root, String field, String where) throws ScenarioFileException {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return "";
        }
        if (!n.isTextual()) {
            throw new ScenarioFileException(where + "\"" + field + "\" must be text.");
        }
        return n.asText();
    }

    static JsonNode requireArray(JsonNode root, String field, String where) throws ScenarioFileException {
        JsonNode n = root.get(field);
        if (n == null) {
            throw new ScenarioFileException(where + "the scenario is missing \"" + field + "\".");
        }
        if (!n.isArray()) {
            throw new ScenarioFileException(where + "\"" + field + "\" must be a list.");
        }
        return n;
    }

    static ScenarioFileException notScenario(String name, String why) {
        return new ScenarioFileException(name + " is not a Conflict Explorer scenario: " + why + ".");
    }

    private static ScenarioFileException tooLarge(String name) {
        return new ScenarioFileException(
                name + " is too large to be a scenario (over " + (MAX_BYTES / (1024 * 1024)) + " MiB).");
    }
}
