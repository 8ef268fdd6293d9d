package io.stakingledger.app.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A successful authentication, by API key or by token: its principal is the {@link Caller}. The
 * credentials are never kept. Authorities mirror the caller's permissions (for Spring's own checks).
 */
public class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    public CallerAuthentication(Caller caller) {
        super(java.util.Arrays.stream(Permission.values()).filter(caller::has)
                .map(p -> new SimpleGrantedAuthority(p.label())).toList());
        this.caller = caller;
        setAuthenticated(true);
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return caller.actor();
    }
}
