package io.conflictexplorer.gui.schemes.view;

import io.conflictexplorer.gui.schemes.model.KeyCell;
import io.conflictexplorer.gui.schemes.model.ReplicaCell;
import io.conflictexplorer.gui.schemes.model.SchemeColumn;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One clock scheme's column: its name, the four counters (acknowledged, visible, lost, clock
 * size), the stored values with their clocks per replica and key, what the step's read returned,
 * and the narration with the rule that decided the step. A key of many siblings shows its first
 * values and a link, "+97 more", that names them all; "fold" folds them again. Made anew from a
 * {@link SchemeColumn} at every change; colours come from schemes.css.
 */
final class SchemeColumnView extends VBox {

    /**
     * @param expand names every value of a scheme's column, or folds them again (by the scheme's name)
     * @param cluster true when the scenario has replicas to name
     */
    SchemeColumnView(SchemeColumn c, boolean cluster, Consumer<String> expand) {
        setId("compare-column-" + c.scheme());
        getStyleClass().addAll("scheme-column", c.scheme().equals("lww") ? "scheme-column-lww" : "scheme-column-vv");
        setMinWidth(0);
        setPrefWidth(0); // the columns share the width equally (HBox gives each the same extra)
        setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(this, Priority.ALWAYS);

        Label name = label(c.scheme(), "scheme-name");
        name.setId("compare-" + c.scheme() + "-name");
        Label title = label(c.title(), "scheme-title");
        HBox counters = new HBox(
                counter(c, "acknowledged", c.acknowledged(), "writes the store acknowledged"),
                counter(c, "visible", c.visible(), "values a read could return now"),
                counter(c, "lost", c.lost(), "acknowledged writes silently lost"),
                counter(c, "clock-size", c.clockSize(), "entries in the clocks it stores for the key"));
        counters.getStyleClass().add("scheme-counters");
        getChildren().addAll(name, title, counters);

        getChildren().add(label("STORED", "scheme-section"));

        boolean anyStored = false;
        for (ReplicaCell r : c.replicas()) {
            if (cluster) {
                getChildren()
                        .add(label(
                                r.replica() + "  (" + r.siblings() + (r.siblings() == 1 ? " value" : " values")
                                        + ", clock size " + r.clockSize() + ")",
                                "scheme-replica"));
            }
            for (KeyCell k : r.keys()) {
                anyStored = true;
                getChildren().add(key(c, k, expand));
            }
        }
        if (!anyStored) {
            getChildren().add(label("nothing stored", "scheme-key-size"));
        }
        if (c.expanded()) {
            Hyperlink fold = new Hyperlink("fold the siblings into a count");
            fold.setId("compare-fold-" + c.scheme());
            fold.getStyleClass().add("scheme-expand");
            fold.setOnAction(e -> expand.accept(c.scheme()));
            getChildren().add(fold);
        }
        if (!c.read().isEmpty()) {
            Label read = label("read returned: " + c.read(), "scheme-read");
            read.setId("compare-" + c.scheme() + "-read");
            getChildren().add(read);
        }
        Label narration = label(c.narration(), "scheme-narration");
        narration.setId("compare-" + c.scheme() + "-narration");
        if (c.lostNow()) {
            narration.getStyleClass().add("scheme-narration-lost");
        }
        getChildren().add(narration);
    }

    private static Node key(SchemeColumn c, KeyCell k, Consumer<String> expand) {
        Label stored = label(k.key() + ": " + k.stored(), "scheme-stored");
        stored.getStyleClass().add("stored-" + c.scheme());
        Label size = label(
                k.siblings() + (k.siblings() == 1 ? " value" : " values") + ", clock size " + k.clockSize(),
                "scheme-key-size");
        VBox box = new VBox(2, stored, size);
        if (k.hidden() > 0) {
            Hyperlink more = new Hyperlink("+" + k.hidden() + " more");
            more.setId("compare-expand-" + c.scheme());
            more.getStyleClass().add("scheme-expand");
            more.setTooltip(new Tooltip("Show all " + k.siblings() + " values of " + k.key()));
            more.setOnAction(e -> expand.accept(c.scheme()));
            box.getChildren().add(more);
        }
        return box;
    }

    private static VBox counter(SchemeColumn c, String what, int value, String tip) {
        Label v = label(String.valueOf(value), "scheme-counter-value");
        v.setId("compare-" + c.scheme() + "-" + what);
        Label caption = label(what.replace('-', ' '), "scheme-counter-caption");
        caption.setWrapText(false);
        caption.setMinWidth(Label.USE_PREF_SIZE);
        VBox box = new VBox(v, caption);
        box.getStyleClass().add("scheme-counter");
        if (what.equals("lost") && value > 0) {
            box.getStyleClass().add("scheme-counter-lost");
        }
        Tooltip.install(box, new Tooltip(tip));
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
