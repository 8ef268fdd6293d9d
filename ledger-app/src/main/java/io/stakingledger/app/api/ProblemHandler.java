package io.stakingledger.app.api;

import io.stakingledger.app.store.ConcurrentChange;
import io.stakingledger.app.store.StoreRecovery;
import io.stakingledger.app.store.StoreUnavailable;
import io.stakingledger.core.common.CommandRejected;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;

/** Every error as RFC 7807 problem JSON: a stable {@code type}, a human {@code detail}, the right status. */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final StoreRecovery recovery;

    public ProblemHandler(StoreRecovery recovery) {
        this.recovery = recovery;
    }

    /** Every problem type of the ledger is this base followed by a slug (also for the security problems). */
    public static final String TYPE_BASE = "https://staking-ledger.dev/problems/";

    @ExceptionHandler(CommandRejected.class)
    public ProblemDetail rejected(CommandRejected rejection) {
        HttpStatus status = switch (rejection.reason()) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case LIMIT_EXCEEDED -> HttpStatus.UNPROCESSABLE_ENTITY;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        String slug = rejection.reason().name().toLowerCase().replace('_', '-');
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, rejection.getMessage());
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(switch (rejection.reason()) {
            case INVALID_INPUT -> "Invalid input";
            case NOT_FOUND -> "Not found";
            case LIMIT_EXCEEDED -> "Limit exceeded";
            case CONFLICT -> "Conflict with the pool's state";
        });
        return problem;
    }

    @ExceptionHandler(ConcurrentChange.class)
    public ResponseEntity<ProblemDetail> concurrentChange(ConcurrentChange conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
        problem.setType(URI.create(TYPE_BASE + "concurrent-change"));
        problem.setTitle("Changed concurrently");
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(conflict.retryAfter().toSeconds()))
                .body(problem);
    }

    @ExceptionHandler(StoreUnavailable.class)
    public ResponseEntity<ProblemDetail> storeUnavailable(StoreUnavailable unavailable) {
        log.warn("store unavailable: {}", rootMessage(unavailable));
        recovery.afterFailure();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, unavailable.getMessage());
        problem.setType(URI.create(TYPE_BASE + "store-unavailable"));
        problem.setTitle("Store unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(unavailable.retryAfter().toSeconds()))
                .body(problem);
    }

    /** A database or I/O failure wherever it surfaces (a command, a view's catch-up, an audit) is a 503. */
    @ExceptionHandler({DataAccessException.class, EventStoreException.class})
    public ResponseEntity<ProblemDetail> storeFailure(RuntimeException failure) {
        return StoreUnavailable.causing(failure).map(this::storeUnavailable).orElseThrow(() -> failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "parameter " + e.getName() + " has an invalid value: " + e.getValue());
        problem.setType(URI.create(TYPE_BASE + "invalid-input"));
        problem.setTitle("Invalid input");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "malformed request body: " + JsonErrors.describe(ex.getMostSpecificCause()));
        problem.setType(URI.create(TYPE_BASE + "invalid-input"));
        problem.setTitle("Invalid input");
        return ResponseEntity.badRequest().body(problem);
    }
}
