package io.conflictexplorer.check.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.check.Cases;
import io.conflictexplorer.check.transcript.LineProblem;
import io.conflictexplorer.check.transcript.RunFileException;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.store.Mode;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening transcripts: what a case becomes, how files are told apart, and what is refused. */
class RunFilesTest {

    @TempDir
    Path tmp;

    @Test
    void aCaseAloneBecomesAScenarioWithOneLanePerClientAndOneTickPerLine() throws Exception {
        Path in = Cases.resource("e2e", "vv-resolve-with-merged-context.in");
        OpenedRun run = RunFiles.open(List.of(in));
        assertFalse(run.hasReplies());
        assertEquals(List.of(), run.divergences());
        assertEquals(List.of("c1", "c2"), run.scenario().clients(), "c0 only sent init: no lane");
        assertEquals(
                List.of("L3", "L4", "L5", "L6", "L7"),
                run.scenario().operations().stream().map(Operation::id).toList());
        Operation.Write resolve = (Operation.Write) run.scenario().operation("L6");
        assertEquals(6, resolve.time());
        assertEquals("ab", resolve.value());
        assertEquals(VersionVector.builder().put("c1", 1).put("c2", 1).build(), resolve.context());
        assertEquals(List.of(new RunMarker.ModeChange(2, 2, "c1", Mode.VV)), run.markers(), "set_mode vv at line 2");
        // the run draws as a preset does: VV resolves the conflict from c1's read, LWW lost a
        Simulation sim = Simulator.run(run.scenario());
        Step.Write vv = (Step.Write) sim.vv().steps().get(3);
        assertEquals("L5", vv.contextRead(), "an arrow from the read whose reply carried the context");
        assertEquals(
                1,
                sim.lww().steps().get(sim.lww().steps().size() - 1).counters().lost());
        // and back to the lines
        assertEquals(6, run.index().source("L6").line());
        assertEquals("L5", run.index().operationAt(in.getFileName().toString(), 5));
        assertEquals(List.of("L6"), run.index().operationsWithMsgId("6"));
    }

    @Test
    void refusedRequestsMakeNoOperationAndBadLinesAreListedWithTheirNumbers() throws Exception {
        OpenedRun run = RunFiles.open(List.of(Cases.resource("e2e", "errors-then-valid-requests.in")));
        // accepted: the vv_write of line 3, the reads of 25 and 27, the write of 26, the kv_merge of 33; the
        // kv_reads of 28, 30 and 34 (the first two found nothing: error 20)
        assertEquals(
                List.of("L3", "L25", "L26", "L27", "L28", "L30", "L33.1", "L34"),
                run.scenario().operations().stream().map(Operation::id).toList());
        assertEquals("kv/k", run.scenario().operation("L33.1").key(), "the key-value store's keys apart");
        List<Integer> lines = run.problems().stream().map(LineProblem::line).toList();
        assertEquals(List.of(4, 16, 17, 18, 19, 20, 21, 22, 23), lines);
        assertEquals(
                "not a message: it has no \"src\" string", run.problems().get(5).why());
    }

    @Test
    void keysAndValuesAreShownAsTheCaseWroteThem() throws Exception {
        OpenedRun run = RunFiles.open(List.of(Cases.resource("e2e", "independent-keys.in")));
        assertEquals(
                List.of("x", "y", "7", "\"7\"", "x", "y", "7", "never-written"),
                run.scenario().operations().stream().map(Operation::key).toList());
        OpenedRun values = RunFiles.open(List.of(Cases.resource("e2e", "json-values-of-every-type.in")));
        assertEquals(
                "{\"b\": [1, {\"c\": null}], \"a\": true}",
                ((Operation.Write) values.scenario().operation("L6")).value());
    }

    @Test
    void filesAreToldApartByContentAndWrongCombinationsAreRefused() throws Exception {
        Path in = Cases.resource("sample-cases", "single-write-read.in");
        Path out = Cases.out(in);
        Path renamed = Files.copy(out, tmp.resolve("replies.in")); // the name says nothing
        OpenedRun run = RunFiles.open(List.of(renamed, in));
        assertTrue(run.agrees());
        assertEquals("single-write-read.in with replies.in", run.title());

        RunFileException alone = assertThrows(RunFileException.class, () -> RunFiles.open(List.of(out)));
        assertEquals(
                "single-write-read.out holds a node's replies; open it together with the case it answers (the .in file)",
                alone.getMessage());
        RunFileException two = assertThrows(RunFileException.class, () -> RunFiles.open(List.of(in, in)));
        assertTrue(two.getMessage().contains("are both test cases"), two.getMessage());
    }

    @Test
    void aFileAboveTheLimitIsRefusedNamingTheLimit() throws Exception {
        Path huge = tmp.resolve("huge.in");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(RunFiles.MAX_BYTES + 1);
        }
        RunFileException e = assertThrows(RunFileException.class, () -> RunFiles.open(List.of(huge)));
        assertEquals(
                "huge.in is 67108865 bytes, above the limit of 67108864 bytes (64 MiB) for a transcript",
                e.getMessage());
    }

    @Test
    void aCaseWithNoMessageIsRefusedSoNothingOpenIsReplacedByAnEmptyRun() throws Exception {
        Path in = Files.write(tmp.resolve("arrays.in"), "[1, 2]\n{\"a\": 1}\n".getBytes(StandardCharsets.UTF_8));
        RunFileException e = assertThrows(RunFileException.class, () -> RunFiles.open(List.of(in)));
        assertEquals(
                "nothing in arrays.in is a message: arrays.in line 1: not a message: a message is a JSON object",
                e.getMessage());
    }

    @Test
    void theReadableLinesOpenWhenSomeAreNot() throws Exception {
        Path in = Files.write(
                tmp.resolve("mixed.in"),
                ("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":1,\"key\":\"x\",\"value\":\"a\"}}\n"
                                + "\u00ff garbage\n"
                                + "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"msg_id\":2,\"key\":\"x\"}}")
                        .getBytes(StandardCharsets.UTF_8));
        OpenedRun run = RunFiles.open(List.of(in));
        assertEquals(2, run.scenario().operations().size(), "the last line has no line break and counts");
        assertEquals(1, run.problems().size());
        assertEquals(2, run.problems().get(0).line());
        assertTrue(
                run.problems().get(0).why().startsWith("not JSON"),
                run.problems().get(0).why());
        assertNull(run.index().operationAt("mixed.in", 2));
    }
}
