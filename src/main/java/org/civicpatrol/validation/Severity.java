package org.civicpatrol.validation;

/** How serious a violation is. A report with no {@link #ERROR} is valid. */
public enum Severity {
    /** The registry breaks a rule of law or is inconsistent: it must be fixed. */
    ERROR,
    /** Something to act on that the law tolerates for a while (a shortfall, a missed course). */
    WARNING,
    /** Worth knowing, not a fault (a patrol older than its district's code). */
    INFO
}
