package io.conflictexplorer.check.run;

/**
 * Where an operation of an opened run came from: the transcript line that asked for it.
 *
 * @param file  the file's name
 * @param line  its line number, from 1
 * @param msgId the request's {@code msg_id} as JSON text, or null when it had none
 * @param text  the line as it is in the file
 */
public record RunSource(String file, int line, String msgId, String text) {}
