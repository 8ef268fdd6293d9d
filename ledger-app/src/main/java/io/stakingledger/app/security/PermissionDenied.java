package io.stakingledger.app.security;

/**
 * A refusal of an authenticated caller: the permission it lacks and, in words, what it tried. Answered
 * as a 403 problem; the detail never carries a secret.
 */
public class PermissionDenied extends RuntimeException {

    private final String permission;

    public PermissionDenied(String permission, String detail) {
        super(detail, null, false, false);
        this.permission = permission;
    }

    public static PermissionDenied missing(Permission permission, String what) {
        return new PermissionDenied(permission.label(), what + " needs permission " + permission.label());
    }

    /** The missing permission's name, e.g. {@code commands:operate}, or {@code pool:<id>} for a pool outside the caller's list. */
    public String permission() {
        return permission;
    }
}
