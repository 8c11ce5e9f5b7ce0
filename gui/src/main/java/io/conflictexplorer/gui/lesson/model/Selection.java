package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.core.sim.Scenario;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the teacher pointed at: the selected operation (its causal past, future and concurrent
 * operations light up) and the active client lane, where new reads and writes go. Both always name
 * something in the scenario: a selected operation that an edit removed is cleared, and the active
 * lane falls back to the first client. Whether the selection is a write, and blind, is what the
 * projection says of it. Plain JavaFX properties, no toolkit.
 */
public final class Selection {

    private final Supplier<Scenario> scenario;
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper activeClient = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper selectedIsWrite = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper selectedIsBlind = new ReadOnlyBooleanWrapper(false);

    /** @param scenario the scenario on display, which every selection must be part of */
    Selection(Supplier<Scenario> scenario) {
        this.scenario = scenario;
    }

    /** The selected operation's id; null when nothing is selected. */
    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The client lane new reads and writes go to: the selected operation's, or the lane last clicked. */
    public ReadOnlyStringProperty activeClientProperty() {
        return activeClient.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty selectedIsWriteProperty() {
        return selectedIsWrite.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty selectedIsBlindProperty() {
        return selectedIsBlind.getReadOnlyProperty();
    }

    /** Selects operation {@code id} (null clears); its causal past, future and concurrent operations light up. */
    public void select(String id) {
        Scenario s = scenario.get();
        selected.set(id != null && s.operation(id) != null ? id : null);
        if (selected.get() != null) {
            activeClient.set(s.operation(id).client());
        }
    }

    /** Makes {@code client}'s lane the active one; a client not in the scenario changes nothing. */
    public void selectLane(String client) {
        if (scenario.get().clients().contains(client)) {
            activeClient.set(client);
        }
    }

    /** The selected operation's id, or null. */
    String selected() {
        return selected.get();
    }

    /** The active lane's client, else the scenario's first. */
    String targetClient() {
        String c = activeClient.get();
        return c != null ? c : scenario.get().clients().get(0);
    }

    /** Selects {@code id} as it is (an operation just added or dragged), or clears with null. */
    void set(String id) {
        selected.set(id);
    }

    void setActiveClient(String client) {
        activeClient.set(client);
    }

    /** The scenario is now {@code s}: what it no longer holds is no longer selected or active. */
    void scenarioChanged(Scenario s) {
        if (selected.get() != null && s.operation(selected.get()) == null) {
            selected.set(null);
        }
        if (activeClient.get() == null || !s.clients().contains(activeClient.get())) {
            activeClient.set(s.clients().isEmpty() ? null : s.clients().get(0));
        }
    }

    /** What the projection says of the selected operation. */
    void projected(boolean isWrite, boolean isBlind) {
        selectedIsWrite.set(isWrite);
        selectedIsBlind.set(isBlind);
    }
}
