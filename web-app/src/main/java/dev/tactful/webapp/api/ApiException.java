package dev.tactful.webapp.api;

/** A service answered with an error status; the problem it sent (if it sent one) says why. */
public class ApiException extends RuntimeException {

    private final int status;
    private final transient Problem problem;

    public ApiException(int status, Problem problem) {
        super("Service answered " + status + (problem == null || problem.detail() == null ? "" : ": " + problem.detail()), null,
                false, false);
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    /** The problem document; never null (a bare status becomes a problem with only the status). */
    public Problem problem() {
        return problem == null ? new Problem(null, null, status, null, null) : problem;
    }

    public boolean isClientError() {
        return status >= 400 && status < 500;
    }
}
