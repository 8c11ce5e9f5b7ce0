package io.conflictexplorer.gui.lesson.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.BigScenario;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.ScenarioFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a scenario in the background: the window's view model keeps what it shows until the
 * file is read and run, a message says what is under way meanwhile, and the result is what File >
 * Open gives (the scenario, its file, one undo step; a bad file reported the same way). The
 * background thread and the FX thread are queues the test runs by hand.
 */
class OpeningTest {

    @TempDir
    Path dir;

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Deque<Runnable> fx = new ArrayDeque<>();
    private final ExplorerViewModel vm = Models.viewModel();
    private final Opening opening = new Opening(vm, background::add, fx::add, Runnable::run);

    private static void runAll(Deque<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    private Path file(String name, Scenario s) throws Exception {
        Path file = dir.resolve(name);
        ScenarioFiles.write(s, file);
        return file;
    }

    @Test
    void aFileIsShownOnceReadAndRunAndTheMessageSaysWhatHappensMeanwhile() throws Exception {
        Scenario before = vm.getScenario();
        Scenario cart = Models.preset("The shopping cart").scenario();
        Path file = file("cart.cexp.json", cart);
        opening.open(file);
        assertEquals("Opening cart.cexp.json ...", opening.messageProperty().get());
        assertEquals(before, vm.getScenario(), "nothing changes before the run is made");
        runAll(background);
        assertEquals(before, vm.getScenario());
        fx.poll().run(); // what the background thread says it does
        String running = opening.messageProperty().get();
        assertTrue(
                running.startsWith(
                        "Opening cart.cexp.json: running " + cart.clients().size() + " clients, "),
                running);
        assertTrue(running.endsWith(cart.operations().size() + " operations through LWW and VV ..."), running);
        runAll(fx);
        assertEquals(cart, vm.getScenario());
        assertEquals(file, vm.document().fileProperty().get());
        assertEquals(
                "Undo open cart.cexp.json",
                vm.editing().undoCommand().textProperty().get());
        assertEquals("", opening.messageProperty().get(), "nothing to wait for");
    }

    @Test
    void aFileThatIsNoScenarioIsReportedAsFileOpenReportsItAndNothingChanges() throws Exception {
        Scenario before = vm.getScenario();
        Path file = dir.resolve("notes.cexp.json");
        Files.writeString(file, "not a scenario");
        opening.open(file);
        runAll(background);
        runAll(fx);
        assertEquals(before, vm.getScenario());
        assertEquals(
                "This file cannot be opened",
                vm.document().problemProperty().get().title());
        assertEquals("", opening.messageProperty().get());
    }

    @Test
    void requestsAreShownInTheOrderMadeAndTheMessageStaysUntilTheLast() throws Exception {
        Scenario cart = Models.preset("The shopping cart").scenario();
        Scenario stale = Models.preset("A stale context").scenario();
        opening.open(file("cart.cexp.json", cart));
        opening.open(file("stale.cexp.json", stale));
        runAll(background);
        fx.poll().run();
        fx.poll().run();
        fx.poll().run(); // the first shown: the second still on its way
        assertEquals(cart, vm.getScenario());
        assertTrue(opening.messageProperty().get().startsWith("Opening stale.cexp.json"));
        runAll(fx);
        assertEquals(stale, vm.getScenario());
        assertEquals("", opening.messageProperty().get());
        vm.editing().undo();
        assertEquals(cart, vm.getScenario(), "each opened file is one undo step");
    }

    @Test
    void aFileReadAndRunFromTheStartIsShownAsIfOpenedThen() throws Exception {
        Scenario cart = Models.preset("The shopping cart").scenario();
        Path file = file("cart.cexp.json", cart);
        Opening.Early early = Opening.ahead(file); // on a thread of its own, before there is a window
        opening.open(file, early);
        runAll(background); // waits for it
        runAll(fx);
        assertEquals(cart, vm.getScenario());
        assertEquals(file, vm.document().fileProperty().get());
        assertEquals("", opening.messageProperty().get());
    }

    @Test
    void aChosenLessonFileOpensAtOnceAndALargeOneInTheBackground() throws Exception {
        Scenario cart = Models.preset("The shopping cart").scenario();
        opening.openChosen(file("cart.cexp.json", cart));
        assertEquals(cart, vm.getScenario(), "a lesson's file: at once, as File > Open always did");
        assertTrue(background.isEmpty());

        Scenario big = BigScenario.eachClient(8, 250, 10, 5);
        Path large = file("big.cexp.json", big);
        assertTrue(Files.size(large) > Opening.LARGE_FILE);
        opening.openChosen(large);
        assertEquals(cart, vm.getScenario(), "a large one: once read and run");
        assertTrue(opening.messageProperty().get().startsWith("Opening big.cexp.json"));
        runAll(background);
        runAll(fx);
        assertEquals(big, vm.getScenario());
    }

    @Test
    void whatWaitsForTheRequestsRunsOnceTheyAreShownAndAtOnceWhenNoneWaits() throws Exception {
        List<String> done = new ArrayList<>();
        opening.whenIdle(() -> done.add("idle at once"));
        opening.open(file("cart.cexp.json", Models.preset("The shopping cart").scenario()));
        opening.whenIdle(() -> done.add("after the open"));
        assertEquals(List.of("idle at once"), done);
        runAll(background);
        runAll(fx);
        assertEquals(List.of("idle at once", "after the open"), done);
    }
}
