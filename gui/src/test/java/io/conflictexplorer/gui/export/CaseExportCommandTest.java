package io.conflictexplorer.gui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.check.drive.CaseExport;
import io.conflictexplorer.check.drive.GraderCase;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.gui.export.ExportCommandTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --export case} from the app's command line is the check module's grader case: NAME.in and
 * NAME.out, from a preset, a scenario file or an exported picture, in either mode; a scenario the
 * task's messages cannot express is refused with exit 2 and why.
 */
class CaseExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void aPresetBecomesNameInAndNameOutInEitherMode() throws Exception {
        Result vv = ExportCommandTest.run(
                "--export", "case", "--preset", "1", "--out", dir.resolve("two").toString());
        assertEquals(0, vv.status(), vv.err());
        GraderCase expected = CaseExport.of(ExportFixtures.presets().get(0).scenario(), Mode.VV);
        assertEquals(expected.in(), Files.readString(dir.resolve("two.in")));
        assertEquals(expected.out(), Files.readString(dir.resolve("two.out")));

        Result lww = ExportCommandTest.run(
                "--export",
                "case",
                "--preset",
                "1",
                "--mode",
                "lww",
                "--out",
                dir.resolve("two-lww.in").toString());
        assertEquals(0, lww.status(), lww.err());
        assertEquals(
                CaseExport.of(ExportFixtures.presets().get(0).scenario(), Mode.LWW)
                        .out(),
                Files.readString(dir.resolve("two-lww.out")));
    }

    @Test
    void anExportedPictureIsAScenarioForACase() throws Exception {
        Path svg = dir.resolve("two-writers.svg");
        assertEquals(
                0,
                ExportCommandTest.run("--export", "svg", "--preset", "1", "--out", svg.toString())
                        .status());
        Result r = ExportCommandTest.run(
                "--export",
                "case",
                "--scenario",
                svg.toString(),
                "--out",
                dir.resolve("from-svg").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(
                CaseExport.of(ExportFixtures.presets().get(0).scenario(), Mode.VV)
                        .in(),
                Files.readString(dir.resolve("from-svg.in")));
    }

    @Test
    void whatTheTaskCannotExpressOrAWrongCommandLineExits2() {
        Result skew = ExportCommandTest.run(
                "--export", "case", "--preset", "7", "--out", dir.resolve("x").toString());
        assertEquals(2, skew.status());
        assertTrue(
                skew.err()
                        .contains("has 2 replicas (n1, n2), clock skew (n1 +50 ticks), which a grader case cannot"
                                + " hold"),
                skew.err());
        assertTrue(Files.notExists(dir.resolve("x.in")));
        assertEquals(
                2,
                ExportCommandTest.run("--export", "case", "--preset", "1", "--mode", "crdt")
                        .status());
        assertEquals(2, ExportCommandTest.run("--export", "case").status());
    }
}
