package io.conflictexplorer.gui.run.model;

import io.conflictexplorer.core.sim.Scenario;

/** Takes a run's scenario into the main window, to edit it as a preset is (the run window's "Edit as scenario"). */
@FunctionalInterface
public interface EditAsScenario {

    void edit(Scenario scenario);
}
