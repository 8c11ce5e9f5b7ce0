package io.conflictexplorer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.conflictexplorer.check.CheckNodeIT.Result;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.Presets;
import io.conflictexplorer.files.ScenarioFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher, {@code bin/check-node}, on scenarios: a scenario file or a preset with
 * {@code --node} runs the node as the scenario's clients in both modes (exit 0 when it agrees, 1
 * with each divergence's sentence when it does not, 4 when it cannot be started, 2 for a scenario
 * that cannot be read); {@code --search} says "no divergence in N scenarios" (0) or prints and
 * writes the smallest scenario that breaks the node (1), whose case reproduces the failure.
 */
class CheckNodeScenarioIT {

    @TempDir
    Path tmp;

    private static String ourNode() {
        return PythonNodes.quote(Path.of(System.getProperty("node.launcher")).toString());
    }

    private static String wrongNode(String name) {
        assumeTrue(PythonNodes.interpreter() != null, "no python3");
        return PythonNodes.command(PythonNodes.wrongNode(name));
    }

    @Test
    void ourNodeOnAPresetAndOnAScenarioFileAgreesAndWhatIsNotTestedIsSaid() throws Exception {
        Result preset = CheckNodeIT.run("--preset", "5", "--node", ourNode());
        assertEquals(0, preset.status(), preset.out() + preset.err());
        assertEquals("", preset.out());
        assertTrue(
                preset.err()
                        .contains("check-node: note: derived values (+item, merge) are sent as the value each"
                                + " client computed from what your node answered it"),
                preset.err());
        assertTrue(
                preset.err()
                        .endsWith("check-node: lww: the replies agree with the rules (11 requests);"
                                + " vv: the replies agree with the rules (11 requests)\n"),
                preset.err());

        Path file = tmp.resolve("partition.cexp.json");
        ScenarioFiles.write(Presets.numbered(6).scenario(), file);
        Result cluster = CheckNodeIT.run(file.toString(), "--node", ourNode());
        assertEquals(0, cluster.status(), cluster.out() + cluster.err());
        assertTrue(
                cluster.err()
                        .contains("check-node: not tested: which of 2 replicas (n1, n2) served an operation,"
                                + " gossip between them and convergence: your node was run as one store"),
                cluster.err());
        assertTrue(cluster.err().contains("check-node: not tested: a partition (one store has no network)"));
    }

    @Test
    void aWrongNodeExits1WithTheSentenceOfItsMistakeAndSaveKeepsEachRun() throws Exception {
        Path save = tmp.resolve("runs");
        Result r = CheckNodeIT.run(
                "--preset", "1", "--node", wrongNode("keeps-siblings-in-lww"), "--save", save.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertEquals(
                "lww: c0's read of x at line 7: expected 1 value (b {c2: 1}), conflict false; your node returned 2"
                        + " values (a {c1: 1}, b {c2: 1}), conflict true: it kept a {c1: 1} beside b {c2: 1}: in lww"
                        + " mode a write replaces every value of the key, so a read returns only the last one"
                        + " written\n",
                r.out());
        for (String f : List.of("lww.in", "lww.out", "lww.node.out", "lww.stderr", "vv.in", "vv.out")) {
            assertTrue(Files.exists(save.resolve(f)), f);
        }
        Result again = CheckNodeIT.run(
                save.resolve("lww.in").toString(), save.resolve("lww.node.out").toString());
        assertEquals(1, again.status(), "the saved run checks as a case the same way");
        assertEquals(r.out().substring("lww: ".length()), again.out());
        assertEquals(
                0,
                CheckNodeIT.run(
                                save.resolve("lww.in").toString(),
                                save.resolve("lww.out").toString())
                        .status());
    }

    @Test
    void aNodeThatCannotBeStartedExits4AndAnUnreadableScenario2() throws Exception {
        Result crash = CheckNodeIT.run("--preset", "1", "--node", "echo 'no such module' >&2; exit 3");
        assertEquals(4, crash.status(), crash.out() + crash.err());
        assertEquals(
                "lww: your node could not be started: it exited with status 3 before it answered init\n", crash.out());
        assertTrue(crash.err().contains("  | no such module\n"), crash.err());
        Result kase = CheckNodeIT.run(
                Cases.resource("sample-cases", "single-write-read.in").toString(), "--node", "no-such-node-command");
        assertEquals(4, kase.status(), kase.err());
        assertTrue(kase.err().contains("the shell found no such command (status 127)"), kase.err());

        assertEquals(
                2,
                CheckNodeIT.run(tmp.resolve("missing.cexp.json").toString(), "--node", ourNode())
                        .status());
        Result range = CheckNodeIT.run("--preset", "99", "--node", ourNode());
        assertEquals(2, range.status());
        assertTrue(range.err().contains("--preset takes 1 to 17"), range.err());
        assertEquals(2, CheckNodeIT.run("--preset", "1").status(), "no --node");
        assertEquals(
                2,
                CheckNodeIT.run("--search", "--preset", "1", "--node", ourNode())
                        .status());
    }

    @Test
    void aSearchOfOurNodeFindsNoDivergence() throws Exception {
        Result r = CheckNodeIT.run(
                "--search",
                "--node",
                ourNode(),
                "--tries",
                "12",
                "--seed",
                "5",
                "--out",
                tmp.resolve("none.cexp.json").toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals("no divergence in 12 scenarios (seed 5, up to 3 clients)\n", r.out());
        assertTrue(Files.notExists(tmp.resolve("none.cexp.json")));
    }

    @Test
    void aSearchPrintsAndWritesTheSmallestScenarioThatBreaksTheNodeAndItsCaseReproducesIt() throws Exception {
        String node = wrongNode("counter-from-context-only");
        Path out = tmp.resolve("found.cexp.json");
        Result r = CheckNodeIT.run("--search", "--node", node, "--out", out.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(
                r.out().startsWith("A scenario that breaks your node (scenario 3 of seed 1, up to 3 clients,"),
                r.out());
        assertTrue(r.out().contains("\n  1  c1  write x=a\n  2  c1  write x=b\n\n"), r.out());
        assertTrue(
                r.out()
                        .contains("lww: c1's write of b to x at line 4: expected vc {c1: 2}; your node returned vc"
                                + " {c1: 1}"),
                r.out());
        Scenario found = ScenarioFiles.read(out);
        assertEquals(2, found.operations().size());
        assertTrue(found.narration().startsWith("In the lww run: c1's write of b to x at line 4"), found.narration());
        Path in = tmp.resolve("found-lww.in");
        Result kase = CheckNodeIT.run(in.toString(), "--node", node);
        assertEquals(1, kase.status(), "the written case breaks the node the same way");
        assertEquals(
                0,
                CheckNodeIT.run(in.toString(), tmp.resolve("found-lww.out").toString())
                        .status());
        assertEquals(0, CheckNodeIT.run(in.toString(), "--node", ourNode()).status());
        assertEquals(0, CheckNodeIT.run(out.toString(), "--node", ourNode()).status(), "and the scenario file");
    }
}
