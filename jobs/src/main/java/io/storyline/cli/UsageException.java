package io.storyline.cli;

/** A request that cannot run as given (an input that does not exist, an unknown table): exit code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
