package io.stakingledger.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Runs right after authentication: takes one token from the caller's bucket (the authenticated actor, or
 * {@code ip:<address>} for an anonymous request) and answers 429 with {@code Retry-After} when it is
 * empty. A request whose credentials were refused never gets here; the 401 entry point takes its token
 * from the address's bucket instead ({@link #takeOnce}).
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final String TAKEN = RateLimitFilter.class.getName() + ".taken";

    private final RateLimits limits;
    private final SecurityEvents events;

    RateLimitFilter(RateLimits limits, SecurityEvents events) {
        this.limits = limits;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String caller = Callers.current().map(Caller::actor).orElse("ip:" + request.getRemoteAddr());
        if (takeOnce(limits, events, caller, request, response)) {
            chain.doFilter(request, response);
        }
    }

    /**
     * Takes a token for this request unless one was taken already; answers 429 and returns false when the
     * bucket is empty.
     */
    static boolean takeOnce(RateLimits limits, SecurityEvents events, String caller, HttpServletRequest request,
                            HttpServletResponse response) throws IOException {
        if (request.getAttribute(TAKEN) != null) {
            return true;
        }
        request.setAttribute(TAKEN, caller);
        Optional<Duration> wait = limits.take(caller);
        if (wait.isEmpty()) {
            return true;
        }
        long seconds = RateLimits.retryAfterSeconds(wait.get());
        String detail = "too many requests from this caller; retry after " + seconds + " s";
        events.denied(request, 429, SecurityProblems.RATE_LIMITED, detail);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        SecurityProblems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, SecurityProblems.RATE_LIMITED,
                "Too many requests", detail, Map.of());
        return false;
    }
}
