package io.conflictexplorer.gui.view.diagram;

import io.conflictexplorer.gui.model.DiagramModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The store lane's notes: what each applied write (and, in a cluster, each gossip arrival) did to
 * the store, per mode ("LWW lost a", "VV 2 siblings"). {@link #place} measures and places every
 * note ({@link MarkLayout}: the notes of close events never cover each other, so where one goes
 * depends on all before it on its lane); {@link #draw} shows those in the drawn window, on labels
 * kept for reuse (a new label costs a skin and a CSS pass).
 *
 * <p>A note is measured as its label would measure itself, from its text's width in the note's font
 * ({@link TextWidths}) plus the label's padding, taken once per style from a prototype label: a big
 * scenario has thousands of distinct notes, and the window's fit tries several zooms in a row.
 */
final class StoreNotes {

    /** The notes' styles: a loss, a conflict. */
    static final List<String> STYLES = List.of("store-mark store-mark-loss", "store-mark store-mark-conflict");

    /** Every note of a diagram, placed: what the drawing and the lesson's span need. */
    record Placed(List<DiagramModel.StoreMark> marks, double[] x, double[] y, double[] width, double end) {

        /** Each note's time, left and right: a step brings its notes into view. */
        List<double[]> spans() {
            List<double[]> out = new ArrayList<>(marks.size());
            for (int i = 0; i < marks.size(); i++) {
                out.add(new double[] {marks.get(i).time(), x[i], x[i] + width[i]});
            }
            return out;
        }
    }

    private final Pane pane = new Pane();
    private final TextWidths text = new TextWidths();
    /** A prototype label per style, invisible in the diagram, for its font and padding. */
    private final List<Label> prototypes = new ArrayList<>();

    private final List<Label> pool = new ArrayList<>();
    /** Each note's size by style, then text, while the fonts stay. */
    private final List<Map<String, double[]>> sizes = List.of(new HashMap<>(), new HashMap<>());

    private Object fonts;
    /** Per style: the padding and border left and right of the text, and the height of a line. */
    private final double[][] frame = new double[STYLES.size()][];

    private Object placedKey;
    private Placed placed;

    StoreNotes() {
        pane.setMouseTransparent(true);
        for (String style : STYLES) {
            Label p = new Label("LWW lost x");
            p.getStyleClass().addAll(style.split(" "));
            p.setManaged(false);
            p.setVisible(false); // CSS, which gives the font and padding, applies to it all the same
            prototypes.add(p);
            pane.getChildren().add(p);
        }
    }

    Node node() {
        return pane;
    }

    /** Measures and places the notes of {@code m} on {@code layout}; the same as last time when nothing they depend on changed. */
    Placed place(DiagramModel m, ChipLayout layout, Bands bands, boolean inScene) {
        Geometry g = layout.geometry();
        Object key = List.of(m.marks(), m.clients(), g, m.replicas(), fonts == null ? "" : fonts);
        if (key.equals(placedKey)) {
            return placed;
        }
        List<DiagramModel.StoreMark> marks = m.marks();
        List<MarkLayout.Note> notes = new ArrayList<>(marks.size());
        for (DiagramModel.StoreMark mark : marks) {
            double[] size = size(mark, inScene);
            // in a replica lane a note starts just right of its tick, so the gossip arrow's head stays visible
            // on the store a note starts below its write's chip (as wide as its text), else where an even chip would
            double chipLeft = mark.replica() != null ? Double.NaN : layout.left(mark.operation());
            double x = mark.replica() != null
                    ? g.x(mark.time()) + 6 * g.zoom()
                    : !Double.isNaN(chipLeft) ? chipLeft : g.x(mark.time()) - g.chipWidth() / 2;
            notes.add(new MarkLayout.Note(Objects.toString(mark.replica()), mark.operation(), x, size[0], size[1]));
        }
        List<MarkLayout.Spot> spots = MarkLayout.place(notes, 3 * g.zoom());
        double storeTop = g.laneTop(m.clients().size());
        double[] xs = new double[marks.size()];
        double[] ys = new double[marks.size()];
        double[] ws = new double[marks.size()];
        double end = 0;
        for (int i = 0; i < marks.size(); i++) {
            DiagramModel.StoreMark mark = marks.get(i);
            double top = mark.replica() == null ? storeTop : bands.replicaTop().getOrDefault(mark.replica(), storeTop);
            xs[i] = spots.get(i).x();
            ys[i] = top + 3 * g.zoom() + spots.get(i).y();
            ws[i] = notes.get(i).width();
            end = Math.max(end, xs[i] + ws[i]);
        }
        placed = new Placed(marks, xs, ys, ws, end);
        // measured before the CSS gave the fonts: placed again once shown
        placedKey = inScene ? key : null;
        return placed;
    }

    /** Shows the notes of {@code p} that lie in [{@code from}, {@code to}]. */
    void draw(Placed p, double from, double to) {
        int used = 0;
        for (int i = 0; i < p.marks().size(); i++) {
            if (p.x()[i] > to || p.x()[i] + p.width()[i] < from) {
                continue;
            }
            DiagramModel.StoreMark mark = p.marks().get(i);
            if (used == pool.size()) {
                Label label = new Label();
                label.setMinWidth(Region.USE_PREF_SIZE); // a note is placed as wide as its text, never cut
                pool.add(label);
                pane.getChildren().add(label);
            }
            // labels are reused: a new Label costs a skin and a CSS pass, too slow for hundreds per drag tick
            Label label = pool.get(used++);
            label.setText(mark.text());
            List<String> classes = new ArrayList<>(List.of("label"));
            classes.addAll(List.of(STYLES.get(style(mark)).split(" ")));
            if (!label.getStyleClass().equals(classes)) {
                label.getStyleClass().setAll(classes);
            }
            label.setVisible(true);
            label.setManaged(true);
            label.relocate(p.x()[i], p.y()[i]);
        }
        for (int i = used; i < pool.size(); i++) {
            // spare labels are hidden, not removed, so they keep their CSS
            pool.get(i).setVisible(false);
            pool.get(i).setManaged(false);
        }
    }

    /** Forgets the placing and the sizes: measured again at the next {@link #place}. */
    void forget() {
        placedKey = null;
        fonts = null;
        sizes.forEach(Map::clear);
    }

    private static int style(DiagramModel.StoreMark mark) {
        return mark.loss() ? 0 : 1;
    }

    /** Brings the fonts and padding up to date with the CSS (call after the zoom or the view changed). */
    void refresh(boolean inScene) {
        List<Object> now = new ArrayList<>();
        for (Label p : prototypes) {
            p.applyCss();
            now.add(p.getFont());
            now.add(p.getInsets());
            now.add(p.getLabelPadding());
        }
        if (now.equals(fonts)) {
            return;
        }
        fonts = inScene ? now : null;
        sizes.forEach(Map::clear);
        text.clear();
        for (int i = 0; i < prototypes.size(); i++) {
            Label p = prototypes.get(i);
            double textWidth = text.width(p.getFont(), p.getText());
            frame[i] = new double[] {p.prefWidth(-1) - textWidth, p.prefHeight(-1)};
        }
    }

    /** A note's width and height as its label lays itself out: its text's width, the frame around it. */
    double[] size(DiagramModel.StoreMark mark, boolean inScene) {
        int style = style(mark);
        double[] size = sizes.get(style).get(mark.text());
        if (size == null) {
            Label p = prototypes.get(style);
            if (TextWidths.simple(mark.text())) {
                size = new double[] {
                    Math.ceil(text.width(p.getFont(), mark.text()) + frame[style][0]), Math.ceil(frame[style][1])
                };
            } else { // another script, whose line may be taller: as the label lays it out
                String was = p.getText();
                p.setText(mark.text());
                size = new double[] {Math.ceil(p.prefWidth(-1)), Math.ceil(p.prefHeight(-1))};
                p.setText(was);
            }
            if (inScene) { // else no CSS yet: measured again once shown
                sizes.get(style).put(mark.text(), size);
            }
        }
        return size;
    }
}
