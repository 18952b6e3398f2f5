package io.storyline.config;

/** A request that cannot run as given (an input that does not exist, an unknown table): the command line exits with 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
