package io.conflictexplorer.gui.lesson.model;

import static io.conflictexplorer.gui.lesson.model.Models.chip;
import static io.conflictexplorer.gui.lesson.model.Models.preset;
import static io.conflictexplorer.gui.lesson.model.Models.values;
import static io.conflictexplorer.gui.lesson.model.Models.viewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.gui.projection.ClusterState;
import io.conflictexplorer.gui.projection.DiagramModel;
import io.conflictexplorer.gui.projection.PanelState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cluster as a teacher edits it, through the view model: links cut and healed, replicas added, clocks skewed. */
class ClusterEditingTest {

    private final ExplorerViewModel vm = viewModel();

    private PanelState lww() {
        return vm.projected().lwwPanelProperty().get();
    }

    private PanelState vv() {
        return vm.projected().vvPanelProperty().get();
    }

    private NetworkEvent.Partition partition(String id) {
        return vm.getScenario().topology().partition(id).orElseThrow();
    }

    private ClusterState.Link link(String a, String b) {
        return vm.projected().clusterStateProperty().get().links().stream()
                .filter(l -> l.a().equals(a) && l.b().equals(b))
                .findFirst()
                .orElseThrow();
    }

    private long skew(String replica) {
        return vm.projected().clusterStateProperty().get().replicas().stream()
                .filter(r -> r.id().equals(replica))
                .findFirst()
                .orElseThrow()
                .skew();
    }

    @Test
    void everyClusterPresetStepsFromStartToEndAndEveryOperationCanBeSelected() {
        for (String title : List.of(
                "Partition, then heal", "A fast clock beats a later write", "Per-replica counters lose a write")) {
            vm.document().loadPreset(preset(title));
            assertTrue(vm.projected().clusterProperty().get(), title);
            assertTrue(
                    vm.getSimulation().vv().steps().stream().anyMatch(s -> s instanceof Step.Arrival),
                    title + " has gossip");
            assertEquals(
                    List.of("n1", "n2"),
                    vm.projected().clusterStateProperty().get().replicaIds());
            assertEquals(
                    List.of("n1", "n2"),
                    vm.projected().getDiagram().replicas().stream()
                            .map(DiagramModel.ReplicaLane::id)
                            .toList());
            int steps = vm.playback().stepCountProperty().get();
            for (int i = 0; i <= steps; i++) {
                vm.playback().setCursor(i);
                assertEquals(i, vm.playback().cursorProperty().get());
                assertEquals(
                        vm.getScenario().topology().replicas().size(),
                        vm.projected().vvPanelProperty().get().replicas().size());
            }
            // the causality view copes with gossip steps too
            for (Operation op : vm.getScenario().operations()) {
                vm.selection().select(op.id());
                assertEquals(DiagramModel.Role.SELECTED, chip(vm, op.id()).role());
            }
            vm.selection().select(null);
        }
    }

    @Test
    void partitionPresetShowsTheCutGossipAndBothSidesAfterTheHealAndItsBarMovesInOneStep() {
        vm.document().loadPreset(preset("Partition, then heal"));
        assertEquals(
                List.of(new DiagramModel.PartitionBar("p1", "n1", "n2", 2, 14)),
                vm.projected().getDiagram().partitions());
        assertEquals(1, lww().counters().lost());
        assertEquals(2, values(vv(), "n1"));
        assertEquals(2, values(vv(), "n2"));
        assertEquals(1, values(lww(), "n1"));
        assertTrue(vv().converged(), "replicas agree");
        assertEquals(1, lww().lost().size());
        assertTrue(vm.projected().getDiagram().messages().stream().anyMatch(m -> !m.arrived()), "cut gossip is drawn");
        assertTrue(
                vm.projected().getDiagram().messages().stream().anyMatch(m -> m.lossInLww()),
                "the heal's gossip makes LWW lose");

        // drag the partition's end 3 ticks earlier: one undoable edit
        vm.cluster().dragPartitionEnd("p1", -1);
        vm.cluster().dragPartitionEnd("p1", -2);
        vm.cluster().dragPartitionEnd("p1", -3);
        vm.cluster().endTopologyDrag();
        assertEquals(11, partition("p1").end());
        assertEquals(2, partition("p1").start());
        assertEquals(
                "Undo move the cut n1-n2 to t=2..11",
                vm.editing().undoCommand().textProperty().get());
        vm.editing().undo();
        assertEquals(14, partition("p1").end());
        // the start cannot pass the end; the whole bar keeps its length and stops at tick 0
        vm.cluster().dragPartitionStart("p1", 40);
        assertEquals(13, partition("p1").start());
        vm.cluster().dragPartition("p1", -9); // from the drag's start (2..14): whole bar, clamped at 0
        vm.cluster().endTopologyDrag();
        assertEquals(0, partition("p1").start());
        assertEquals(12, partition("p1").end());
        vm.editing().undo();
        // drag the whole bar 2 ticks later
        vm.cluster().dragPartition("p1", 1);
        vm.cluster().dragPartition("p1", 2);
        vm.cluster().endTopologyDrag();
        assertEquals(4, partition("p1").start());
        assertEquals(16, partition("p1").end());
        vm.editing().undo();
        assertEquals(2, partition("p1").start());
        assertEquals(
                "Undo load Partition, then heal",
                vm.editing().undoCommand().textProperty().get());
    }

    @Test
    void cutALinkWriteOnBothSidesHealAndSeeLwwLoseOneAndVvKeepBoth() {
        Scenario empty = new Scenario("Two replicas", "", List.of("c1", "c2"), List.of(), Topology.cluster(2, 4, 1));
        vm.document().show(empty);

        vm.cluster().toggleLink("n1", "n2", 1); // cut from t=1
        assertEquals(1, vm.getScenario().topology().network().size());
        assertEquals(1, partition("p1").start());
        assertEquals(
                "Undo cut n1-n2 at t=1",
                vm.editing().undoCommand().textProperty().get());

        // c1 writes at t=3 (on n1, the default); c2 writes at t=5 and sends it to n2
        vm.editing().addWrite("c1", 3);
        vm.editing().addWrite("c2", 5);
        String w2 = vm.selection().selectedProperty().get();
        vm.cluster().sendTo(w2, "n2");
        assertEquals("n2", vm.getScenario().operation(w2).replica());
        assertEquals("n2", chip(vm, w2).replica());

        // during the cut each side has only its own write
        int afterW2 = vm.getSimulation().vv().stepOf(w2).index() + 1;
        vm.playback().setCursor(afterW2);
        assertEquals(1, values(vv(), "n1"));
        assertEquals(1, values(vv(), "n2"));
        assertFalse(vv().converged(), "replicas differ");
        assertEquals(0, lww().counters().lost());

        // heal at t=7: the cut now ends there
        vm.cluster().toggleLink("n1", "n2", 7);
        assertEquals(7, partition("p1").end());
        assertEquals(
                "Undo heal n1-n2 at t=7",
                vm.editing().undoCommand().textProperty().get());
        vm.playback().setCursor(vm.playback().stepCountProperty().get());
        assertEquals(1, lww().counters().lost());
        assertEquals(1, lww().lost().size());
        assertEquals(1, values(lww(), "n1"));
        assertEquals(1, values(lww(), "n2"));
        assertEquals(2, values(vv(), "n1"), "VV keeps both writes as siblings on n1");
        assertEquals(2, values(vv(), "n2"), "and on n2");
        assertTrue(vv().replicas().get(0).keys().get(0).conflict());
        assertEquals(0, vv().counters().lost());
        assertTrue(vv().converged(), "replicas agree");

        // every step was an undoable edit: heal, send, two writes, cut
        for (int i = 0; i < 5; i++) {
            vm.editing().undo();
        }
        assertEquals(empty, vm.getScenario());
    }

    @Test
    void draggingTheSkewSliderToZeroSavesTheCausallyLaterWriteInOneUndoStep() {
        vm.document().loadPreset(preset("A fast clock beats a later write"));
        assertEquals(50, skew("n1"));
        assertEquals(1, lww().counters().lost());
        assertTrue(chip(vm, "w2").lostInLww());

        for (long s : new long[] {40, 20, 3, 0}) {
            vm.cluster().setSkew("n1", s, true); // the thumb is held
        }
        assertEquals(0, lww().counters().lost(), "the scenario follows the thumb");
        // an undo now would take back the drag so far: its release may never come
        assertEquals(
                "Undo set n1's skew to 0",
                vm.editing().undoCommand().textProperty().get());
        vm.cluster().setSkew("n1", 0, false); // released
        assertEquals(0, vm.getScenario().topology().replica("n1").skew());
        assertEquals(0, skew("n1"));
        assertEquals(0, vm.projected().getDiagram().replicas().get(0).skew());
        assertEquals(0, lww().counters().lost());
        assertTrue(lww().lost().isEmpty());
        assertFalse(chip(vm, "w2").lostInLww());
        assertEquals(
                "Undo set n1's skew to 0",
                vm.editing().undoCommand().textProperty().get());

        // the whole drag is one undo step
        vm.editing().undo();
        assertEquals(50, skew("n1"));
        assertEquals(1, lww().counters().lost());

        // a click on the track (no drag) is an edit of its own
        vm.cluster().setSkew("n1", 10, false);
        assertEquals(10, skew("n1"));
        assertEquals(
                "Undo set n1's skew to 10",
                vm.editing().undoCommand().textProperty().get());
    }

    @Test
    void switchingTheClockSchemeShowsTheNaiveLossAndTheDottedFix() {
        vm.document().loadPreset(preset("Per-replica counters lose a write"));
        assertEquals(
                ClockScheme.CLIENT_COUNTERS,
                vm.projected().clusterStateProperty().get().scheme());
        assertEquals(2, vv().counters().lost());
        assertEquals(1, values(vv(), "n1"));
        assertFalse(vv().converged());

        vm.cluster().setScheme(ClockScheme.DOTTED);
        assertEquals(
                ClockScheme.DOTTED, vm.projected().clusterStateProperty().get().scheme());
        assertEquals(0, vv().counters().lost());
        assertEquals(2, values(vv(), "n1"));
        assertEquals(2, values(vv(), "n2"));
        assertTrue(vv().converged());

        vm.editing().undo();
        assertEquals(2, vv().counters().lost());
    }

    @Test
    void addingAReplicaTurnsTheStoreIntoACluster() {
        assertTrue(vm.projected().getDiagram().replicas().isEmpty());
        assertFalse(vm.projected().clusterProperty().get());
        assertEquals(List.of(), vm.projected().replicaIds());
        vm.cluster().addReplica();
        assertTrue(vm.projected().clusterProperty().get());
        assertEquals(List.of("n1", "n2"), vm.projected().replicaIds());
        assertEquals(2, vm.projected().getDiagram().replicas().size());
        // everything still runs on n1, so LWW loses there as before and VV keeps both
        assertEquals(1, lww().counters().lost());
        assertEquals(2, values(vv(), "n1"));
        vm.cluster().addReplica();
        assertEquals(3, vm.projected().getDiagram().replicas().size());
        assertEquals(
                List.of("n1-n2", "n1-n3", "n2-n3"),
                vm.projected().clusterStateProperty().get().links().stream()
                        .map(l -> l.a() + "-" + l.b())
                        .toList());
        vm.editing().undo();
        vm.editing().undo();
        assertFalse(vm.projected().clusterProperty().get());
        assertTrue(vm.projected().getDiagram().replicas().isEmpty());
        assertEquals(ClusterState.SINGLE, vm.projected().clusterStateProperty().get());
    }

    @Test
    void theLinkCommandHealsAndCutsAtTheTimeCursor() {
        vm.document().loadPreset(preset("Partition, then heal"));
        int afterW2 = vm.getSimulation().vv().stepOf("w2").index() + 1;
        vm.playback().setCursor(afterW2); // c2's write at t=8 is the step just applied, inside the cut
        assertEquals(8, vm.projected().cursorTick(), "the cursor stands where the step happened");
        assertEquals(
                "step " + afterW2 + " of " + vm.playback().stepCountProperty().get() + ", t=8",
                vm.projected().stepTextProperty().get());
        assertTrue(link("n1", "n2").cut(), "the button offers to heal");
        vm.cluster().toggleLinkAtCursor("n1", "n2");
        assertEquals(8, partition("p1").end(), "healed at the cursor's tick");
        assertFalse(link("n1", "n2").cut(), "the button offers to cut");
        // healed earlier, the loss happens earlier but still happens: the writes are concurrent
        vm.playback().setCursor(vm.playback().stepCountProperty().get());
        assertEquals(1, lww().counters().lost());
        assertEquals(2, values(vv(), "n2"));
        vm.editing().undo();
        assertEquals(14, partition("p1").end());
    }

    @Test
    void sliderTicksAreBatchedUntilTheSchedulerRunsAndTheReleaseEndsTheDrag() {
        Models.Queue fxQueue = new Models.Queue();
        ExplorerViewModel batched = new ExplorerViewModel(Models.PRESETS, fxQueue, new ManualTicker());
        batched.document().loadPreset(preset("A fast clock beats a later write"));
        long before = batched.revision();
        batched.cluster().setSkew("n1", 40, true);
        batched.cluster().setSkew("n1", 30, true);
        batched.cluster().setSkew("n1", 20, true);
        assertEquals(1, fxQueue.size(), "one preview queued for three ticks");
        assertEquals(50, batched.getScenario().topology().replica("n1").skew());
        fxQueue.runAll();
        assertEquals(20, batched.getScenario().topology().replica("n1").skew());
        assertEquals(before + 1, batched.revision(), "one recompute for three ticks");
        batched.cluster().setSkew("n1", 0, true);
        batched.cluster().setSkew("n1", 0, false); // released before the scheduler ran: applied at once
        assertEquals(0, batched.getScenario().topology().replica("n1").skew());
        assertEquals(
                "Undo set n1's skew to 0",
                batched.editing().undoCommand().textProperty().get());
        batched.editing().undo();
        assertEquals(50, batched.getScenario().topology().replica("n1").skew());
    }

    /**
     * Found by {@code EditingSessionProperties}: c1's write reaches n2 by gossip, c2's later write at
     * n2 (which never saw it) overwrites it there under LWW, and gossip brings c2's write to n1, where
     * it overwrites c1's again. One write lost, at two replicas: one LOST card, as the counter says.
     */
    @Test
    void aWriteLostAtTwoReplicasIsOneLostCard() {
        vm.document().newScenario();
        vm.cluster().addReplica(); // n1 and n2, gossiping every 4 ticks
        vm.editing().addWrite("c1", 1);
        vm.editing().addWrite("c2", 8);
        vm.cluster().sendTo(vm.selection().selectedProperty().get(), "n2");
        vm.playback().last();
        assertEquals(1, lww().counters().lost());
        assertEquals(1, lww().lost().size(), "one LOST card for the one write lost");
        assertEquals(
                vm.getScenario().operations().get(0).id(), lww().lost().get(0).operation(), "c1's write");
    }
}
