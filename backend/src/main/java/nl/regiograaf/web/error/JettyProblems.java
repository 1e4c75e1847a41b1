package nl.regiograaf.web.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import nl.regiograaf.web.SecurityHeaders;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors that Jetty answers itself, before Javalin sees the request (a URI too long, headers too large, an
 * ambiguous or badly encoded path): problem+json like every other error instead of Jetty's HTML page, with
 * only the status and its standard reason (never the message, which may quote the request), and the same security
 * headers as every other answer.
 */
public final class JettyProblems extends ErrorHandler {

    public JettyProblems() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        baseRequest.setHandled(true);
        response.setStatus(status);
        response.setContentType(Problems.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        SecurityHeaders.HEADERS.forEach(response::setHeader);
        response.getOutputStream().write(body(status));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        // A refusal at the protocol level (400 bad URI, 414, 431) carries the same security headers as every answer.
        SecurityHeaders.HEADERS.forEach(fields::put);
        return ByteBuffer.wrap(body(status));
    }

    static byte[] body(int status) {
        String title = HttpStatus.getMessage(status);
        return ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"The request was refused before it reached Regiograaf: " + title.toLowerCase() + ".\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
