package org.civicpatrol.member;

/** The kind of training a member receives (Act Art. 10; Rule Art. 17). */
public enum TrainingKind {
    /** Basic training, due within a period after first appointment (12 hours within 2 years in Korea). */
    BASIC,
    /** In-service training, due each year after that (12 hours a year in Korea). */
    IN_SERVICE
}
