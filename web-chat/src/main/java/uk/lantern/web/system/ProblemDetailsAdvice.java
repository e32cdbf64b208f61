package uk.lantern.web.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import uk.lantern.engine.questionnaire.InvalidAnswersException;

/**
 * Every API error is an RFC 9457 problem detail that says what to fix. Messages describe the
 * problem without echoing what was sent, since answers can be personal.
 *
 * <p>A browser asking for a page (its {@code Accept} names {@code text/html}, and the address is
 * not under {@code /api/}, {@code /oruk} or the admin API {@code /admin/directory/}) gets a GOV.UK error page instead: an unknown address, a
 * malformed record id or a reload of a page that only answers a form all send the error status to
 * the servlet container, whose error dispatch renders {@code templates/error/404.html},
 * {@code 4xx.html} or {@code 5xx.html} with the staff header.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    /**
     * A request attribute a controller may set to a {@code Map<String, Object>} of properties to
     * add to the invalid-answers problem detail: the urgent concerns and their help, so a typo
     * elsewhere never hides a disclosure.
     */
    public static final String EXTRA_PROPERTIES = "lantern.problem.properties";

    @ExceptionHandler(InvalidAnswersException.class)
    ProblemDetail invalidAnswers(InvalidAnswersException e, HttpServletRequest request) {
        int count = e.problems().size();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                count == 1 ? "1 answer needs correcting; see \"problems\"."
                        : count + " answers need correcting; see \"problems\".");
        problem.setType(URI.create("/problems/invalid-answers"));
        problem.setTitle("Some answers need correcting");
        problem.setProperty("problems", e.problems());
        if (request.getAttribute(EXTRA_PROPERTIES) instanceof java.util.Map<?, ?> extra) {
            extra.forEach((name, value) -> problem.setProperty(String.valueOf(name), value));
        }
        return problem;
    }

    /**
     * A multipart body that cannot be parsed (a missing or wrong boundary, a cut-off part), on any
     * path: 400 rather than a server error. Bodies over the multipart limits keep their 413.
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The multipart body could not be read; send it again as multipart/form-data with its boundary.");
        problem.setType(URI.create("/problems/invalid-request"));
        problem.setTitle("The request is not in the expected form");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && wantsPage(servlet.getRequest())
                && servlet.getResponse() != null && !servlet.getResponse().isCommitted()) {
            try {
                servlet.getResponse().sendError(status.value());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // No body here: the error dispatch draws the page.
            return null;
        }
        return super.handleExceptionInternal(ex, body, headers, status, request);
    }

    /** Whether the request is a browser asking for a page rather than a client of the APIs. */
    static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // The directory's token-guarded admin API (a data officer's scripts) is an API too.
        if (path.startsWith("/api/") || path.startsWith("/oruk") || path.equals("/admin/directory")
                || path.startsWith("/admin/directory/")) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                        "Request bodies here may be at most " + tooLarge.limit() + " bytes.");
                problem.setType(URI.create("/problems/body-too-large"));
                problem.setTitle("The request body is too large");
                headers.set(HttpHeaders.CONNECTION, "close");
                return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
        }
        String detail;
        if (ex.getMostSpecificCause() instanceof UnrecognizedPropertyException unknown) {
            detail = "Unknown field \"" + unknown.getPropertyName() + "\" in the body; remove it and send again.";
        } else if (field(ex) != null) {
            detail = "\"" + field(ex) + "\" has the wrong type of value; it must be "
                    + expected(ex.getMostSpecificCause()) + ".";
        } else {
            detail = "The body is not valid JSON, or a value has the wrong type.";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("/problems/invalid-request"));
        problem.setTitle("The request is not in the expected form");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * The JSON path of the field whose value could not be read ({@code max}, {@code answers}), or
     * null when the body itself is not JSON. Field names are the API's own, never a value sent.
     */
    private static String field(HttpMessageNotReadableException ex) {
        Throwable root = ex.getMostSpecificCause();
        if (root instanceof tools.jackson.core.exc.StreamReadException
                && !(root instanceof tools.jackson.core.exc.InputCoercionException)) {
            return null; // not JSON at all: no field to name
        }
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof tools.jackson.core.JacksonException jackson && !jackson.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (tools.jackson.core.JacksonException.Reference r : jackson.getPath()) {
                    if (r.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
                    } else if (r.getIndex() >= 0) {
                        path.append('[').append(r.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }

    /** What a field of the expected Java type takes, in JSON words. */
    private static String expected(Throwable cause) {
        Class<?> type = cause instanceof tools.jackson.databind.exc.MismatchedInputException mismatch
                ? mismatch.getTargetType() : null;
        if (type == null) {
            return "a value of the documented type";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number in range";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "a value of the documented type";
    }
}
