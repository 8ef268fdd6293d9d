package io.stakingledger.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.api.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security refusals as RFC 7807 problems, with the ledger's problem types: 401
 * {@code .../problems/unauthenticated}, 403 {@code .../problems/permission-denied} (the detail names
 * the missing permission), 429 {@code .../problems/rate-limited} (with {@code Retry-After}). Written
 * both from the security filters (before any controller) and for {@link PermissionDenied} thrown by a
 * controller's fine-grained check.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityProblems {

    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String PERMISSION_DENIED = "permission-denied";
    public static final String RATE_LIMITED = "rate-limited";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecurityEvents events;

    public SecurityProblems(SecurityEvents events) {
        this.events = events;
    }

    @ExceptionHandler(PermissionDenied.class)
    public ResponseEntity<ProblemDetail> denied(PermissionDenied denied, HttpServletRequest request) {
        events.denied(request, 403, denied.permission(), denied.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, denied.getMessage());
        problem.setType(URI.create(Problems.TYPE_BASE + PERMISSION_DENIED));
        problem.setTitle("Permission denied");
        problem.setProperty("permission", denied.permission());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Writes a problem straight to the response, for the filters that answer before any controller. */
    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug,
                      String title, String detail, Map<String, Object> extra) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problems.TYPE_BASE + slug);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail.length() <= Problems.MAX_DETAIL ? detail : detail.substring(0, Problems.MAX_DETAIL));
        String path = request.getRequestURI();
        if (path != null && !path.isEmpty() && path.length() <= Problems.MAX_INSTANCE) {
            body.put("instance", path);
        }
        body.putAll(extra);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
        response.flushBuffer();
    }
}
