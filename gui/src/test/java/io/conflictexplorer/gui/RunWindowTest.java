package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.check.IssueStream;
import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.compare.DivergenceKind;
import io.conflictexplorer.check.run.RunFiles;
import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.Theme;
import io.conflictexplorer.gui.run.model.Mark;
import io.conflictexplorer.gui.run.model.RunProjection;
import io.conflictexplorer.gui.run.model.RunSession;
import io.conflictexplorer.gui.run.view.RunWindow;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The run window on real transcripts: every sample case and every end-to-end case opened with its
 * own expected output shows no divergence; the same output with one sibling removed, one conflict
 * flag flipped, one reply dropped or one error code changed shows exactly that divergence, marked
 * on its chip (or listed, when its request is no read or write) with its sentence. Runs open on
 * the calling thread here (a direct executor), so each open has finished when the FX queue is empty.
 */
class RunWindowTest extends WindowTest {

    static final Path SAMPLES = Path.of("..", "..", "shared", "spec", "sample-cases");
    static final Path E2E = Path.of("..", "protocol-node", "src", "test", "resources", "e2e");

    private RunWindow runs;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new ExplorerViewModel(Assets.presets(), Platform::runLater);
        stage.setWidth(MainWindow.WIDTH);
        stage.setHeight(MainWindow.HEIGHT);
        runs = new RunWindow(Runnable::run, vm.document()::show, owner -> List.of(), null);
        view = MainWindow.show(stage, vm, dialogs, runs);
    }

    @AfterEach
    void closeRunWindow() {
        WaitForAsyncUtils.asyncFx(() -> {
            if (runs.stage() != null) {
                runs.stage().close();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static List<Path> cases() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path folder : List.of(SAMPLES, E2E)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.toString().endsWith(".in")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    static Path out(Path in) {
        String name = in.getFileName().toString();
        return in.resolveSibling(name.substring(0, name.length() - 3) + ".out");
    }

    private RunProjection open(Path... files) {
        WaitForAsyncUtils.asyncFx(() -> runs.open(List.of(files)));
        WaitForAsyncUtils.waitForFxEvents();
        return runs.viewModel().getRun();
    }

    @Test
    void everyCaseWithItsOwnOutputShowsNoDivergence(FxRobot robot) throws IOException {
        List<Path> cases = cases();
        assertTrue(cases.size() >= 17, "the two sample cases and the e2e cases: " + cases);
        for (Path in : cases) {
            RunProjection s = open(in, out(in));
            assertNotNull(s, in + " opened");
            assertEquals(
                    in.getFileName().toString(),
                    s.session().run().index().source(firstOperation(s)) == null
                            ? in.getFileName().toString()
                            : s.session()
                                    .run()
                                    .index()
                                    .source(firstOperation(s))
                                    .file());
            assertTrue(s.session().run().hasReplies(), in + ": the replies were compared");
            assertEquals(List.of(), s.session().divergences(), in + " agrees with its own output");
            assertEquals(
                    0,
                    onFx(() -> robot.lookup("#run-divergences")
                            .queryAs(ListView.class)
                            .getItems()
                            .size()),
                    in.toString());
            assertTrue(text(robot, "#run-status").contains("agree with the rules"), text(robot, "#run-status"));
            assertFalse(onFx(() -> runs.viewModel().next(Mark.DIVERGENCE)), in + ": nothing to jump to");
        }
    }

    private static String firstOperation(RunProjection s) {
        return s.timeline().size() == 0 ? "" : s.timeline().id(0);
    }

    @Test
    void aRemovedSiblingIsExactlyOneDivergenceMarkedOnTheReadWithItsSentence(FxRobot robot) throws IOException {
        Divergence d = openMutated(
                robot,
                "vv-two-concurrent-writers",
                text -> text.replace(", {\"value\": \"b\", \"vc\": {\"c2\": 1}}]", "]"),
                DivergenceKind.WRONG_VALUES);
        assertChipShows(robot, d);
        assertListShowsWhole(robot, "line " + d.requestLine() + ": " + d.sentence());
    }

    /**
     * The divergence list shows each sentence whole, wrapped inside the list at the window's size
     * (it once cut them to "..." at the list's edge).
     */
    private void assertListShowsWhole(FxRobot robot, String line) {
        String problem = onFx(() -> {
            ListView<?> list = robot.lookup("#run-divergences").queryAs(ListView.class);
            Labeled cell = robot.from(list)
                    .lookup(".list-cell")
                    .match(n -> line.equals(((Labeled) n).getText()))
                    .queryAs(Labeled.class);
            Text shown = robot.from(cell)
                    .lookup(".text")
                    .match(n -> n instanceof Text)
                    .queryAs(Text.class);
            Bounds c = cell.localToScene(cell.getLayoutBounds());
            Bounds t = shown.localToScene(shown.getLayoutBounds());
            Bounds l = list.localToScene(list.getLayoutBounds());
            if (!shown.getText().equals(line)) {
                return "shows \"" + shown.getText() + "\"";
            }
            if (t.getMaxX() > l.getMaxX() || c.getMaxX() > l.getMaxX() || t.getMaxY() > c.getMaxY() + 0.5) {
                return "runs past the list: text " + t + ", cell " + c + ", list " + l;
            }
            return null;
        });
        assertNull(problem, line);
    }

    @Test
    void aFlippedConflictFlagIsExactlyOneDivergence(FxRobot robot) throws IOException {
        Divergence d = openMutated(
                robot,
                "vv-two-concurrent-writers",
                text -> text.replace("\"conflict\": true", "\"conflict\": false"),
                DivergenceKind.WRONG_CONFLICT);
        assertChipShows(robot, d);
    }

    @Test
    void aDroppedReplyIsExactlyOneMissingReply(FxRobot robot) throws IOException {
        Divergence d = openMutated(
                robot,
                "vv-two-concurrent-writers",
                text -> withoutLine(text, "\"in_reply_to\": 4,"),
                DivergenceKind.MISSING_REPLY);
        assertChipShows(robot, d);
    }

    @Test
    void aChangedErrorCodeIsExactlyOneDivergenceListedWithItsSentence(FxRobot robot) throws IOException {
        Divergence d = openMutated(
                robot,
                "errors-then-valid-requests",
                text -> text.replaceFirst("\"code\": 10,", "\"code\": 11,"),
                DivergenceKind.WRONG_ERROR_CODE);
        // the request is no read or write: the list, not a chip, opens its sentence
        ListView<?> list = onFx(() -> robot.lookup("#run-divergences").queryAs(ListView.class));
        WaitForAsyncUtils.asyncFx(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(d.sentence(), text(robot, "#run-divergence-text"));
    }

    /** Opens the case with its output changed by {@code mutate}; exactly one divergence of {@code kind}. */
    private Divergence openMutated(FxRobot robot, String name, UnaryOperator<String> mutate, DivergenceKind kind)
            throws IOException {
        Path in = E2E.resolve(name + ".in");
        String original = Files.readString(out(in), StandardCharsets.UTF_8);
        String changed = mutate.apply(original);
        assertNotEquals(original, changed, "the mutation applies to " + name);
        Path out = dir.resolve(name + ".out");
        Files.writeString(out, changed, StandardCharsets.UTF_8);
        RunProjection s = open(in, out);
        assertNotNull(s);
        assertEquals(
                1,
                s.session().divergences().size(),
                "exactly one divergence: " + s.session().divergences() + " in " + changed);
        Divergence d = s.session().divergences().get(0);
        assertEquals(kind, d.kind(), d.sentence());
        assertEquals(
                1,
                onFx(() -> robot.lookup("#run-divergences")
                        .queryAs(ListView.class)
                        .getItems()
                        .size()));
        assertTrue(text(robot, "#run-status").contains("1 divergence"), text(robot, "#run-status"));
        return d;
    }

    /** Next divergence selects the chip the divergence names, marked, and shows its sentence and line. */
    private void assertChipShows(FxRobot robot, Divergence d) {
        RunProjection s = runs.viewModel().getRun();
        assertNotNull(d.operationId(), d.sentence());
        int chip = s.timeline().chipOf(d.operationId());
        assertTrue(s.timeline().has(chip, Mark.DIVERGENCE), "the chip is marked");
        assertEquals(1, s.timeline().count(Mark.DIVERGENCE), "and no other");
        robot.clickOn("#run-next-divergence");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(chip, runs.viewModel().selectedProperty().get());
        assertEquals(d.sentence(), text(robot, "#run-divergence-text"));
        assertTrue(
                text(robot, "#run-source-line").contains("line " + d.requestLine() + ":"),
                text(robot, "#run-source-line"));
    }

    private static String withoutLine(String text, String marker) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.contains(marker)) {
                b.append(line).append('\n');
            }
        }
        return b.toString().replaceAll("\n+$", "\n");
    }

    @Test
    void unreadableLinesAreListedInOneDialogAndTheRestOpens(FxRobot robot) throws IOException {
        Path in = dir.resolve("bad.in");
        Files.writeString(
                in,
                "{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\",\"node_ids\":[\"n1\"]}}\n"
                        + "this is not json\n"
                        + "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":3,\"key\":\"x\",\"value\":\"a\",\"context\":{}}}\n"
                        + "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"teleport\",\"msg_id\":4}}\n"
                        + "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"msg_id\":5,\"key\":\"x\"}}\n",
                StandardCharsets.UTF_8);
        RunProjection s = open(in);
        assertNotNull(s);
        assertEquals(2, s.timeline().size(), "the write and the read open");
        List<Integer> lines =
                s.session().run().problems().stream().map(p -> p.line()).toList();
        assertTrue(lines.contains(2), "line 2 listed: " + s.session().run().problems());
        String dialog = onFx(
                () -> robot.lookup("#run-problems-text").queryAs(TextArea.class).getText());
        assertTrue(dialog.contains("bad.in line 2"), dialog);
        closeDialogs(robot);
    }

    @Test
    void aFileAboveTheLimitIsRefusedNamingItAndTheOpenRunStays(FxRobot robot) throws IOException {
        Path in = E2E.resolve("vv-two-concurrent-writers.in");
        RunProjection before = open(in, out(in));
        assertNotNull(before);
        Path huge = dir.resolve("huge.in");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(RunFiles.MAX_BYTES + 1); // sparse: no disk used
        }
        RunProjection after = open(huge);
        assertSame(before, after, "nothing open was replaced by the failed open");
        String message = onFx(
                () -> robot.lookup("#run-failure .content").queryAs(Label.class).getText());
        assertTrue(message.contains("64"), "the limit is named: " + message);
        closeDialogs(robot);
    }

    @Test
    void findByMsgIdOrLineSelectsTheChipAndShowsItsTranscriptLine(FxRobot robot) {
        Path in = E2E.resolve("vv-two-concurrent-writers.in");
        RunProjection s = open(in, out(in));
        robot.clickOn("#run-find").write("line 4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        int chip = runs.viewModel().selectedProperty().get();
        assertEquals(4, s.session().run().index().source(s.timeline().id(chip)).line());
        assertTrue(text(robot, "#run-source-line").contains("\"msg_id\":4"), text(robot, "#run-source-line"));
        assertTrue(onFx(() -> runs.viewModel().find("5")));
        assertEquals(
                "c1", s.timeline().client(runs.viewModel().selectedProperty().get()));
        assertTrue(text(robot, "#run-vv").contains("conflict"), text(robot, "#run-vv"));
    }

    private static <T> T onFx(Callable<T> call) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(call));
    }

    @Test
    void aSmallRunBecomesAScenarioAndALargeOneIsReadOnlySayingSo(FxRobot robot) throws IOException {
        Path in = E2E.resolve("vv-two-concurrent-writers.in");
        RunProjection small = open(in, out(in));
        assertTrue(small.editable());
        robot.clickOn("#run-edit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(small.session().run().scenario(), vm.getScenario(), "the run is the main window's scenario now");

        Path big = dir.resolve("big.in");
        Files.writeString(big, IssueStream.lines(RunSession.EDIT_LIMIT + 500), StandardCharsets.UTF_8);
        RunProjection large = open(big);
        assertFalse(large.editable());
        assertTrue(onFx(() -> robot.lookup("#run-edit").queryButton().isDisabled()));
        assertTrue(text(robot, "#run-status").contains("read-only"), text(robot, "#run-status"));
        assertEquals(small.session().run().scenario(), vm.getScenario(), "the main window keeps what it had");
    }

    /**
     * The main window's dark theme (key D, remembered in the settings) reaches the run window while
     * it is open, and goes again: the canvas's paper and lanes and the legend take the theme's
     * colours, read from the same stylesheets as the exports.
     */
    @Test
    void theDarkThemeReachesTheOpenRunWindowAndGoesAgain(FxRobot robot) {
        Path in = E2E.resolve("vv-two-concurrent-writers.in");
        assertNotNull(open(in, out(in)));
        assertColours(robot, Theme.LIGHT);
        WaitForAsyncUtils.asyncFx(() -> vm.presentation().darkProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertColours(robot, Theme.DARK);
        WaitForAsyncUtils.asyncFx(() -> vm.presentation().darkProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertColours(robot, Theme.LIGHT);
    }

    /** The canvas's gutter is the theme's paper, its first lane the lane colour, the legend muted. */
    private void assertColours(FxRobot robot, Theme theme) {
        List<Color> seen = onFx(() -> {
            Node canvas = runs.view().lookup("#run-canvas");
            WritableImage shot = canvas.snapshot(null, null);
            return List.of(
                    shot.getPixelReader().getColor(4, 4), shot.getPixelReader().getColor(70, 30), (Color)
                            robot.lookup("#run-legend").queryAs(Label.class).getTextFill());
        });
        assertEquals(Color.web(theme.colour("run-paper")), seen.get(0), theme + " paper");
        assertEquals(Color.web(theme.colour("run-lane-even")), seen.get(1), theme + " first lane");
        assertEquals(Color.web(theme.colour("run-muted")), seen.get(2), theme + " legend");
    }

    private void closeDialogs(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage st
                        && st.getScene() != null
                        && st.getScene().getRoot() instanceof DialogPane)
                .toList()
                .forEach(w -> ((Stage) w).close()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
