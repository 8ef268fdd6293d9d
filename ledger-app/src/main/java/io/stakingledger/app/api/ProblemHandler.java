package io.stakingledger.app.api;

import io.stakingledger.app.store.ConcurrentChange;
import io.stakingledger.app.store.StoreRecovery;
import io.stakingledger.app.store.StoreUnavailable;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.projections.PoolUnreadable;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Every error raised in or around a controller as a problem of {@link Problems}: rejections by their
 * reason, the framework's own failures (unknown route, method, media type, unreadable body) with details
 * written here rather than passed on, store failures as 503 with {@code Retry-After}, and anything
 * unexpected as a 500 whose {@code errorId} is also in the log with the failure.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final StoreRecovery recovery;

    public ProblemHandler(StoreRecovery recovery) {
        this.recovery = recovery;
    }

    @ExceptionHandler(CommandRejected.class)
    public ResponseEntity<ProblemDetail> rejected(CommandRejected rejection, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = answer(Problems.kindOf(rejection.reason()), rejection.getMessage(),
                request.getRequestURI(), new HttpHeaders());
        if (rejection instanceof BulkRejected bulk) {
            answer.getBody().setProperty("index", bulk.index());
            answer.getBody().setProperty("commandType", bulk.type());
            if (bulk.commandId() != null) {
                answer.getBody().setProperty("commandId", bulk.commandId());
            }
        }
        return answer;
    }

    @ExceptionHandler(BulkCommands.TooManyCommands.class)
    public ResponseEntity<ProblemDetail> tooManyCommands(BulkCommands.TooManyCommands tooMany, HttpServletRequest request) {
        return answer(Problems.Kind.PAYLOAD_TOO_LARGE, tooMany.getMessage(), request.getRequestURI(), new HttpHeaders());
    }

    @ExceptionHandler(ConcurrentChange.class)
    public ResponseEntity<ProblemDetail> concurrentChange(ConcurrentChange conflict, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(conflict.retryAfter().toSeconds()));
        return answer(Problems.Kind.CONCURRENT_CHANGE, conflict.getMessage(), request.getRequestURI(), headers);
    }

    @ExceptionHandler(StoreUnavailable.class)
    public ResponseEntity<ProblemDetail> storeUnavailable(StoreUnavailable unavailable, HttpServletRequest request) {
        log.warn("store unavailable: {}", rootMessage(unavailable));
        recovery.afterFailure();
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(unavailable.retryAfter().toSeconds()));
        return answer(Problems.Kind.STORE_UNAVAILABLE, unavailable.getMessage(), request.getRequestURI(), headers);
    }

    /** A pool whose history cannot be folded: its views fail, the failure was logged when it happened. */
    @ExceptionHandler(PoolUnreadable.class)
    public ResponseEntity<ProblemDetail> poolUnreadable(PoolUnreadable unreadable, HttpServletRequest request) {
        return answer(Problems.Kind.INTERNAL_ERROR, unreadable.getMessage() + "; the other pools are unaffected",
                request.getRequestURI(), new HttpHeaders());
    }

    /** A database or I/O failure wherever it surfaces (a command, a view's catch-up, an audit) is a 503. */
    @ExceptionHandler({DataAccessException.class, EventStoreException.class})
    public ResponseEntity<ProblemDetail> storeFailure(RuntimeException failure, HttpServletRequest request) {
        return StoreUnavailable.causing(failure)
                .map(unavailable -> storeUnavailable(unavailable, request))
                .orElseGet(() -> unexpected(failure, request));
    }

    /** Anything else: a 500 that names an id under which the failure is logged, and nothing of the failure itself. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        String id = newErrorId();
        log.error("unexpected failure {} answering {} {}", id, request.getMethod(), request.getRequestURI(), failure);
        ResponseEntity<ProblemDetail> answer = answer(Problems.Kind.INTERNAL_ERROR, "the ledger failed to answer this "
                + "request; nothing was changed by the failure itself. The failure is logged as " + id,
                request.getRequestURI(), new HttpHeaders());
        answer.getBody().setProperty("errorId", id);
        return answer;
    }

    /** A short random id that ties an answer to its log line. */
    public static String newErrorId() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The framework's own failures, each told in our words: the exception's message (class names,
     * handler signatures, parser output) is never passed on.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
        HttpHeaders kept = new HttpHeaders();
        if (headers != null && headers.getAllow() != null && !headers.getAllow().isEmpty()) {
            kept.setAllow(headers.getAllow());
        }
        if (status.is5xxServerError()) {
            String id = newErrorId();
            log.error("unexpected failure {} answering {}", id, path, ex);
            ProblemDetail problem = Problems.of(Problems.Kind.INTERNAL_ERROR,
                    "the ledger failed to answer this request. The failure is logged as " + id);
            problem.setProperty("errorId", id);
            Problems.setInstance(problem, path);
            return ResponseEntity.status(status).headers(kept).contentType(Problems.PROBLEM_JSON).body(problem);
        }
        Problems.Kind kind = Problems.kindOf(status.value());
        ResponseEntity<ProblemDetail> answer = answer(kind, detailOf(ex, status), path, kept);
        return ResponseEntity.status(status).headers(answer.getHeaders()).body(answer.getBody());
    }

    private static String detailOf(Exception ex, HttpStatusCode status) {
        if (ex instanceof HttpRequestMethodNotSupportedException method) {
            Set<HttpMethod> allowed = method.getSupportedHttpMethods();
            return "method " + method.getMethod() + " is not allowed here" + (allowed == null || allowed.isEmpty() ? ""
                    : "; allowed: " + allowed.stream().map(HttpMethod::name).collect(Collectors.toCollection(TreeSet::new)));
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return "the body must be JSON: send Content-Type: application/json (UTF-8)";
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return "answers are application/json (errors application/problem+json); accept one of them";
        }
        if (ex instanceof NoResourceFoundException) {
            return "there is no resource at this path";
        }
        return Problems.detailOf(status.value());
    }

    /** An unreadable body: too large (413), or not JSON the ledger can read (400). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestLimits.BodyTooLarge tooLarge) {
                ResponseEntity<ProblemDetail> answer = answer(Problems.Kind.PAYLOAD_TOO_LARGE, tooLarge.getMessage(),
                        path, new HttpHeaders());
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).headers(answer.getHeaders())
                        .body(answer.getBody());
            }
        }
        ResponseEntity<ProblemDetail> answer = answer(Problems.Kind.INVALID_INPUT,
                "the request body cannot be read as JSON", path, new HttpHeaders());
        return ResponseEntity.badRequest().headers(answer.getHeaders()).body(answer.getBody());
    }

    private static ResponseEntity<ProblemDetail> answer(Problems.Kind kind, String detail, String path,
                                                        HttpHeaders headers) {
        ProblemDetail problem = Problems.of(kind, detail);
        Problems.setInstance(problem, path);
        return ResponseEntity.status(kind.status()).headers(headers).contentType(Problems.PROBLEM_JSON).body(problem);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
