package io.conflictexplorer.gui.lesson.view;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keys a lecturer presses, presentation clickers included: each {@link Binding} runs its action
 * on a key press anywhere in the window, except while a text field has the focus (typing a value
 * into a chip never steps or blanks). They are an event filter, not accelerators, so a focused
 * button or slider cannot swallow Space or an arrow first. While {@code blanked} says the screen is
 * blank, any key brings it back and does nothing else, as a slide show does.
 */
public final class LectureKeys {

    /**
     * One shortcut: the key presses that match it, or the character typed ({@code "?"} lies on
     * different keys on different keyboards); {@code keys} and {@code action} are what the shortcut
     * sheet shows.
     */
    public record Binding(String keys, String action, List<KeyCombination> presses, String typed, Runnable run) {
        public Binding {
            presses = List.copyOf(presses);
        }

        public static Binding of(String keys, String action, Runnable run, KeyCombination... presses) {
            return new Binding(keys, action, List.of(presses), null, run);
        }

        /** Also matches the typed character {@code typed}. */
        public Binding orTyped(String character) {
            return new Binding(keys, action, presses, character, run);
        }
    }

    /** Whether the screen is blank now, and how to show it again. */
    public interface Blank {
        boolean blanked();

        void unblank();
    }

    private final List<Binding> bindings;
    private final Blank blank;

    public LectureKeys(List<Binding> bindings, Blank blank) {
        this.bindings = List.copyOf(bindings);
        this.blank = blank;
    }

    /** The shortcuts in the order the sheet lists them. */
    public List<Binding> bindings() {
        return bindings;
    }

    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (typing(scene) || e.getCode().isModifierKey()) {
                return;
            }
            if (blank.blanked()) {
                blank.unblank();
                e.consume();
                return;
            }
            for (Binding b : bindings) {
                if (b.presses().stream().anyMatch(k -> k.match(e))) {
                    b.run().run();
                    e.consume();
                    return;
                }
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (typing(scene) || blank.blanked()) {
                return;
            }
            for (Binding b : bindings) {
                if (b.typed() != null && b.typed().equals(e.getCharacter())) {
                    b.run().run();
                    e.consume();
                    return;
                }
            }
        });
    }

    private static boolean typing(Scene scene) {
        return scene.getFocusOwner() instanceof TextInputControl;
    }
}
