package io.conflictexplorer.gui.schemes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.Preset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compare window's view model without a window: it follows the main window's scenario, cursor
 * and preset, shows two to four schemes, and runs only the latest scenario, only while active.
 */
class CompareViewModelTest {

    private final SimpleObjectProperty<Scenario> scenario = new SimpleObjectProperty<>();
    private final SimpleIntegerProperty cursor = new SimpleIntegerProperty();
    private final SimpleObjectProperty<Preset> preset = new SimpleObjectProperty<>();
    /** The background thread's queue: a test runs it when it says. */
    private final Deque<Runnable> queued = new ArrayDeque<>();

    private final Executor background = queued::add;
    private CompareViewModel vm;

    @BeforeEach
    void open() {
        Preset first = Assets.presets().get(0);
        scenario.set(first.scenario());
        preset.set(first);
        vm = new CompareViewModel(scenario, cursor, preset, background, Runnable::run);
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    private List<String> columns() {
        return vm.getFrame().columns().stream().map(SchemeColumn::scheme).toList();
    }

    @Test
    void itOpensOnTheMainWindowsTwoSchemesAndFollowsItsCursor() {
        assertTrue(queued.isEmpty(), "nothing runs before the window opens");
        vm.activate();
        assertEquals(
                "Running the scenario under every clock scheme ...",
                vm.getFrame().status());
        runQueued();
        assertEquals(List.of("lww", "client-vv"), columns());
        assertEquals("", vm.getFrame().status());
        CompareFrame start = vm.getFrame();
        assertEquals(Assets.presets().get(0).title(), start.title());
        cursor.set(2);
        assertEquals(2, vm.getFrame().cursor());
        assertTrue(
                vm.getFrame().step().startsWith("Step 2 of " + start.steps() + ": "),
                vm.getFrame().step());
        assertEquals(
                List.of(true, true, false, false, false),
                vm.getFrame().options().stream().map(SchemeOption::shown).toList());
        // at two columns, the shown ones cannot go; the hidden ones can come
        assertEquals(
                List.of(false, false, true, true, true),
                vm.getFrame().options().stream().map(SchemeOption::enabled).toList());
    }

    @Test
    void aGalleryPresetShowsTheSchemesItsStoryIsAbout() {
        vm.activate();
        runQueued();
        Preset explosion = CompareProjectionTest.preset("10-sibling-explosion.json");
        preset.set(explosion);
        scenario.set(explosion.scenario());
        runQueued();
        assertEquals(List.of("lww", "client-vv", "server-vv-merged", "dvv"), columns());
        cursor.set(explosion.scenario().operations().size());
        SchemeColumn merged = vm.getFrame().columns().get(2);
        assertEquals(101, merged.siblings());
        assertTrue(merged.folded());
        vm.toggleExpanded("server-vv-merged");
        merged = vm.getFrame().columns().get(2);
        assertTrue(merged.expanded());
        assertFalse(merged.folded());
        assertEquals(0, merged.replicas().get(0).keys().get(0).hidden());
        vm.toggleExpanded("server-vv-merged");
        assertTrue(vm.getFrame().columns().get(2).folded());
        // a lesson preset keeps what is shown
        preset.set(Assets.presets().get(1));
        assertEquals(List.of("lww", "client-vv", "server-vv-merged", "dvv"), columns());
    }

    @Test
    void whileTheMainWindowHidesAResultTheColumnsShowTheStateBeforeAndAsk() {
        SimpleBooleanProperty hidden = new SimpleBooleanProperty(false);
        Preset falseConflict = CompareProjectionTest.preset("09-dvvset-false-conflict.json");
        scenario.set(falseConflict.scenario());
        preset.set(falseConflict);
        vm = new CompareViewModel(scenario, cursor, preset, hidden, background, Runnable::run);
        vm.activate();
        runQueued();
        cursor.set(3);
        SchemeColumn before = vm.getFrame().columns().get(1);
        cursor.set(4);
        SchemeColumn after = vm.getFrame().columns().get(1);
        assertEquals("server-vv", after.scheme());
        assertEquals(1, after.lost());
        hidden.set(true);
        CompareFrame asking = vm.getFrame();
        assertTrue(asking.step().startsWith("Step 4 of 4: w3: c1 writes x=v3"), asking.step());
        SchemeColumn hiddenColumn = asking.columns().get(1);
        assertEquals(before.lost(), hiddenColumn.lost(), "the state before the step");
        assertEquals(before.replicas(), hiddenColumn.replicas());
        assertEquals(CompareViewModel.PREDICT_QUESTION, hiddenColumn.narration());
        hidden.set(false);
        assertEquals(after, vm.getFrame().columns().get(1));
    }

    @Test
    void twoToFourSchemesShowInTheirOwnOrder() {
        vm.activate();
        runQueued();
        vm.toggle("lww"); // would leave one: ignored
        assertEquals(List.of("lww", "client-vv"), columns());
        vm.toggle("server-vv-merged");
        vm.toggle("server-vv");
        assertEquals(List.of("lww", "client-vv", "server-vv", "server-vv-merged"), columns());
        assertFalse(vm.getFrame().options().get(4).enabled(), "a fifth cannot come");
        vm.toggle("dvv"); // a fifth: ignored
        assertEquals(4, columns().size());
        vm.toggle("lww");
        vm.toggle("dvv");
        assertEquals(List.of("client-vv", "server-vv", "server-vv-merged", "dvv"), columns());
        assertThrows(IllegalArgumentException.class, () -> vm.show(List.of(Scheme.DVV)));
        assertThrows(IllegalArgumentException.class, () -> vm.toggle("vv"));
    }

    @Test
    void onlyTheLatestScenariosRunIsShownAndNothingRunsWhileClosed() {
        vm.activate();
        runQueued();
        Preset two = Assets.presets().get(1);
        Preset three = Assets.presets().get(2);
        scenario.set(two.scenario());
        scenario.set(three.scenario());
        assertEquals(2, queued.size());
        Runnable older = queued.poll();
        queued.poll().run(); // the newer one finishes first
        assertEquals(three.title(), vm.getFrame().title());
        older.run(); // then the older: dropped
        assertEquals(three.title(), vm.getFrame().title());

        vm.deactivate();
        scenario.set(two.scenario());
        cursor.set(1);
        assertTrue(queued.isEmpty(), "a closed window runs nothing");
        vm.activate();
        runQueued();
        assertEquals(two.title(), vm.getFrame().title());
        assertEquals(1, vm.getFrame().cursor());
    }
}
