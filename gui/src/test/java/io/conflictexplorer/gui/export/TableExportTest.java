package io.conflictexplorer.gui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.compare.StepTable;
import io.conflictexplorer.core.compare.StepTableText;
import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.files.ScenarioFiles;
import io.conflictexplorer.gui.platform.Assets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export table}: the step table from the command line, as the menu writes it. */
class TableExportTest {

    @TempDir
    Path dir;

    @Test
    void aPresetsTableGoesToStandardOutputAsMarkdown() {
        ExportCommandTest.Result r =
                ExportCommandTest.run("--export", "table", "--preset", "9", "--schemes", "dvv,lww");
        assertEquals(0, r.status(), r.err());
        StepTable t = StepTable.of(Assets.numbered().get(8).scenario(), List.of(Scheme.DVV, Scheme.LWW));
        assertEquals(StepTableText.markdown(t), r.out());
        assertTrue(r.out().contains("| 4 | 4 | w3: c1 writes x=v3 (context of r1) | (A,3,[v3,v2]) | 2 | 1 |"), r.out());
    }

    @Test
    void csvByOptionOrByTheFileName() throws Exception {
        Path out = dir.resolve("t.csv");
        ExportCommandTest.Result r =
                ExportCommandTest.run("--export", "table", "--preset", "1", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(
                csv.startsWith("step,t,event,lww stored,lww siblings,lww clock size,lww read,client-vv stored"), csv);
        assertTrue(csv.contains("\r\n"));
        ExportCommandTest.Result std = ExportCommandTest.run("--export", "table", "--preset", "1", "--format", "csv");
        assertEquals(csv, std.out());
        // a cell with a comma is quoted, its quotes doubled
        assertTrue(csv.contains("\"a {c1: 1}, b {c2: 1}\""), csv);
    }

    @Test
    void aScenarioFileWorksAsAPreset() throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, ScenarioFiles.toJson(Assets.presets().get(0).scenario()));
        ExportCommandTest.Result a = ExportCommandTest.run("--export", "table", "--scenario", file.toString());
        ExportCommandTest.Result b = ExportCommandTest.run("--export", "table", "--preset", "1");
        assertEquals(b.out(), a.out());
    }

    @Test
    void aWrongCommandLineSaysWhatIsWrongAndExitsWithTwo() {
        assertEquals(2, ExportCommandTest.run("--export", "table").status());
        ExportCommandTest.Result unknown =
                ExportCommandTest.run("--export", "table", "--preset", "1", "--schemes", "lww,vector");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown clock scheme \"vector\""), unknown.err());
        assertEquals(
                2,
                ExportCommandTest.run("--export", "table", "--preset", "1", "--format", "pdf")
                        .status());
        assertEquals(
                2, ExportCommandTest.run("--export", "table", "--preset", "99").status());
        assertEquals(
                2,
                ExportCommandTest.run("--export", "table", "--preset", "1", "--step", "2")
                        .status());
        assertEquals(
                1,
                ExportCommandTest.run(
                                "--export",
                                "table",
                                "--scenario",
                                dir.resolve("none.json").toString())
                        .status());
    }
}
