package nl.regiograaf.config;

/**
 * A start that cannot go on because of the environment (data directory, port, locked store). Its message is the one
 * line the user reads: what is wrong and which variable to change. {@code Main} prints it and exits non-zero.
 */
public final class StartupException extends RuntimeException {

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }

    public StartupException(String message) {
        super(message);
    }
}
