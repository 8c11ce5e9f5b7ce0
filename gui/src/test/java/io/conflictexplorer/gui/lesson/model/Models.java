package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.projection.DiagramModel;
import io.conflictexplorer.gui.projection.PanelState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/** View models as the window gets them, without a window: drag previews and playback run when the test says. */
public final class Models {

    public static final List<Preset> PRESETS = Assets.presets();

    private Models() {}

    /** Drag ticks are previewed at once; playback advances with {@code ticker}. */
    public static ExplorerViewModel viewModel(ManualTicker ticker) {
        return new ExplorerViewModel(PRESETS, Runnable::run, ticker);
    }

    public static ExplorerViewModel viewModel() {
        return viewModel(new ManualTicker());
    }

    public static Preset preset(String title) {
        return PRESETS.stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    /** Every value card a single store's panel shows. */
    public static int values(PanelState panel) {
        return panel.keys().stream().mapToInt(k -> k.values().size()).sum();
    }

    /** The value cards of {@code replica} in a cluster's panel. */
    public static int values(PanelState panel, String replica) {
        return panel.replicas().stream()
                .filter(r -> r.replica().equals(replica))
                .flatMap(r -> r.keys().stream())
                .mapToInt(k -> k.values().size())
                .sum();
    }

    public static DiagramModel.Chip chip(ExplorerViewModel vm, String id) {
        return vm.projected().getDiagram().chips().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** An executor that holds what it is given until {@link #runAll()}: the FX thread's queue, by hand. */
    public static final class Queue implements Executor {
        private final List<Runnable> queued = new ArrayList<>();

        @Override
        public void execute(Runnable r) {
            queued.add(r);
        }

        public int size() {
            return queued.size();
        }

        public void runAll() {
            List<Runnable> now = new ArrayList<>(queued);
            queued.clear();
            now.forEach(Runnable::run);
        }
    }
}
