package io.conflictexplorer.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppArgumentsTest {

    @Test
    void theFilesAfterOpenUpToTheNextOptionOpenAsOneRun() {
        assertEquals(List.of(Path.of("a.in"), Path.of("a.out")), App.runFiles(List.of("--open", "a.in", "a.out")));
        assertEquals(
                List.of(Path.of("n1.trace")), App.runFiles(List.of("s.json", "--open", "n1.trace", "--other", "x")));
        assertEquals(List.of(), App.runFiles(List.of("scenario.cexp.json")), "a scenario file alone is no run");
    }

    @Test
    void aPresetsNumberAndTheCompareWindowAreNoScenarioFiles() {
        List<String> args = List.of("--preset", "10", "--compare", "s.json", "--open", "a.in");
        assertEquals(10, App.presetNumber(args));
        assertEquals(List.of("s.json"), App.scenarioFiles(args));
        assertEquals(0, App.presetNumber(List.of("s.json")));
        assertEquals(-1, App.presetNumber(List.of("--preset", "ten")));
        assertEquals(-1, App.presetNumber(List.of("--preset")));
        assertEquals(List.of("ten"), App.scenarioFiles(List.of("ten")));
    }
}
