package io.stakingledger.app.security;

import io.stakingledger.app.store.StoreRecovery;
import io.stakingledger.app.store.StoreUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Authentication reads the store (the API key's row). When the store fails there (a full disk, a closed
 * database), the request is answered as every other store failure is: a 503 {@code store-unavailable}
 * problem with {@code Retry-After}, and the store's connections are renewed ({@link StoreRecovery}),
 * rather than an internal error from the filter chain. Failures inside controllers never get here: the
 * problem handler answers them.
 */
class StoreFailureFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StoreFailureFilter.class);

    private final StoreRecovery recovery;

    StoreFailureFilter(StoreRecovery recovery) {
        this.recovery = recovery;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            Optional<StoreUnavailable> unavailable = StoreUnavailable.causing(failure);
            if (unavailable.isEmpty() || response.isCommitted()) {
                throw failure;
            }
            log.warn("store unavailable while authenticating: {}", rootMessage(failure));
            recovery.afterFailure();
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(unavailable.get().retryAfter().toSeconds()));
            SecurityProblems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable",
                    "Store unavailable", unavailable.get().getMessage(), Map.of());
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
