package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.lesson.view.MainView;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.Preset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real window (MainWindow, as App does) on the default preset, with fake file dialogs.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    protected ExplorerViewModel vm;
    protected MainView view;
    protected Stage stage;
    protected final FakeFileDialogs dialogs = new FakeFileDialogs();

    /** Each concrete test class calls this from its own {@code @Start} method (TestFX looks only there). */
    protected void startWindow(Stage stage) {
        this.stage = stage;
        vm = new ExplorerViewModel(Assets.presets(), Platform::runLater);
        // the stage outlives a test: start each at the app's size, whatever the last one left
        stage.setWidth(MainWindow.WIDTH);
        stage.setHeight(MainWindow.HEIGHT);
        view = MainWindow.show(stage, vm, dialogs);
    }

    /**
     * Picks a preset from the drop-down as the teacher does; the list is scrolled to it first
     * (with eight presets and their narrations the list is taller than its popup).
     */
    protected void pickPreset(FxRobot robot, String title) {
        robot.clickOn("#preset-picker");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Preset> list =
                onFx(() -> robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class));
        int index = 0;
        while (index < list.getItems().size()
                && !list.getItems().get(index).title().equals(title)) {
            index++;
        }
        int found = index;
        WaitForAsyncUtils.asyncFx(() -> list.scrollTo(found));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onFx(() -> robot.lookup(".combo-box-popup .list-cell .preset-title")
                .match(n -> ((Labeled) n)
                        .getText()
                        .equals(vm.document().presetLabel(list.getItems().get(found))))
                .queryAs(Node.class)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(title, text(robot, "#scenario-title"));
    }

    /**
     * Waits until the window's layout holds still: the fit runs after a pulse (by runLater) and
     * may lay the window out again, so a look right after an edit can catch it half way. Still
     * means the fit's scale and where the diagram's viewport and both panels lie are the same
     * after another round of FX events.
     */
    protected void settle(FxRobot robot) {
        Object last = null;
        for (int i = 0; i < 40; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Object now = onFx(() -> {
                List<Object> where = new ArrayList<>(List.of(view.scale(), view.getWidth(), view.getHeight()));
                for (String q : List.of("#diagram-scroll", "#lww-panel", "#vv-panel")) {
                    robot.lookup(q).tryQuery().ifPresent(n -> where.add(n.localToScene(n.getLayoutBounds())));
                }
                return where;
            });
            if (now.equals(last)) {
                return;
            }
            last = now;
        }
        throw new AssertionError("the window's layout never held still: " + last);
    }

    /** The window at {@code width} x {@code height} in the screen's corner, in Presenter or the desk view. */
    protected void showAt(double width, double height, boolean presenter) {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            vm.presentation().setPresenter(presenter);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** True when {@code n} and every parent of it are visible (not on Presenter's page not shown). */
    protected static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The text of a Label or a Text node. */
    protected static String text(FxRobot robot, String query) {
        return onFx(() -> {
            Node n = robot.lookup(query).query();
            return n instanceof Text t ? t.getText() : ((Labeled) n).getText();
        });
    }

    protected static int count(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAll().size());
    }

    protected static <T extends Node> T node(FxRobot robot, String query, Class<T> type) {
        return onFx(() -> robot.lookup(query).queryAs(type));
    }

    /** The pixels one tick spans at the current zoom, as the diagram lays them out. */
    protected double tick() {
        return 76 * view.diagramScale();
    }

    protected void assertLwwLost(FxRobot robot, int lost) {
        assertEquals(String.valueOf(lost), text(robot, "#lww-lost"), "LWW lost counter");
    }

    protected void assertVvValues(FxRobot robot, int values) {
        assertEquals(values, count(robot, "#vv-panel .value-card"), "VV value cards");
    }

    /** Writes what the window shows to target/screenshots/{@code name}.png for a human to look at. */
    protected Path screenshot(FxRobot robot, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        return write(
                WaitForAsyncUtils.waitFor(
                        WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))),
                name);
    }

    protected static Path write(WritableImage image, String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
