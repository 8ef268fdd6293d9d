package io.stakingledger.app.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page: whatever failed outside the controllers (a filter, a status sent
 * by the container, a failure while answering) is answered as a problem of {@link Problems} too, in
 * place of Spring Boot's default error JSON or an HTML page. An unexpected failure gets an id that is
 * logged with it.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : 404;
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problems.Kind kind = Problems.kindOf(status);
        ProblemDetail problem;
        if (status >= 500) {
            String id = ProblemHandler.newErrorId();
            log.error("unexpected failure {} answering {}", id, path,
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            problem = Problems.of(Problems.Kind.INTERNAL_ERROR, "the ledger failed to answer this request. The failure is "
                    + "logged as " + id);
            problem.setProperty("errorId", id);
        } else {
            problem = Problems.of(kind, Problems.detailOf(status));
        }
        problem.setStatus(status);
        Problems.setInstance(problem, path instanceof String text ? text : null);
        return ResponseEntity.status(status).contentType(Problems.PROBLEM_JSON).body(problem);
    }
}
