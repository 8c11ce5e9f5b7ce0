package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.gui.platform.Preset;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.management.JMException;
import javax.management.ObjectName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxToolkitContext;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long session in the real window (TestFX on Monocle), to see whether the heap grows with it:
 * thousands of seeded actions as a teacher makes them, by mouse and keyboard: a preset picked from
 * the drop-down, a chip dragged along its lane by the mouse, undo and redo (Ctrl+Z, Ctrl+Y),
 * Presenter on and off (P), predict mode on and off (Q), a step forward (PageDown, which reveals in
 * predict mode), reveal (R), zoom in and out (Ctrl+= and Ctrl+-), Presenter's other page (V), Home
 * and End. After every 100 actions it logs the heap in use after a full collection ({@link
 * MemoryMXBean}, collected until two figures in a row agree) and the live objects, as {@code
 * HEAP-LONG actions=N usedMB=X liveMB=Y}; at the end the ratio of the last figures to the first,
 * and the classes whose live bytes grew most ({@code HEAP-LONG grew}).
 *
 * <p>The generators' profile runs with {@code -XX:SoftRefLRUPolicyMSPerMB=0}: every collection
 * clears soft references, so the figure is what the app holds, not the images JavaFX's effects keep
 * softly for reuse (docs/dev/performance.md, "A long session").
 *
 * <p>A generator, not a test: {@code mvn verify} skips it. Run ({@code -Dlong.actions}, default
 * 3000; {@code -Dlong.seed}, default 19):
 *
 * <pre>
 * ./mvnw -o -q -pl gui -am verify -Pgenerators -DskipITs -Dtest=LongSessionHeapTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dlong.actions=3000 | grep HEAP-LONG
 * </pre>
 */
@Tag("generator")
class LongSessionHeapTest extends WindowTest {

    private static final int EVERY = 100;
    /** The class histogram's line of all live objects. */
    private static final String TOTAL = "Total";

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void logsTheHeapEveryHundredActions(FxRobot robot) {
        int actions = Integer.getInteger("long.actions", 3000);
        Random random = new Random(Long.getLong("long.seed", 19));
        List<Preset> presets = onFx(() -> List.copyOf(vm.document().presets()));
        settle(robot);
        if (!Boolean.getBoolean("long.cold")) {
            warmUp(robot, presets);
        }
        double first = 0;
        double last = 0;
        double firstLive = 0;
        double lastLive = 0;
        Map<String, Long> firstHistogram = Map.of();
        Map<String, Long> lastHistogram = Map.of();
        long t0 = System.nanoTime();
        for (int n = 1; n <= actions; n++) {
            act(robot, random, presets);
            if (n % EVERY == 0) {
                last = heapAfterFullCollection();
                Map<String, Long> histogram = histogram();
                lastLive = histogram.get(TOTAL) / 1e6;
                if (n == EVERY) {
                    first = last;
                    firstLive = lastLive;
                    firstHistogram = histogram;
                }
                lastHistogram = histogram;
                System.out.printf(
                        "HEAP-LONG actions=%d usedMB=%.1f liveMB=%.1f elapsed=%ds preset=\"%s\" operations=%d%n",
                        n,
                        last,
                        lastLive,
                        (System.nanoTime() - t0) / 1_000_000_000L,
                        onFx(() -> vm.getScenario().title()),
                        onFx(() -> vm.getScenario().operations().size()));
            }
        }
        System.out.printf(
                "HEAP-LONG first100=%.1fMB last=%.1fMB ratio=%.3f (%s)%n",
                first, last, last / first, last <= first * 1.10 ? "within 10%" : "MORE THAN 10% ABOVE");
        System.out.printf(
                "HEAP-LONG live first100=%.1fMB last=%.1fMB ratio=%.3f (%s)%n",
                firstLive,
                lastLive,
                lastLive / firstLive,
                lastLive <= firstLive * 1.10 ? "within 10%" : "MORE THAN 10% ABOVE");
        // what grew: the classes whose live bytes grew most between the first figure and the last
        Map<String, Long> from = firstHistogram;
        lastHistogram.entrySet().stream()
                .filter(e -> !e.getKey().equals(TOTAL))
                .map(e -> Map.entry(e.getKey(), e.getValue() - from.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(25)
                .forEach(e -> System.out.printf("HEAP-LONG grew %+9.1f kB %s%n", e.getValue() / 1e3, e.getKey()));
        assertTrue(first > 0);
    }

    /**
     * Everything the session will meet, once, before the count starts (unless {@code -Dlong.cold}):
     * every preset, each in Presenter and predict mode, at each zoom. JavaFX builds a font strike
     * per size and keeps a parsed copy of each stylesheet and inline style it meets; without this,
     * the figure after the first 100 actions is taken before the window has shown everything once.
     */
    private void warmUp(FxRobot robot, List<Preset> presets) {
        for (Preset p : presets) {
            pickPreset(robot, p.title());
            for (KeyCode key :
                    List.of(KeyCode.END, KeyCode.P, KeyCode.V, KeyCode.Q, KeyCode.PAGE_DOWN, KeyCode.R, KeyCode.V)) {
                robot.push(key);
                WaitForAsyncUtils.waitForFxEvents();
            }
            robot.push(KeyCode.Q);
            robot.push(KeyCode.P);
            WaitForAsyncUtils.waitForFxEvents();
        }
        for (KeyCode zoom : List.of(KeyCode.EQUALS, KeyCode.EQUALS, KeyCode.MINUS, KeyCode.MINUS, KeyCode.MINUS)) {
            robot.push(KeyCode.CONTROL, zoom);
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** One action, picked by weight. */
    private void act(FxRobot robot, Random random, List<Preset> presets) {
        int k = random.nextInt(100);
        if (k < 8) {
            pickPreset(robot, presets.get(random.nextInt(presets.size())).title());
        } else if (k < 40) {
            dragAChip(robot, random);
        } else if (k < 55) {
            robot.push(KeyCode.CONTROL, KeyCode.Z);
        } else if (k < 65) {
            robot.push(KeyCode.CONTROL, KeyCode.Y);
        } else if (k < 70) {
            robot.push(KeyCode.P); // Presenter
        } else if (k < 75) {
            robot.push(KeyCode.Q); // predict mode
        } else if (k < 85) {
            robot.push(KeyCode.PAGE_DOWN); // a step forward, or the reveal in predict mode
        } else if (k < 88) {
            robot.push(KeyCode.R);
        } else if (k < 91) {
            robot.push(KeyCode.CONTROL, random.nextBoolean() ? KeyCode.EQUALS : KeyCode.MINUS); // zoom in, out
        } else if (k < 94) {
            robot.push(KeyCode.HOME);
        } else if (k < 96) {
            robot.push(KeyCode.V); // Presenter's other page, where the lesson is in two
        } else {
            robot.push(KeyCode.END);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A chip in view pressed and dragged one to three ticks left or right by the mouse, then released. */
    private void dragAChip(FxRobot robot, Random random) {
        List<Node> chips = onFx(() -> {
            Node viewport = robot.lookup("#diagram-scroll").query();
            Bounds view = viewport.localToScene(viewport.getLayoutBounds());
            return robot
                    .lookup(".chip")
                    .match(n -> n.getId() != null && n.getId().startsWith("chip-") && inView(n, view))
                    .queryAll()
                    .stream()
                    .toList();
        });
        if (chips.isEmpty()) {
            robot.push(KeyCode.END);
            return;
        }
        Node chip = chips.get(random.nextInt(chips.size()));
        Point2D from = onFx(() -> {
            Bounds b = chip.localToScreen(chip.getLayoutBounds());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
        int ticks = (random.nextInt(3) + 1) * (random.nextBoolean() ? 1 : -1);
        // the pointer jumps to the chip (TestFX's moveTo glides there in up to 200 steps: slow, and no part of the
        // drag)
        robot.robotContext().getMouseRobot().moveNoWait(from);
        robot.press(MouseButton.PRIMARY);
        // in two moves, as a hand drags: the chip follows each
        robot.moveBy(ticks * tick() / 2, 0).moveBy(ticks * tick() / 2, 0).release(MouseButton.PRIMARY);
    }

    /** True when the chip lies whole inside the diagram's viewport (one scrolled out of view is not dragged). */
    private static boolean inView(Node n, Bounds view) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        return n.isVisible() && view.contains(b.getMinX(), b.getMinY()) && view.contains(b.getMaxX(), b.getMaxY());
    }

    /**
     * The live objects' bytes by class, and in all ({@link #TOTAL}), as the JVM's class histogram counts
     * them (it collects first, and
     * counts objects, not G1's regions: a renderer surface of a few MB, a humongous object, fills a
     * whole region of the "used" figure while it lives).
     */
    private static Map<String, Long> histogram() {
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            Map<String, Long> bytes = new HashMap<>();
            for (String line : histogram.split("\n")) {
                String[] words = line.trim().split("\\s+");
                if (words.length == 3 && words[0].equals(TOTAL)) {
                    bytes.put(TOTAL, Long.parseLong(words[2]));
                } else if (words.length >= 4 && words[0].endsWith(":")) {
                    bytes.merge(words[3], Long.parseLong(words[2]), Long::sum);
                }
            }
            if (!bytes.containsKey(TOTAL)) {
                throw new IllegalStateException("no Total line in the class histogram");
            }
            return bytes;
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The heap in use, in MB, after full collections until two figures in a row are within 1%. TestFX
     * keeps every event fired at its stage (to print them when a test fails): about 20 kB per action,
     * its, not the app's, so that record is started afresh first (registering the stage again).
     */
    private static double heapAfterFullCollection() {
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkitContext testFx = FxToolkit.toolkitContext();
        testFx.setRegisteredStage(testFx.getRegisteredStage());
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = Long.MAX_VALUE;
        long used = 0;
        for (int i = 0; i < 10; i++) {
            System.gc();
            used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(before - used) < used / 100) {
                break;
            }
            before = used;
        }
        return used / 1e6;
    }
}
