package io.conflictexplorer.check.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.check.compare.ReplyBody;
import io.conflictexplorer.check.search.ScenarioGenerator;
import io.conflictexplorer.check.transcript.Envelope;
import io.conflictexplorer.check.transcript.ReplyReader;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.files.PresetFile;
import io.conflictexplorer.files.Presets;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonParser;
import io.conflictexplorer.node.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The clients the driver plays, run against the rules' own node, are the simulator's clients: every
 * read returns the values and clocks the simulator's read returned in that mode, and every write
 * gets the clock the simulator's write got, so each write carried the context (and each derived
 * value the value) the simulator's client computed; the final reads return what the simulator's
 * store holds at the end. On every preset the task's messages express and
 * on 300 generated scenarios. A client that took its context from anywhere but its own earlier
 * read, or computed a derived value otherwise, would differ somewhere here.
 */
class ClientsAsTheSimulatorTest {

    @TestFactory
    List<DynamicTest> readsAndWritesAreTheSimulatorsInBothModes() {
        List<Scenario> scenarios = new ArrayList<>();
        for (PresetFile p : Presets.numbered()) {
            if (TaskScope.of(p.scenario()).expressible()) {
                scenarios.add(p.scenario());
            }
        }
        assertTrue(scenarios.size() >= 9, "the single-store presets");
        ScenarioGenerator generator = new ScenarioGenerator(7, 3);
        for (int i = 0; i < 300; i++) {
            scenarios.add(generator.next());
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Scenario s : scenarios) {
            for (Mode mode : NodeTest.MODES) {
                tests.add(DynamicTest.dynamicTest(s.title() + " " + mode.wireName(), () -> sameAsSimulator(s, mode)));
            }
        }
        return tests;
    }

    private static void sameAsSimulator(Scenario s, Mode mode) throws Exception {
        Trace trace = Simulator.run(s, mode);
        String[] replies = CaseExport.run(s, mode).out().split("\n");
        List<Operation> ops = ScenarioDriver.inTimeOrder(s);
        List<String> keys = ScenarioDriver.keys(ops);
        assertEquals(ops.size() + 2 + keys.size(), replies.length, "one reply per request");
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            ReplyBody reply = ReplyReader.read(
                    Envelope.of(JsonParser.parse(replies[i + 2], 64)).body());
            if (op instanceof Operation.Write) {
                Step.Write w = trace.writeOf(op.id());
                assertEquals(new ReplyBody.VvWritten(w.written().clock()), reply, op.id());
            } else {
                Step.Read r = trace.readOf(op.id());
                List<ReplyBody.ReadValue> values = new ArrayList<>();
                for (Sibling<String> sib : r.read().siblings()) {
                    values.add(new ReplyBody.ReadValue(JsonWriter.write(new Json.Str(sib.value())), sib.clock()));
                }
                assertEquals(new ReplyBody.VvValues(values, values.size() > 1), reply, op.id());
            }
        }
        for (int k = 0; k < keys.size(); k++) { // the final reads: the store at the end
            ReplyBody reply = ReplyReader.read(Envelope.of(JsonParser.parse(replies[ops.size() + 2 + k], 64))
                    .body());
            List<ReplyBody.ReadValue> values = new ArrayList<>();
            for (Sibling<String> sib : trace.stateAt(trace.size() - 1).getOrDefault(keys.get(k), List.of())) {
                values.add(new ReplyBody.ReadValue(JsonWriter.write(new Json.Str(sib.value())), sib.clock()));
            }
            assertEquals(new ReplyBody.VvValues(values, values.size() > 1), reply, "final read of " + keys.get(k));
        }
    }
}
