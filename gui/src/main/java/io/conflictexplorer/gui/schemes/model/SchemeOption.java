package io.conflictexplorer.gui.schemes.model;

/**
 * A scheme the window can show, and whether it does: a toggle. {@code enabled} is false when the
 * toggle would leave fewer than {@link CompareViewModel#MIN_SHOWN} or more than
 * {@link CompareViewModel#MAX_SHOWN} columns.
 */
public record SchemeOption(String scheme, String title, boolean shown, boolean enabled) {}
