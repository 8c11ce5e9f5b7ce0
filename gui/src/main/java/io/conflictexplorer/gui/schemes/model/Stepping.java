package io.conflictexplorer.gui.schemes.model;

/**
 * The main window's step commands, which the compare window's keys run (PageDown, PageUp, Home,
 * End, R): a presentation clicker steps the lesson whichever window has the focus, and the main
 * window keeps its own rules for a step (predict, then reveal).
 */
public record Stepping(Runnable forward, Runnable back, Runnable first, Runnable last, Runnable reveal) {

    /** No stepping: the keys do nothing. */
    public static final Stepping NONE = new Stepping(() -> {}, () -> {}, () -> {}, () -> {}, () -> {});
}
