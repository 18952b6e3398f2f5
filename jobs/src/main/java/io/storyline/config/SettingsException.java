package io.storyline.config;

/** Bad configuration: the command line prints the message as one line and exits with code 2. */
public final class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }
}
