package io.conflictexplorer.gui.lesson.view;

import static io.conflictexplorer.gui.lesson.view.Buttons.button;

import io.conflictexplorer.gui.lesson.model.ClusterEditing;
import io.conflictexplorer.gui.lesson.model.Document;
import io.conflictexplorer.gui.lesson.model.Editing;
import io.conflictexplorer.gui.lesson.model.Presentation;
import io.conflictexplorer.gui.lesson.model.Selection;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The row at the top: the preset picker, the scenario menu, the edit buttons, files and zoom in a
 * toolbar that gives way first (what does not fit goes into its "more" menu), and, pinned at its
 * right, what a teacher reaches for mid-lesson: undo, redo and Presenter.
 */
final class Toolbar extends HBox {

    private final ToolBar bar;

    Toolbar(
            Document document,
            Editing editing,
            ClusterEditing cluster,
            Selection selection,
            Presentation presentation,
            Node scenarioMenu,
            FileActions files) {
        Button addClient =
                button("add-client", "mdi2a-account-plus", "Client", "Add a client lane", editing::addClient);
        Button addRead = button(
                "add-read", "mdi2b-book-open-variant", "Read", "Add a read on the active lane", editing::addRead);
        Button addReplica = button(
                "add-replica",
                "mdi2s-server-plus",
                null,
                "Add a replica: the store becomes a cluster that gossips; its lanes show under the clients",
                cluster::addReplica);
        Button addWrite =
                button("add-write", "mdi2p-pencil", "Write", "Add a write on the active lane", editing::addWrite);
        ToggleButton blind = new ToggleButton("Blind", new FontIcon("mdi2e-eye-off-outline"));
        blind.setId("toggle-blind");
        blind.setTooltip(new Tooltip("A blind write sends no context: it has not read anything"));
        blind.disableProperty().bind(editing.blindCommand().enabledProperty().not());
        selection.selectedIsBlindProperty().addListener((obs, was, now) -> blind.setSelected(now));
        blind.setOnAction(e -> editing.blindCommand().execute());
        Button delete = button(
                "delete-op",
                "mdi2d-delete-outline",
                null,
                "Delete the selected chip (Delete)",
                editing.deleteCommand());

        Button undo = button("undo", "mdi2u-undo", null, "Undo (Ctrl+Z)", editing.undoCommand());
        undo.getTooltip()
                .textProperty()
                .bind(Bindings.concat(editing.undoCommand().textProperty(), " (Ctrl+Z)"));
        Button redo = button("redo", "mdi2r-redo", null, "Redo (Ctrl+Y)", editing.redoCommand());
        redo.getTooltip()
                .textProperty()
                .bind(Bindings.concat(editing.redoCommand().textProperty(), " (Ctrl+Y)"));

        Button open = button("open", "mdi2f-folder-open", null, "Open a scenario file (Ctrl+O)", files::open);
        Button save = button(
                "save", "mdi2c-content-save", null, "Save this scenario as a file (Ctrl+S)", () -> files.saveAs());
        Button export = button(
                "export-png",
                "mdi2i-image-outline",
                null,
                "Export this step as a slide (PNG, 1920x1080); SVG, frames, Mermaid and more in the scenario menu",
                files::exportPng);

        Button zoomOut =
                button("zoom-out", "mdi2m-magnify-minus-outline", null, "Smaller (Ctrl -)", presentation::zoomOut);
        Button zoomIn = button("zoom-in", "mdi2m-magnify-plus-outline", null, "Larger (Ctrl +)", presentation::zoomIn);
        ToggleButton presenter = new ToggleButton("Presenter", new FontIcon("mdi2p-presentation"));
        presenter.setId("presenter");
        presenter.setTooltip(new Tooltip("High contrast and large type for the projector (F5 or P)"));
        presenter.setSelected(presentation.presenterProperty().get());
        presentation.presenterProperty().addListener((obs, was, now) -> presenter.setSelected(now));
        presenter.setOnAction(e -> presentation.setPresenter(presenter.isSelected()));

        bar = new ToolBar(
                new PresetPicker(document),
                scenarioMenu,
                new Separator(),
                addClient,
                addReplica,
                addRead,
                addWrite,
                blind,
                delete,
                new Separator(),
                open,
                save,
                export,
                new Separator(),
                zoomOut,
                zoomIn);
        bar.setId("toolbar");
        bar.setMinWidth(0); // it gives way first: what does not fit goes into its "more" menu
        // what a teacher reaches for mid-lesson stays in sight at any size: never in the "more" menu
        ToolBar pinned = new ToolBar(undo, redo, new Separator(), presenter);
        pinned.setId("toolbar-pinned");
        pinned.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        getChildren().addAll(bar, pinned);
        setId("toolbar-row");
    }

    /** The toolbar that gives way (the pinned one at its right never does). */
    ToolBar bar() {
        return bar;
    }
}
