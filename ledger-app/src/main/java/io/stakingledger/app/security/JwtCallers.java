package io.stakingledger.app.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a verified JWT into a {@link Caller}: the actor is {@code jwt:<sub>}; roles come from the claim
 * {@code ledger.security.jwt.roles-claim} (a list, or a space- or comma-separated string such as OAuth2's
 * {@code scope}), each with {@code role-prefix} removed (e.g. {@code ledger:operator} → operator) and
 * unknown values ignored; the bound account from {@code account-claim}, the pool list from
 * {@code pools-claim}. An {@code account} role without an account claim is dropped: it could act as no one.
 */
public class JwtCallers implements Converter<Jwt, CallerAuthentication> {

    private final String rolesClaim;
    private final String rolePrefix;
    private final String accountClaim;
    private final String poolsClaim;

    public JwtCallers(String rolesClaim, String rolePrefix, String accountClaim, String poolsClaim) {
        this.rolesClaim = rolesClaim;
        this.rolePrefix = rolePrefix == null ? "" : rolePrefix;
        this.accountClaim = accountClaim;
        this.poolsClaim = poolsClaim;
    }

    @Override
    public CallerAuthentication convert(Jwt jwt) {
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank() || subject.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidBearerTokenException("the token has no usable subject (sub)");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(jwt.getClaims().get(rolesClaim))) {
            if (value.startsWith(rolePrefix)) {
                Role.named(value.substring(rolePrefix.length())).ifPresent(roles::add);
            }
        }
        Object accountValue = jwt.getClaims().get(accountClaim);
        String account = accountValue instanceof String named && !named.isBlank() ? named : null;
        if (account == null) {
            roles.remove(Role.ACCOUNT);
        }
        Caller caller = new Caller("jwt:" + subject, subject, roles, new TreeSet<>(values(jwt.getClaims().get(poolsClaim))),
                roles.contains(Role.ACCOUNT) ? account : null);
        return new CallerAuthentication(caller);
    }

    private static List<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> items) {
            items.forEach(item -> values.add(String.valueOf(item).trim()));
        } else if (claim instanceof String text) {
            for (String part : text.split("[\\s,]+")) {
                values.add(part.trim());
            }
        }
        values.removeIf(String::isEmpty);
        return values;
    }
}
