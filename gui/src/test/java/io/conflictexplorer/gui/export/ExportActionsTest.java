package io.conflictexplorer.gui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.lesson.model.Playback;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.platform.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exports as the window runs them: at the cursor's step, in the window's theme, reopened by File > Open. */
class ExportActionsTest {

    @TempDir
    Path dir;

    private final List<Preset> presets = ExportFixtures.presets();
    private final ExplorerViewModel vm = new ExplorerViewModel(presets, Runnable::run, new Playback.Ticker() {
        @Override
        public void start(Runnable tick) {}

        @Override
        public void stop() {}

        @Override
        public void setRate(double rate) {}
    });

    @Test
    void theSlideShowsTheCursorsStepInTheWindowsTheme() throws Exception {
        vm.document().loadPreset(presets.get(5)); // partition, then heal
        vm.playback().cursorProperty().set(4);
        vm.presentation().darkProperty().set(true);
        Path svg = dir.resolve("heal.svg");

        assertTrue(vm.document().export(svg, ExportActions.picture(vm)));
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        List<String> texts = ExportFixtures.texts(ExportFixtures.xml(text));
        assertTrue(
                texts.stream()
                        .anyMatch(t -> t.startsWith(
                                "step 4 of " + vm.getSimulation().vv().size())),
                "" + texts);
        assertTrue(text.contains("fill=\"" + Theme.DARK.colour("paper") + "\""));
        assertTrue(
                vm.document().statusProperty().get().startsWith("Exported heal.svg"),
                vm.document().statusProperty().get());
    }

    @Test
    void fileOpenOnAnExportedPictureReopensItsScenario() {
        vm.document().loadPreset(presets.get(4));
        Path png = dir.resolve("cart.png");
        assertTrue(vm.document().export(png, ExportActions.picture(vm)));
        vm.document().loadPreset(presets.get(0));

        assertTrue(vm.document().open(png));
        assertEquals(presets.get(4).scenario(), vm.getScenario());
    }

    @Test
    void aFailedExportIsReportedAndAPictureWithoutAScenarioIsNotOpened() throws Exception {
        Path folderInTheWay = Files.createDirectory(dir.resolve("taken.png"));
        assertFalse(vm.document().export(folderInTheWay, ExportActions.picture(vm)));
        assertNotNull(vm.document().problemProperty().get());
        assertEquals(
                "The export was not saved",
                vm.document().problemProperty().get().title());

        Path plain = dir.resolve("plain.svg");
        Files.writeString(plain, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", StandardCharsets.UTF_8);
        Scenario before = vm.getScenario();
        assertFalse(vm.document().open(plain));
        assertEquals(before, vm.getScenario());
        assertTrue(vm.document().problemProperty().get().message().contains("carries no scenario"));
    }

    @Test
    void framesGoIntoAFolderOnePerStep() throws Exception {
        vm.document().loadPreset(presets.get(0));
        Path folder = dir.resolve("frames");
        assertTrue(vm.document().export(folder, ExportActions.writing(vm, ExportFormat.FRAMES, 1, true)));

        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(
                    vm.getSimulation().vv().size() + 1,
                    files.filter(f -> f.toString().endsWith(".svg")).count());
        }
    }
}
