package dev.tactful.events.cloudevents;

/** A record that does not carry a valid CloudEvent: consumers send it to the DLQ rather than retrying. */
public class InvalidCloudEventException extends RuntimeException {
    public InvalidCloudEventException(String message) {
        super(message);
    }

    public InvalidCloudEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
