package io.stakingledger.app.security;

/**
 * A refusal of an authenticated caller: the permission it lacks and, in words, what it tried. Answered
 * as a 403 problem; the detail never carries a secret. A {@link SecurityException}, so that code outside
 * this package (command metrics) can tell a refusal from a failure without depending on it.
 */
public class PermissionDenied extends SecurityException {

    private final String permission;

    public PermissionDenied(String permission, String detail) {
        super(detail);
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
