package io.conflictexplorer.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.scheme.Scheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The presets read from the class path are exactly the files the lists in assets/presets name, in order. */
class PresetsTest {

    private static final Path DIR = Path.of("..", "assets", "presets");

    private static List<String> listed(String list) throws IOException {
        return Files.readAllLines(DIR.resolve(list)).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")[0])
                .toList();
    }

    @Test
    void eachCaseOfTheGalleryNamesTheSchemesItsStoryIsAboutAndThePresetsNone() {
        for (PresetFile p : Presets.presets()) {
            assertEquals(List.of(), p.schemes(), p.file());
        }
        for (PresetFile p : Presets.gallery()) {
            assertTrue(p.schemes().size() >= 2 && p.schemes().size() <= 4, p.file() + ": " + p.schemes());
        }
        assertEquals(
                List.of(Scheme.LWW, Scheme.CLIENT_VV, Scheme.SERVER_VV_MERGED, Scheme.DVV),
                Presets.gallery().stream()
                        .filter(p -> p.file().equals("10-sibling-explosion.json"))
                        .findFirst()
                        .orElseThrow()
                        .schemes());
    }

    @Test
    void thePresetsAndTheGalleryAreTheListedFilesInTheirOrder() throws Exception {
        assertEquals(
                listed("index.txt"),
                Presets.presets().stream().map(PresetFile::file).toList());
        assertEquals(
                listed("gallery.txt"),
                Presets.gallery().stream().map(PresetFile::file).toList());
    }

    @Test
    void eachPresetIsTheScenarioItsFileHolds() throws Exception {
        for (PresetFile p : Presets.numbered()) {
            assertEquals(ScenarioFiles.read(DIR.resolve(p.file())), p.scenario(), p.file());
        }
    }

    @Test
    void numbersCountThePresetsThenTheGalleryFromOne() throws Exception {
        int presets = listed("index.txt").size();
        int all = presets + listed("gallery.txt").size();
        assertEquals(listed("index.txt").get(0), Presets.numbered(1).file());
        assertEquals(listed("gallery.txt").get(0), Presets.numbered(presets + 1).file());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Presets.numbered(all + 1));
        assertEquals("--preset takes 1 to " + all + " (the preset list's numbers), not " + (all + 1), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Presets.numbered(0));
    }
}
