package io.stakingledger.core.common;

/**
 * An event a program's state does not know. Folding must stop here: skipping it would misreport every
 * figure that follows, so the fold fails loudly instead of ignoring it.
 */
public class UnknownEvent extends IllegalStateException {

    public UnknownEvent(String program, Object event) {
        super("program " + program + " does not know the event "
                + (event == null ? "null" : event.getClass().getName()) + "; its state cannot be folded past it");
    }
}
