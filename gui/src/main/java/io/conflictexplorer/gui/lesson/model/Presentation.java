package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.gui.platform.ViewCommand;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * How the window presents the lesson, whatever the scenario: the zoom, Presenter view, the dark
 * theme, a blanked screen, the playback speed, and which page Presenter shows where the lesson
 * comes in two pages. Nothing here changes what the scenario shows, so none of it is recomputed or
 * undone; {@link Settings} remembers the theme and the speed. Plain JavaFX properties, no toolkit.
 */
public final class Presentation {

    /**
     * Where Presenter cannot show the diagram, the narration and both panels at once with the class's
     * type (a small projector, wide chips, many lanes), it shows them in two pages: the diagram with
     * the narration, and the narration with the panels.
     */
    public enum Page {
        DIAGRAM,
        RESULTS,
        /**
         * A room's panels (the node test's "Your node"), after the results where a room shows one:
         * on the results page they took the height LWW's and VV's panels need at the class's type.
         */
        ROOM
    }

    /** Shortest and longest zoom factors; 1 is the desk view. */
    public static final double MIN_ZOOM = 0.75;

    public static final double MAX_ZOOM = 2.5;
    private static final double ZOOM_STEP = 0.25;
    /** The zoom Presenter view starts at, at least: readable from the back of a room. */
    private static final double PRESENTER_ZOOM = 1.5;
    /** The playback speeds offered, slowest first. */
    public static final List<Double> SPEEDS = List.of(0.5, 1.0, 1.5, 2.0, 3.0);

    private final DoubleProperty zoom = new BoundedDoubleProperty(1.0, MIN_ZOOM, MAX_ZOOM);
    private final BooleanProperty presenter = new SimpleBooleanProperty(false);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper blank = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty speed = new BoundedDoubleProperty(1.0, SPEEDS.get(0), SPEEDS.get(SPEEDS.size() - 1));
    private final ReadOnlyBooleanWrapper paged = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty onePage = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.DIAGRAM);
    /** The room page's name where a room shows its panels in two pages; empty when there is none. */
    private final ReadOnlyStringWrapper roomPage = new ReadOnlyStringWrapper("");

    private final ViewCommand flipPage = new ViewCommand(this::turnPage, paged.getReadOnlyProperty());

    /** The diagram's zoom; values outside [{@link #MIN_ZOOM}, {@link #MAX_ZOOM}] are clamped. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty presenterProperty() {
        return presenter;
    }

    /** The dark theme for a dim room (remembered by {@link Settings}). */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** True while the screen is blanked (a clicker's B or "."): the class looks at the teacher. */
    public ReadOnlyBooleanProperty blankProperty() {
        return blank.getReadOnlyProperty();
    }

    /** How fast playback steps: 1 is one step every 1.2 s; clamped to {@link #SPEEDS}' range. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /**
     * True while the window shows the lesson in two pages ({@link Page}); the window's layout decides,
     * as it measures what fits.
     */
    public ReadOnlyBooleanProperty pagedProperty() {
        return paged.getReadOnlyProperty();
    }

    /**
     * The teacher's choice: the whole lesson on one page in Presenter, with smaller type, rather
     * than in two pages (the diagram and the panels seen together while dragging).
     */
    public BooleanProperty onePageProperty() {
        return onePage;
    }

    /** The window's layout shows the lesson in two pages, or all at once again. */
    public void setPaged(boolean on) {
        paged.set(on);
    }

    /** The page shown while {@link #pagedProperty() paged}: the diagram until the teacher turns to the results. */
    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** Shows {@code p} (another scenario starts at the diagram). */
    public void showPage(Page p) {
        page.set(p);
    }

    /**
     * Turns from the diagram to the results, then to the room's page where there is one, then back
     * to the diagram; only while the lesson is in pages.
     */
    public ViewCommand flipPageCommand() {
        return flipPage;
    }

    private void turnPage() {
        page.set(
                switch (page.get()) {
                    case DIAGRAM -> Page.RESULTS;
                    case RESULTS -> roomPage.get().isEmpty() ? Page.DIAGRAM : Page.ROOM;
                    case ROOM -> Page.DIAGRAM;
                });
    }

    /** The name of the page a room's panels stand on in Presenter's pages ({@link Page#ROOM}); empty when none. */
    public ReadOnlyStringProperty roomPageProperty() {
        return roomPage.getReadOnlyProperty();
    }

    /**
     * The window's layout gives a room's panels a page of their own, named {@code name}, or none
     * ({@code ""}); the teacher on that page turns back to the results.
     */
    public void setRoomPage(String name) {
        roomPage.set(name);
        if (name.isEmpty() && page.get() == Page.ROOM) {
            page.set(Page.RESULTS);
        }
    }

    public void zoomIn() {
        zoom.set(zoom.get() + ZOOM_STEP);
    }

    public void zoomOut() {
        zoom.set(zoom.get() - ZOOM_STEP);
    }

    public void resetZoom() {
        zoom.set(1.0);
    }

    /** Presenter view: the high-contrast theme and a zoom readable from the back of a room. */
    public void setPresenter(boolean on) {
        presenter.set(on);
        zoom.set(on ? Math.max(zoom.get(), PRESENTER_ZOOM) : 1.0);
    }

    /** Blanks the screen, or shows it again. */
    public void toggleBlank() {
        blank.set(!blank.get());
    }

    public void setBlank(boolean on) {
        blank.set(on);
    }
}
