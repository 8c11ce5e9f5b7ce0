package io.conflictexplorer.gui.run.model;

import static io.conflictexplorer.gui.run.model.RunViewport.GUTTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The run window's view model without a window: the FX executor is injected, so an open runs on a
 * direct executor or waits in a queue until the test lets it through; selection, filter,
 * navigation, find, the viewport and the commands act on the hand-made run of {@link RunFixtures}.
 */
class RunViewModelTest {

    private final List<Runnable> fxQueue = new ArrayList<>();
    private final List<Scenario> edited = new ArrayList<>();
    private final List<Boolean> done = new ArrayList<>();

    private RunViewModel direct(RunViewModel.Opener opener) {
        return new RunViewModel(Runnable::run, Runnable::run, edited::add, opener);
    }

    /** A view model showing {@code run}, its canvas 1,000 px of time wide. */
    private RunViewModel showing(RunProjection run) {
        RunViewModel vm = direct(files -> run);
        vm.resize(GUTTER + 1000);
        vm.open(List.of(Path.of("run.in")), done::add);
        return vm;
    }

    private static List<Path> caseAndReplies(String name) {
        return List.of(RunFixtures.E2E.resolve(name + ".in"), RunFixtures.E2E.resolve(name + ".out"));
    }

    @Test
    void anOpenChangesNothingUntilTheFxExecutorRunsItsResult() {
        RunViewModel vm = new RunViewModel(Runnable::run, fxQueue::add, edited::add);
        vm.open(caseAndReplies("vv-two-concurrent-writers"), done::add);
        assertTrue(vm.openingProperty().get());
        assertNull(vm.getRun(), "read on the background executor, not shown yet");
        assertEquals(
                "Opening vv-two-concurrent-writers.in, vv-two-concurrent-writers.out...",
                vm.statusProperty().get());
        assertEquals(1, fxQueue.size());
        assertEquals(List.of(), done);
        fxQueue.remove(0).run();
        assertFalse(vm.openingProperty().get());
        assertNotNull(vm.getRun());
        assertEquals(List.of(true), done);
        assertTrue(vm.statusProperty().get().contains("the node's replies agree with the rules"));
        assertTrue(vm.canEditProperty().get());
        assertEquals(-1, vm.selectedProperty().get());
        assertEquals(ChipDetails.NONE, vm.detailsProperty().get());
    }

    @Test
    void aFailedOpenSaysWhyEachTimeAndLeavesTheOpenRunAsItWas() {
        RunViewModel vm = new RunViewModel(Runnable::run, Runnable::run, edited::add);
        List<RunViewModel.Failure> heard = new ArrayList<>();
        vm.failureProperty().addListener((o, was, now) -> {
            if (now != null) {
                heard.add(now);
            }
        });
        vm.open(caseAndReplies("vv-two-concurrent-writers"), done::add);
        RunProjection open = vm.getRun();
        List<Path> missing = List.of(Path.of("target", "no-such-run.in"));
        vm.open(missing, done::add);
        vm.open(missing, done::add);
        assertEquals(List.of(true, false, false), done);
        assertEquals(2, heard.size(), "the same failure twice is reported twice");
        assertEquals("This run cannot be opened", heard.get(0).title());
        assertTrue(
                heard.get(0).message().contains("no-such-run.in"), heard.get(0).message());
        assertTrue(
                vm.statusProperty().get().startsWith("Not opened: "),
                vm.statusProperty().get());
        assertSame(open, vm.getRun());
        assertFalse(vm.openingProperty().get());
    }

    @Test
    void aBugWhileReadingIsAFailureNotAWindowWaitingForever() {
        RunViewModel vm = direct(files -> {
            throw new IllegalStateException("boom");
        });
        vm.open(List.of(Path.of("x.in")), done::add);
        assertEquals(List.of(false), done);
        assertEquals(
                "It could not be opened: java.lang.IllegalStateException: boom",
                vm.failureProperty().get().message());
        assertFalse(vm.openingProperty().get());
    }

    @Test
    void skippedLinesAreReportedForEachRunThatHasSome() {
        RunProjection run = RunFixtures.projection();
        RunViewModel vm = direct(files -> run);
        List<SkippedLines> heard = new ArrayList<>();
        vm.skippedProperty().addListener((o, was, now) -> {
            if (now != null) {
                heard.add(now);
            }
        });
        vm.open(List.of(Path.of("a.in")), done::add);
        vm.open(List.of(Path.of("a.in")), done::add);
        assertEquals(2, heard.size());
        assertEquals(1, heard.get(0).count());
    }

    @Test
    void selectingAChipShowsItsDetailsAndBringsItIntoView() {
        RunViewModel vm = showing(RunFixtures.longRun(3000, "w7"));
        assertFalse(vm.viewportProperty().get().detailed(), "3,000 ticks in 1,000 px");
        vm.select(2000);
        assertEquals(
                "c1 writes x at t=2001 (operation w2000)",
                vm.detailsProperty().get().title());
        RunViewport v = vm.viewportProperty().get();
        assertTrue(v.detailed(), "zoomed in to see it as a chip");
        double x = v.x(2001);
        assertTrue(x > GUTTER && x < v.width(), "in view: " + x);
        vm.select(-1);
        assertEquals(ChipDetails.NONE, vm.detailsProperty().get());
    }

    @Test
    void hidingTheSelectedChipUnselectsIt() {
        RunViewModel vm = showing(RunFixtures.projection());
        vm.select(2);
        vm.filterProperty().set(new RunFilter("x", Set.of("c1")));
        assertEquals(2, vm.selectedProperty().get(), "still shown");
        vm.filterProperty().set(new RunFilter("y", Set.of()));
        assertEquals(-1, vm.selectedProperty().get());
        assertEquals(ChipDetails.NONE, vm.detailsProperty().get());
    }

    @Test
    void nextAndPreviousWalkTheMarksWithinTheFilterAndSaySoAtTheEnd() {
        RunViewModel vm = showing(RunFixtures.projection());
        assertTrue(vm.next(Mark.CONFLICT));
        assertEquals(1, vm.selectedProperty().get());
        assertTrue(vm.next(Mark.CONFLICT));
        assertEquals(2, vm.selectedProperty().get());
        assertFalse(vm.next(Mark.CONFLICT));
        assertEquals(2, vm.selectedProperty().get(), "stays");
        assertEquals("No conflict after the selected chip ", vm.statusProperty().get());
        assertTrue(vm.previous(Mark.LOSS));
        assertEquals(0, vm.selectedProperty().get());
        assertTrue(vm.next(Mark.DIVERGENCE));
        assertEquals(3, vm.selectedProperty().get());
        vm.filterProperty().set(new RunFilter("y", Set.of()));
        vm.select(-1);
        assertFalse(vm.next(Mark.CONFLICT));
        assertEquals("No conflict in the filter", vm.statusProperty().get());
    }

    @Test
    void aDivergenceSelectsItsChipEvenOutsideTheFilterOrShowsItsSentenceAlone() {
        RunProjection run = RunFixtures.projection();
        RunViewModel vm = showing(run);
        DivergenceEntry onW3 = run.divergences().get(0);
        DivergenceEntry chipless = run.divergences().get(1);
        vm.filterProperty().set(new RunFilter("x", Set.of()));
        vm.show(onW3);
        assertEquals(RunFilter.ALL, vm.filterProperty().get(), "what was asked for is shown");
        assertEquals(3, vm.selectedProperty().get());
        assertEquals(
                List.of(RunFixtures.W3_SENTENCE), vm.detailsProperty().get().divergences());
        vm.show(chipless);
        assertEquals(-1, vm.selectedProperty().get());
        assertEquals(chipless.details(), vm.detailsProperty().get());
        assertEquals(chipless, vm.selectedDivergenceProperty().get());
        vm.select(3);
        assertEquals(onW3, vm.selectedDivergenceProperty().get(), "the list follows the chip");
    }

    @Test
    void findGoesByMsgIdToTheNextClientWithItOrByLine() {
        RunViewModel vm = showing(RunFixtures.projection());
        assertTrue(vm.find("1"));
        assertEquals(0, vm.selectedProperty().get());
        assertTrue(vm.find(" 1 "));
        assertEquals(1, vm.selectedProperty().get(), "the same msg_id, the next client");
        assertTrue(vm.find("1"));
        assertEquals(0, vm.selectedProperty().get(), "and round again");
        assertTrue(vm.find("line 4"));
        assertEquals(2, vm.selectedProperty().get());
        assertTrue(vm.find(":6"));
        assertEquals(4, vm.selectedProperty().get());
        vm.filterProperty().set(new RunFilter("y", Set.of("c3")));
        assertTrue(vm.find("a"), "a string msg_id without its quotes");
        assertEquals(4, vm.selectedProperty().get());
        assertTrue(vm.find("1"));
        assertEquals(RunFilter.ALL, vm.filterProperty().get(), "found outside the filter: all shown");
        assertFalse(vm.find("nope"));
        assertEquals(
                "Nothing found for nope (a msg_id, or line N)",
                vm.statusProperty().get());
        assertFalse(vm.find("line x"));
        assertFalse(vm.find(""));
    }

    @Test
    void editAsScenarioTakesTheScenarioOnlyOfARunSmallEnough() {
        RunViewModel vm = showing(RunFixtures.projection());
        assertTrue(vm.canEditProperty().get());
        vm.editAsScenario();
        assertEquals(List.of(RunFixtures.SCENARIO), edited);
        vm.show(RunFixtures.longRun(RunSession.EDIT_LIMIT + 1, "w1"));
        assertFalse(vm.canEditProperty().get());
        assertTrue(vm.statusProperty().get().contains("read-only (above the edit limit of 2,000 operations)"));
        vm.editAsScenario();
        assertEquals(1, edited.size());
    }

    @Test
    void aClickSelectsTheChipUnderTheMouse() {
        RunViewModel vm = showing(RunFixtures.projection());
        RunViewport v = vm.viewportProperty().get();
        vm.pick(v.x(3), RunFrames.AXIS + RunFrames.LANE / 2);
        assertEquals(2, vm.selectedProperty().get());
        vm.pick(GUTTER / 2, RunFrames.AXIS + RunFrames.LANE / 2);
        assertEquals(2, vm.selectedProperty().get(), "a click on no chip leaves the selection");
    }

    @Test
    void aFittedRunFitsANewWidthKeepingTheSelectionInView() {
        RunViewModel vm = direct(files -> RunFixtures.longRun(100, "w1"));
        vm.open(List.of(Path.of("a.in")), done::add);
        assertFalse(vm.viewportProperty().get().sized(), "no canvas yet");
        vm.resize(GUTTER + 1000);
        RunViewport fitted = vm.viewportProperty().get();
        assertTrue(fitted.fitted() && fitted.detailed(), fitted.toString());
        vm.select(90);
        assertTrue(vm.viewportProperty().get().fitted(), "in view already");
        vm.resize(GUTTER + 300);
        RunViewport v = vm.viewportProperty().get();
        double x = v.x(91);
        assertTrue(v.detailed() && x > GUTTER && x < v.width(), "the selected chip, as a chip: " + v);
    }

    @Test
    void theWheelScrollsAndWithCtrlZoomsAroundTheMouse() {
        RunViewModel vm = showing(RunFixtures.longRun(3000, "w1"));
        vm.zoomTo(10);
        vm.scrollTo(1000);
        vm.wheel(0, -120, false, 600);
        assertEquals(1012, vm.viewportProperty().get().first(), 1e-9, "120 px later");
        double tick = vm.viewportProperty().get().tickAt(600);
        vm.wheel(0, 120, true, 600);
        assertEquals(12.5, vm.viewportProperty().get().scale(), 1e-9);
        assertEquals(tick, vm.viewportProperty().get().tickAt(600), 1e-9);
        vm.zoomOut();
        assertEquals(6.25, vm.viewportProperty().get().scale(), 1e-9);
        vm.fit();
        assertTrue(vm.viewportProperty().get().fitted());
    }
}
