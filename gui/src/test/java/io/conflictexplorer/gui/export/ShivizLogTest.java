package io.conflictexplorer.gui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Transmission;
import io.conflictexplorer.gui.platform.Preset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the log as ShiViz does: the first line is the parsing expression, the second the (empty)
 * execution delimiter, and the expression is matched over the rest; then checks ShiViz's rules.
 */
class ShivizLogTest {

    /** ShiViz's default expression, as its page fills it in. */
    static final String SHIVIZ_DEFAULT = "(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})";

    static Stream<Preset> presets() {
        return ExportFixtures.presets().stream();
    }

    record Event(String text, String host, Map<String, Long> clock) {}

    /**
     * The events of {@code log}. ShiViz matches in JavaScript, where a brace that opens no
     * quantifier is a literal; Java needs it escaped, which is the only change made.
     */
    static List<Event> parse(String log) {
        String[] head = log.split("\n", 3);
        assertEquals(SHIVIZ_DEFAULT, head[0], "the first line is ShiViz's default expression");
        assertEquals("", head[1], "one execution: no delimiter");
        Pattern p = Pattern.compile(head[0].replace("{", "\\{").replace("}", "\\}"));
        Matcher m = p.matcher(head[2]);
        List<Event> out = new ArrayList<>();
        int end = 0;
        while (m.find()) {
            assertEquals(end, m.start(), "nothing between two events is left unparsed");
            out.add(new Event(m.group("event"), m.group("host"), clock(m.group("clock"))));
            end = m.end() + 1;
        }
        assertEquals(head[2].length(), end, "the expression reads the whole log");
        return out;
    }

    /** A clock as ShiViz reads it: a JSON object of host names to positive integers. */
    static Map<String, Long> clock(String json) {
        Matcher entry = Pattern.compile("\"([^\"]+)\": (\\d+)").matcher(json);
        Map<String, Long> clock = new TreeMap<>();
        while (entry.find()) {
            clock.put(entry.group(1), Long.parseLong(entry.group(2)));
        }
        assertEquals(json.chars().filter(ch -> ch == ':').count(), clock.size(), "every entry read: " + json);
        return clock;
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetFollowsShivizsRules(Preset preset) {
        Simulation sim = ExportFixtures.run(preset);
        List<Event> events = parse(ShivizLog.of(sim));

        Map<String, Map<String, Long>> last = new HashMap<>(); // host -> its clock after its last event
        Map<String, List<Map<String, Long>>> history = new HashMap<>(); // host -> its clock after its k-th event
        for (Event e : events) {
            Map<String, Long> before = last.getOrDefault(e.host(), Map.of());
            // a host's own entry is present and counts its events one by one
            assertEquals(before.getOrDefault(e.host(), 0L) + 1, e.clock().get(e.host()), "own entry: " + e);
            // clocks only grow
            before.forEach((h, n) -> assertTrue(e.clock().getOrDefault(h, 0L) >= n, "monotone: " + e));
            // what a host knows of another is an event that happened, and all that event knew (a merge)
            e.clock().forEach((h, n) -> {
                if (!h.equals(e.host())) {
                    List<Map<String, Long>> seen = history.getOrDefault(h, List.of());
                    assertTrue(n <= seen.size(), e + " knows of an event of " + h + " that has not happened");
                    seen.get((int) (n - 1))
                            .forEach((hh, nn) -> assertTrue(
                                    e.clock().getOrDefault(hh, 0L) >= nn, e + " did not merge what " + h + " knew"));
                }
            });
            last.put(e.host(), e.clock());
            history.computeIfAbsent(e.host(), h -> new ArrayList<>()).add(e.clock());
        }
        // every process is a host: clients and replicas alike
        List<String> hosts = new ArrayList<>(sim.scenario().clients());
        hosts.addAll(sim.vv().replicaIds());
        for (String h : hosts) {
            if (sim.scenario().operations().stream().anyMatch(o -> o.client().equals(h))
                    || sim.vv().replicaIds().contains(h)) {
                assertTrue(history.containsKey(h), h + " has events");
            }
        }
        // three events per operation, one per gossip send, one per arrival
        long arrivals = sim.vv().messages().stream()
                .mapToLong(t -> t.status() == Transmission.Status.DUPLICATED ? 2 : t.arrived() ? 1 : 0)
                .sum();
        assertEquals(
                3L * sim.scenario().operations().size() + sim.vv().messages().size() + arrivals, events.size());
    }

    @ParameterizedTest
    @MethodSource("presets")
    void aReplyCarriesTheReplicasKnowledgeToTheClient(Preset preset) {
        List<Event> events = parse(ShivizLog.of(ExportFixtures.run(preset)));
        for (int i = 0; i + 2 < events.size(); i++) {
            Event request = events.get(i);
            if (request.text().contains(" sends write ") || request.text().contains(" sends read ")) {
                Event applied = events.get(i + 1);
                Event reply = events.get(i + 2);
                assertTrue(
                        applied.clock().get(request.host()) >= request.clock().get(request.host()));
                assertEquals(request.host(), reply.host());
                applied.clock().forEach((h, n) -> assertTrue(reply.clock().getOrDefault(h, 0L) >= n));
            }
        }
    }
}
