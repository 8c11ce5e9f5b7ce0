package io.conflictexplorer.gui.lesson.view.diagram;

import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.projection.ChipText;
import io.conflictexplorer.gui.projection.DiagramModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * One operation on its lane. Pressing and moving drags it along the lane (snapped to ticks), a
 * click selects it, a double click edits it in place. Every gesture ends in a view-model call.
 *
 * <p>A node shows whichever operation {@link ChipLayer} gives it: the diagram makes nodes only for
 * the chips near the visible part and hands a node that scrolled out of view to a chip that
 * scrolled in. One dragged or edited ({@link #busy()}) keeps its operation.
 */
final class ChipNode extends VBox {

    private final ExplorerViewModel vm;
    private final Label title = new Label();
    private final Label clock = new Label();
    private final Label stamp = new Label();
    private final Label replicaTag = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final CheckMenuItem blindItem = new CheckMenuItem("Blind write (send no context)");
    private final MenuItem editItem = new MenuItem("Edit in place");
    private DiagramModel.Chip chip;
    private Geometry geometry;
    private int shownLane = -1;
    private ChipLayout.Placed shownPlace;
    private final EdgeScroll edgeScroll;
    private final DragColumns columns;
    /** The geometry when the drag began: the mouse maps to ticks on it, so widened columns do not feed back. */
    private Geometry pressGeometry;
    /** Where on the chip it was grabbed, from its tick's x, in diagram pixels. */
    private double grab;

    private double pressX;
    private long pressTime;
    private boolean dragging;
    /** The tick under the pointer while a large scenario's drag waits for its preview, else -1. */
    private long ghost = -1;

    private TextField editor;
    private ContextMenu menu;
    /** The mark a room put on this chip's operation ({@link DiagramView#chipMarks()}), or null. */
    private ChipMark mark;
    /** The tooltip's text without the mark's note. */
    private String tip = "";

    private final MenuItem deleteItem;

    ChipNode(ExplorerViewModel vm, EdgeScroll edgeScroll, DragColumns columns) {
        this.vm = vm;
        this.edgeScroll = edgeScroll;
        this.columns = columns;
        getStyleClass().add("chip");
        title.getStyleClass().add("chip-title");
        clock.getStyleClass().add("chip-clock");
        stamp.getStyleClass().add("chip-stamp");
        replicaTag.getStyleClass().add("chip-replica");
        title.setWrapText(true);
        clock.setWrapText(true);
        getChildren().addAll(title, clock, stamp);
        Tooltip.install(this, tooltip);

        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> vm.editing().deleteOperation(chip.id()));
        editItem.setOnAction(e -> startEditing());
        blindItem.setOnAction(e -> vm.editing().setBlind(chip.id(), blindItem.isSelected()));
        this.deleteItem = delete;
        setOnContextMenuRequested(e -> {
            showMenu(e.getScreenX(), e.getScreenY());
            e.consume();
        });

        setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY || editor != null) {
                return;
            }
            pressX = e.getSceneX();
            pressTime = chip.time();
            pressGeometry = geometry;
            grab = diagramX(e.getSceneX(), e.getSceneY()) - geometry.x(pressTime);
            dragging = false;
            e.consume();
        });
        setOnMouseDragged(e -> {
            if (e.getButton() != MouseButton.PRIMARY || editor != null) {
                return;
            }
            double dx = e.getSceneX() - pressX;
            if (!dragging && Math.abs(dx) >= 4) {
                dragging = true;
                // the columns hold still under the pointer until the release, however it comes
                columns.hold(getScene(), chip.id(), this, this::dropped);
                toFront(); // over the neighbours it may pass
                vm.editing().beginDrag(chip.id());
            }
            if (dragging) {
                double sceneX = e.getSceneX();
                double sceneY = e.getSceneY();
                Runnable to = () -> {
                    double x = diagramX(sceneX, sceneY);
                    long t = columns.steer(pressGeometry.time(x - grab), x);
                    vm.editing().dragTo(t);
                    follow(t);
                };
                to.run();
                edgeScroll.follow(sceneX, to); // near an edge the view scrolls and the chip follows
            }
            e.consume();
        });
        setOnMouseReleased(e -> {
            if (e.getButton() != MouseButton.PRIMARY || editor != null) {
                return;
            }
            edgeScroll.stop();
            if (dragging) {
                dropped();
                vm.editing().endDrag();
                columns.release();
            }
            e.consume();
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.SECONDARY) { // Monocle sends no context-menu event
                showMenu(e.getScreenX(), e.getScreenY());
                e.consume();
                return;
            }
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || editor != null) {
                return;
            }
            if (e.getClickCount() >= 2) {
                startEditing();
            } else {
                vm.selection()
                        .select(
                                chip.id()
                                                .equals(vm.selection()
                                                        .selectedProperty()
                                                        .get())
                                        ? null
                                        : chip.id());
            }
            e.consume();
        });
    }

    /**
     * A large scenario's preview takes a while (ChipDrag runs it in the background): until it shows,
     * the chip stands on tick {@code t} under the pointer, so the drag follows the hand at once. The
     * columns hold still meanwhile ({@link DragColumns}), so tick {@code t} stays where the pointer
     * is, and the preview, when it comes, places the chip on the same columns.
     */
    private void follow(long t) {
        if (vm.editing().dragRunsAhead() && shownPlace != null) {
            ghost = t;
            setTranslateX(geometry.x(t) - shownPlace.x());
        }
    }

    /** The drag ended (its release reached the chip, or was lost): the chip stands where its model puts it. */
    private void dropped() {
        edgeScroll.stop();
        dragging = false;
        ghost = -1;
        setTranslateX(0);
    }

    /** The x of a scene point in the diagram's coordinates (the chips' layer is at the diagram's origin). */
    private double diagramX(double sceneX, double sceneY) {
        return getParent().sceneToLocal(sceneX, sceneY).getX();
    }

    private void showMenu(double screenX, double screenY) {
        vm.selection().select(chip.id());
        if (menu == null) { // made on first use: a big scenario has hundreds of chips
            menu = new ContextMenu();
        }
        List<MenuItem> items = new ArrayList<>(List.of(editItem, blindItem));
        List<String> replicas = vm.projected().replicaIds();
        if (!replicas.isEmpty()) {
            items.add(new SeparatorMenuItem());
            for (String r : replicas) {
                MenuItem send = new MenuItem("Send to " + r);
                send.setDisable(r.equals(chip.replica()));
                send.setOnAction(e -> vm.cluster().sendTo(chip.id(), r));
                items.add(send);
            }
        }
        items.add(new SeparatorMenuItem());
        items.add(deleteItem);
        menu.getItems().setAll(items);
        menu.show(this, screenX, screenY);
    }

    /** True while it is dragged or edited: it must stay the node under the mouse or the keyboard. */
    boolean busy() {
        return dragging || editor != null;
    }

    /** The operation it shows, or null before the first {@link #update}. */
    String operation() {
        return chip == null ? null : chip.id();
    }

    /** Lays the chip out for {@code c}; does nothing when nothing it shows changed (most chips, during a drag). */
    void update(DiagramModel.Chip c, Geometry g, int lane, ChipLayout.Placed place) {
        // what a chip shows depends on the geometry's zoom and density only (its place gives the x);
        // a widened column elsewhere, which a drag changes at every tick, leaves it as it is
        boolean unchanged = c.equals(chip)
                && geometry != null
                && Double.compare(g.zoom(), geometry.zoom()) == 0
                && g.density() == geometry.density()
                && lane == shownLane
                && place.equals(shownPlace);
        this.geometry = g; // always the current columns: a press maps the mouse to ticks on them
        // a dragged chip waiting for its preview stays under the pointer (follow)
        setTranslateX(ghost >= 0 && dragging ? g.x(ghost) - place.x() : 0);
        if (unchanged) {
            return;
        }
        if (chip == null || !chip.id().equals(c.id())) {
            setId("chip-" + c.id());
        }
        this.chip = c;
        this.shownLane = lane;
        this.shownPlace = place;
        ChipText text = ChipText.of(c, g.compact(), g.split());
        title.setText(text.title());
        title.setWrapText(!g.compact()); // a cluster's lower lanes leave room for one title line
        clock.setWrapText(text.clockWraps() && !g.compact()); // a compact chip is as wide as its clock (ChipRuler)
        clock.setText(text.clock());
        stamp.setText(text.stamp());
        if (c.replica() != null) {
            replicaTag.setText("\u2192 " + c.replica()); // the replica it is sent to
            stamp.setGraphic(replicaTag);
        } else {
            stamp.setGraphic(null);
        }
        stamp.setManaged(!stamp.getText().isEmpty() || c.replica() != null);
        blindItem.setSelected(c.blind());
        blindItem.setVisible(c.write());
        editItem.setText(c.write() ? "Edit key and value" : "Edit key");
        tip = text.tooltip();
        tooltip.setText(markedTip());

        List<String> classes = new ArrayList<>(List.of("chip", c.write() ? "chip-write" : "chip-read"));
        if (c.blind()) {
            classes.add("chip-blind");
        } else if (c.noContext()) {
            classes.add("chip-no-context");
        }
        if (!c.applied()) {
            classes.add("chip-pending");
        }
        if (c.lostInLww()) {
            classes.add("chip-lost");
        }
        if (c.role() != DiagramModel.Role.NONE) {
            classes.add("role-" + c.role().name().toLowerCase(Locale.ROOT));
        }
        if (!getStyleClass().equals(classes)) {
            getStyleClass().setAll(classes); // only then does CSS run again for this chip
        }
        double w = place.width();
        setPrefWidth(w);
        setMinWidth(w);
        setMaxWidth(w);
        // a fixed height: a content-sized VBox loses the second line of a wrapped title
        setPrefHeight(g.chipHeight());
        setMinHeight(g.chipHeight());
        setMaxHeight(g.chipHeight());
        relocate(place.left(), g.laneTop(lane) + g.arcRoom());
    }

    /** Shows {@code m} (null: no mark) with its pseudo-classes and its tooltip line. */
    void mark(ChipMark m) {
        if (Objects.equals(m, mark)) {
            return;
        }
        mark = m;
        for (ChipMark.Kind k : ChipMark.Kind.values()) {
            pseudoClassStateChanged(PSEUDO.get(k.ordinal()), m != null && m.kind() == k);
        }
        pseudoClassStateChanged(STALE, m != null && m.stale());
        tooltip.setText(markedTip());
    }

    private String markedTip() {
        return mark == null || mark.note().isEmpty() ? tip : tip + "\n\n" + mark.note();
    }

    private static final List<PseudoClass> PSEUDO = Arrays.stream(ChipMark.Kind.values())
            .map(k -> PseudoClass.getPseudoClass(k.pseudoClass()))
            .toList();
    private static final PseudoClass STALE = PseudoClass.getPseudoClass(ChipMark.STALE);

    private void startEditing() {
        if (editor != null) {
            return;
        }
        editor = new TextField(chip.editText());
        editor.setId("chip-editor");
        editor.getStyleClass().add("chip-editor");
        getChildren().set(0, editor);
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                String text = editor.getText();
                stopEditing();
                if (chip.write()) {
                    vm.editing().editWrite(chip.id(), text);
                } else {
                    vm.editing().editReadKey(chip.id(), text);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stopEditing();
                e.consume();
            }
        });
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                stopEditing();
            }
        });
        editor.requestFocus();
        editor.selectAll();
    }

    private void stopEditing() {
        if (editor != null) {
            editor = null;
            getChildren().set(0, title);
        }
    }
}
