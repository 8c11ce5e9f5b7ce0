package io.conflictexplorer.check.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.conflictexplorer.check.PythonNodes;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.PresetFile;
import io.conflictexplorer.files.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real nodes, started as processes: this project's node (its launcher) and the course's Python node
 * agree with the rules on every preset; tiny shell nodes that sleep, exit, print garbage or answer
 * the wrong request each get their verdict, within the time limit, with their stderr kept; a run
 * can be cancelled while a node hangs, and reports its progress.
 */
class NodeTestIT {

    /** Short: every node here either answers at once or never. */
    private static final Duration LIMIT = Duration.ofMillis(1500);

    @TempDir
    Path tmp;

    private static NodeCommand node(String command) {
        return NodeCommand.of(command).withReplyTimeout(LIMIT);
    }

    private static String ourNode() {
        return PythonNodes.quote(Path.of(System.getProperty("node.launcher")).toString());
    }

    private static Scenario preset(int n) {
        return Presets.numbered(n).scenario();
    }

    private static NodeTestResult test(Scenario s, NodeCommand c) throws Exception {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> NodeTest.run(s, c, null));
    }

    @TestFactory
    List<DynamicTest> ourNodeAgreesOnEveryPresetAndSaysWhatWasNotTested() {
        List<DynamicTest> tests = new ArrayList<>();
        for (PresetFile p : Presets.numbered()) {
            tests.add(DynamicTest.dynamicTest(p.file(), () -> {
                NodeTestResult r = test(p.scenario(), NodeCommand.of(ourNode()));
                assertEquals(Verdict.AGREES, r.verdict(), () -> r.modes().toString());
                assertEquals(2, r.modes().size());
                boolean single = p.scenario().topology().isSingle()
                        && p.scenario().topology().pruning() == null;
                assertEquals(
                        single,
                        r.scope().notTested().isEmpty(),
                        r.scope().notTested().toString());
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> theCoursesPythonNodeAgreesOnEveryPresetTheTaskExpresses() {
        assumeTrue(PythonNodes.interpreter() != null, "no python3");
        List<Path> nodes = new ArrayList<>(List.of(PythonNodes.wrongNode("student-node")));
        if (PythonNodes.baseline() != null) {
            nodes.add(PythonNodes.baseline()); // the original, beside the repository
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path node : nodes) {
            for (PresetFile p : Presets.numbered()) {
                if (TaskScope.of(p.scenario()).expressible()) {
                    tests.add(DynamicTest.dynamicTest(node.getFileName() + " on " + p.file(), () -> {
                        NodeTestResult r = test(p.scenario(), NodeCommand.of(PythonNodes.command(node)));
                        assertEquals(
                                Verdict.AGREES, r.verdict(), () -> r.modes().toString());
                    }));
                }
            }
        }
        return tests;
    }

    @Test
    void aNodeThatSleepsIsStoppedWithinTheLimitAndCouldNotBeStarted() throws Exception {
        NodeTestResult r = test(preset(1), node("sleep 60"));
        assertEquals(Verdict.NOT_STARTED, r.verdict());
        assertEquals(1, r.modes().size(), "not started again for the second mode");
        assertEquals(
                "your node could not be started: it did not answer init within 1.5 s",
                r.modes().get(0).end().sentence());
    }

    @Test
    void aNodeThatCrashesAtStartCouldNotBeStartedAndItsStderrIsKept() throws Exception {
        NodeTestResult r =
                test(preset(1), node("echo 'Traceback: ModuleNotFoundError: No module named foo' >&2; exit 3"));
        assertEquals(Verdict.NOT_STARTED, r.verdict());
        ModeResult m = r.modes().get(0);
        assertEquals(
                "your node could not be started: it exited with status 3 before it answered init",
                m.end().sentence());
        assertEquals("Traceback: ModuleNotFoundError: No module named foo\n", m.stderr());
        NodeTestResult missing = test(preset(1), node("no-such-node-command-here"));
        assertEquals(
                "your node could not be started: it exited with status 127 before it answered init",
                missing.modes().get(0).end().sentence());
        assertTrue(
                missing.modes().get(0).stderr().contains("not found"),
                missing.modes().get(0).stderr());
    }

    @Test
    void aMissingWorkingFolderCouldNotBeStartedAndAGivenOneIsWhereTheCommandRuns() throws Exception {
        NodeTestResult none = test(preset(1), node("true").inFolder(tmp.resolve("nowhere")));
        assertEquals(
                "your node could not be started: the working folder " + tmp.resolve("nowhere") + " does not exist",
                none.modes().get(0).end().sentence());
        Files.writeString(tmp.resolve("node.sh"), "exec " + ourNode() + "\n");
        NodeTestResult here = test(preset(1), NodeCommand.of("sh node.sh").inFolder(tmp));
        assertEquals(Verdict.AGREES, here.verdict(), () -> here.modes().toString());
    }

    @Test
    void aNodeThatPrintsALogLineOnStdoutWritesGarbage() throws Exception {
        NodeTestResult r = test(preset(1), node("echo 'node n1 starting'; cat > /dev/null"));
        assertEquals(Verdict.DIVERGES, r.verdict());
        ModeResult m = r.modes().get(0);
        assertEquals(
                "line 1 of your node's output is not JSON (unexpected character 'n' at column 1): `node n1 starting`;"
                        + " a node writes only messages on stdout, one JSON object a line (logs go to stderr)",
                assertInstanceOf(RunEnd.Garbage.class, m.end()).sentence());
        assertEquals(m.end().sentence(), m.firstProblem());
    }

    /** Answers init, then whatever {@code then} does. */
    private static String afterInit(String then) {
        return "read line; echo '{\"src\": \"n1\", \"dest\": \"c0\", \"body\": {\"type\": \"init_ok\","
                + " \"in_reply_to\": 1, \"msg_id\": 0}}'; " + then;
    }

    @Test
    void aNodeThatHangsAfterInitIsStoppedWithinTheLimit() throws Exception {
        NodeTestResult r = test(preset(1), node(afterInit("sleep 60")));
        ModeResult m = r.modes().get(0);
        assertEquals(
                "your node sent no reply to c0's set_mode at line 2 within 1.5 s; it was stopped (a node answers every"
                        + " request, and flushes its stdout after each line)",
                assertInstanceOf(RunEnd.Silent.class, m.end()).sentence());
        assertEquals(Verdict.DIVERGES, r.verdict());
        assertEquals(preset(1).operations().size(), m.notRun());
    }

    @Test
    void aNodeThatCrashesLaterSaysWhichRequestWaitedAndKeepsItsStderr() throws Exception {
        NodeTestResult r = test(preset(1), node(afterInit("read line; echo 'KeyError: mode' >&2; exit 1")));
        ModeResult m = r.modes().get(0);
        assertEquals(
                "your node exited with status 1 while c0's set_mode at line 2 waited for its reply",
                assertInstanceOf(RunEnd.Exited.class, m.end()).sentence());
        assertEquals("KeyError: mode\n", m.stderr());
    }

    @Test
    void aReplyToTheWrongRequestIsSaid() throws Exception {
        NodeTestResult r = test(
                preset(1),
                node("read line; echo '{\"src\": \"n1\", \"dest\": \"c0\", \"body\": {\"type\": \"init_ok\","
                        + " \"in_reply_to\": 0, \"msg_id\": 0}}'; cat > /dev/null"));
        assertEquals(
                "line 1 of your node's output answers msg_id 0 of c0, but c0's init at line 1 (msg_id 1) waited for its"
                        + " reply: a reply goes to the request's src, with in_reply_to set to its msg_id",
                r.modes().get(0).end().sentence());
    }

    @Test
    void aRunCanBeCancelledWhileTheNodeHangs() {
        NodeCommand hangs = NodeCommand.of("sleep 60").withReplyTimeout(Duration.ofSeconds(60));
        List<Progress> progress = new CopyOnWriteArrayList<>();
        NodeJob<NodeTestResult> job = NodeTest.start(preset(1), hangs, progress::add);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            while (progress.isEmpty()) {
                Thread.sleep(10); // the job has started the node and waits for init
            }
            job.cancel();
            assertThrows(CancellationException.class, () -> job.result().join());
            while (ProcessHandle.current()
                    .descendants()
                    .anyMatch(p ->
                            p.isAlive() && p.info().commandLine().orElse("").contains("sleep 60"))) {
                Thread.sleep(10); // the hanging node is stopped, not left behind
            }
        });
        assertTrue(job.isDone());
    }

    @Test
    void aJobReportsItsProgressOnItsOwnThreadToTheEnd() throws Exception {
        List<Progress> progress = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        NodeJob<NodeTestResult> job = NodeTest.start(preset(2), NodeCommand.of(ourNode()), p -> {
            progress.add(p);
            threads.add(Thread.currentThread());
        });
        NodeTestResult r = assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> job.result().join());
        assertEquals(Verdict.AGREES, r.verdict());
        Progress last = progress.get(progress.size() - 1);
        assertEquals(last.total(), last.done());
        assertEquals(1.0, last.fraction());
        for (Thread t : threads) {
            assertNotEquals(Thread.currentThread(), t);
        }
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i).done() >= progress.get(i - 1).done(), "progress never goes back");
        }
    }
}
