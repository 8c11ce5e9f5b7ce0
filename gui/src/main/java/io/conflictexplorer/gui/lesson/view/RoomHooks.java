package io.conflictexplorer.gui.lesson.view;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;

/**
 * What a room of its own adds to the main window, wired in from the shell without the main view
 * knowing the room: panels beside the LWW and VV panels ({@link #panels()}), and items at the end
 * of the scenario menu ({@link #menuItems()}). The node test ({@code gui.nodetest}) adds its "your
 * node" panel and its two menu items here.
 *
 * <p>Kept in the main view's node properties, as a layout pane keeps its children's constraints
 * ({@code GridPane.setRowIndex}): {@link #of(Node)} gives the main view's, made on first use, so the
 * shell and the view's own parts find the same one. The window's fit ({@code WindowFit}) lays the
 * panels out after LWW and VV, in a row under the diagram or a column beside it, or, where Presenter
 * shows the lesson in pages, on a page of their own named {@link #pageName()}; it fits again when one
 * is added, removed, shown or hidden; the menu lists the items each time it opens.
 */
public final class RoomHooks {

    private static final Object KEY = RoomHooks.class;

    private final ObservableList<Node> panels = FXCollections.observableArrayList();
    private final ObservableList<MenuItem> menuItems = FXCollections.observableArrayList();
    private final StringProperty pageName = new SimpleStringProperty("More");

    private RoomHooks() {}

    /** The hooks of {@code mainView} (the main window's root), made on first use. */
    public static RoomHooks of(Node mainView) {
        return (RoomHooks) mainView.getProperties().computeIfAbsent(KEY, k -> new RoomHooks());
    }

    /** The hooks of the main view {@code node} stands in, or null when it stands in none. */
    static RoomHooks around(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof MainView) {
                return of(n);
            }
        }
        return null;
    }

    /** Panels after LWW's and VV's: a hidden one (not visible) takes no room. */
    public ObservableList<Node> panels() {
        return panels;
    }

    /** The name of the page the panels stand on in Presenter's pages, as its button says it ("Your node"). */
    public StringProperty pageName() {
        return pageName;
    }

    /** Items at the end of the scenario menu, after a separator. */
    public ObservableList<MenuItem> menuItems() {
        return menuItems;
    }
}
