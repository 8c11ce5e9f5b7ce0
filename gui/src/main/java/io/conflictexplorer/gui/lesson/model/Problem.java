package io.conflictexplorer.gui.lesson.model;

/** A message for an error dialog; {@code serial} makes two equal messages two events. */
public record Problem(long serial, String title, String message) {}
