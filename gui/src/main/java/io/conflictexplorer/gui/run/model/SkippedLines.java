package io.conflictexplorer.gui.run.model;

/**
 * The lines of an opened run that could not be taken, reported together once the readable lines
 * are open.
 *
 * @param count  how many
 * @param header one sentence: how many, and that the rest is open
 * @param text   one entry per line: {@code FILE line N: WHY}, then the line's text indented
 */
public record SkippedLines(int count, String header, String text) {}
