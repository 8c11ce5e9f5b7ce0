package io.conflictexplorer.gui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.files.ScenarioFileException;
import io.conflictexplorer.gui.files.PictureFiles;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.platform.Theme;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngFigureTest {

    @TempDir
    Path dir;

    private final Preset cart = ExportFixtures.presets().get(4);
    private final Simulation sim = ExportFixtures.run(cart);

    @Test
    void aPngIsASlideAtItsScaleAndReopensToAnEqualScenario() throws Exception {
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        Exporter.write(sim, ExportFormat.PNG, ExportOptions.DEFAULT, one);
        Exporter.write(sim, ExportFormat.PNG, ExportOptions.DEFAULT.withScale(2), two);

        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage large = ImageIO.read(two.toFile());
        assertEquals(1920, small.getWidth());
        assertEquals(1080, small.getHeight());
        assertEquals(3840, large.getWidth());
        assertEquals(2160, large.getHeight());
        assertEquals(cart.scenario(), PictureFiles.read(one));
        assertEquals(cart.scenario(), PictureFiles.read(two));
    }

    @Test
    void thePngIsDrawnInTheThemesColours() {
        Figure f = Exporter.figure(sim, ExportOptions.DEFAULT.withTheme(Theme.DARK));
        BufferedImage image = PngFigure.render(f, 1);

        assertEquals(Integer.parseInt(Theme.DARK.colour("paper").substring(1), 16), image.getRGB(2, 2) & 0xffffff);
        int lostRed = Integer.parseInt(Theme.DARK.colour("lost").substring(1), 16);
        boolean anyLostRed = false;
        for (int y = 0; y < image.getHeight() && !anyLostRed; y += 2) {
            for (int x = 0; x < image.getWidth() && !anyLostRed; x += 2) {
                anyLostRed = (image.getRGB(x, y) & 0xffffff) == lostRed;
            }
        }
        assertTrue(anyLostRed, "the LOST cards' red is on the picture");
    }

    @Test
    void aPictureWithoutAScenarioIsRefusedInWords() throws Exception {
        Path plain = dir.resolve("plain.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", plain.toFile());
        Path svg = dir.resolve("plain.svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.svg");
        Files.writeString(broken, "<svg><metadata>", StandardCharsets.UTF_8);

        assertTrue(assertThrows(ScenarioFileException.class, () -> PictureFiles.read(plain))
                .getMessage()
                .contains("carries no scenario"));
        assertTrue(assertThrows(ScenarioFileException.class, () -> PictureFiles.read(svg))
                .getMessage()
                .contains("carries no scenario"));
        assertTrue(assertThrows(ScenarioFileException.class, () -> PictureFiles.read(broken))
                .getMessage()
                .contains("not a well-formed SVG"));
    }

    @Test
    void anSvgWithADoctypeIsRefusedUnread() throws Exception {
        // an SVG from elsewhere must not make the reader expand entities or fetch anything
        Path evil = dir.resolve("evil.svg");
        Files.writeString(
                evil,
                "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\"><metadata>&x;</metadata></svg>",
                StandardCharsets.UTF_8);

        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> PictureFiles.read(evil));
        assertNotEquals(-1, e.getMessage().indexOf("not a well-formed SVG"), e.getMessage());
    }
}
