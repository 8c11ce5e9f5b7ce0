package io.conflictexplorer.check.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.conflictexplorer.check.PythonNodes;
import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.compare.DivergenceKind;
import io.conflictexplorer.check.drive.ModeResult;
import io.conflictexplorer.check.drive.NodeCommand;
import io.conflictexplorer.core.store.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The search against real nodes, with its defaults (seed 1, 200 scenarios of up to 3 clients): each
 * wrong node of {@code src/test/resources/wrong-nodes} (the course's student-style node with one
 * bug) is broken by a scenario shrunk to at most 6 operations, whose first divergence is of the kind
 * and in the mode of its bug and says the bug in words; the correct Python node and this project's
 * node are broken by none. Each wrong node differs from the correct one in its header and one
 * change.
 */
class WrongNodesIT {

    /** A wrong node, the mode its bug shows in, the kind of divergence, and words that name the bug. */
    record Bug(String node, Mode mode, DivergenceKind kind, String words) {}

    static final List<Bug> BUGS = List.of(
            new Bug(
                    "keeps-superseded-siblings",
                    Mode.VV,
                    DivergenceKind.WRONG_VALUES,
                    "supersedes (its clock descends"),
            new Bug(
                    "counter-from-context-only",
                    Mode.LWW,
                    DivergenceKind.WRONG_CLOCK,
                    "the clock of a write is its context with c1's counter one above the highest c1 has in the"
                            + " context or in any value stored for the key"),
            new Bug(
                    "keeps-siblings-in-lww",
                    Mode.LWW,
                    DivergenceKind.WRONG_VALUES,
                    "in lww mode a write replaces every value of the key, so a read returns only the last one written"),
            new Bug(
                    "wrong-conflict-flag",
                    Mode.LWW,
                    DivergenceKind.WRONG_CONFLICT,
                    "conflict is true exactly when a read returns more than one value"));

    private static SearchResult search(String command, SearchOptions options) {
        return assertTimeoutPreemptively(
                Duration.ofMinutes(3), () -> NodeSearch.run(NodeCommand.of(command), options, null));
    }

    @TestFactory
    List<DynamicTest> eachWrongNodeIsBrokenByASmallScenarioThatNamesItsBug() {
        assumeTrue(PythonNodes.interpreter() != null, "no python3");
        List<DynamicTest> tests = new ArrayList<>();
        for (Bug bug : BUGS) {
            tests.add(DynamicTest.dynamicTest(bug.node(), () -> {
                SearchResult r =
                        search(PythonNodes.command(PythonNodes.wrongNode(bug.node())), SearchOptions.defaults());
                assertTrue(r.found(), bug.node() + " survived " + r.tried() + " scenarios");
                Failure f = r.failure();
                assertTrue(f.shrunk().operations().size() <= 6, f.shrunk().toString());
                ModeResult m = f.result().firstFailing();
                assertEquals(bug.mode(), m.mode());
                Divergence first = m.semanticDivergences().get(0);
                assertEquals(bug.kind(), first.kind(), first.sentence());
                assertTrue(first.sentence().contains(bug.words()), first.sentence());
                System.out.println("WRONG-NODE " + bug.node() + ": scenario " + f.trial() + ", "
                        + f.found().operations().size() + " -> "
                        + f.shrunk().operations().size() + " operations in "
                        + f.shrinkRuns() + " runs; " + m.mode().wireName() + ": " + first.sentence());
            }));
        }
        return tests;
    }

    @Test
    void theCorrectPythonNodeIsBrokenByNone() {
        assumeTrue(PythonNodes.interpreter() != null, "no python3");
        SearchResult r = search(
                PythonNodes.command(PythonNodes.wrongNode("student-node")),
                SearchOptions.defaults().withTries(60));
        assertFalse(r.found(), () -> r.failure().result().firstFailing().firstProblem());
        assertEquals(60, r.tried());
    }

    @Test
    void thisProjectsNodeIsBrokenByNone() {
        String node =
                PythonNodes.quote(Path.of(System.getProperty("node.launcher")).toString());
        SearchResult r = search(node, SearchOptions.defaults().withSeed(21).withTries(60));
        assertFalse(r.found(), () -> r.failure().result().firstFailing().firstProblem());
        assertEquals(60, r.tried());
    }

    @Test
    void eachWrongNodeIsTheCorrectNodeWithOneChange() throws IOException {
        List<String> correct = Files.readAllLines(PythonNodes.wrongNode("student-node"));
        for (Bug bug : BUGS) {
            List<String> wrong = Files.readAllLines(PythonNodes.wrongNode(bug.node()));
            List<String> header =
                    wrong.stream().takeWhile(l -> l.startsWith("#")).toList();
            assertTrue(header.get(1).startsWith("# WRONG NODE, one bug:"), bug.node());
            int skip = (int) correct.stream().takeWhile(l -> l.startsWith("#")).count();
            List<String> a = correct.subList(skip, correct.size());
            List<String> b = wrong.subList(header.size(), wrong.size());
            int from = 0;
            while (from < Math.min(a.size(), b.size()) && a.get(from).equals(b.get(from))) {
                from++;
            }
            int tail = 0;
            while (tail < Math.min(a.size(), b.size()) - from
                    && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
                tail++;
            }
            int changed = Math.max(a.size(), b.size()) - from - tail;
            assertTrue(
                    changed >= 1 && changed <= 4, bug.node() + ": " + changed + " lines changed, one change expected");
            assertTrue(b.subList(from, b.size() - tail).stream().anyMatch(l -> l.contains("BUG")), bug.node());
        }
    }
}
