package nl.regiograaf.web.error;

import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on, rendered as RFC 7807 problem details. {@code parameter} names the
 * offending query or path parameter; {@code errors} lists row-level problems of an import.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final String parameter;
    private final List<Map<String, Object>> errors;

    public ApiException(int status, String title, String detail, String parameter, List<Map<String, Object>> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.parameter = parameter;
        this.errors = errors;
    }

    public static ApiException badRequest(String parameter, String detail) {
        return new ApiException(400, "Bad request", detail, parameter, List.of());
    }

    public static ApiException notFound(String parameter, String detail) {
        return new ApiException(404, "Not found", detail, parameter, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String parameter() {
        return parameter;
    }

    public List<Map<String, Object>> errors() {
        return errors;
    }
}
