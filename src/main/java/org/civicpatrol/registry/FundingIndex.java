package org.civicpatrol.registry;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.GrantId;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.funding.Refund;

/** Grants by recipient, and the expenditures and refunds of each grant. */
final class FundingIndex {

    private static final Grouping<Recipient, Grant> BY_RECIPIENT = Grouping.by(Grant::recipient);
    private static final Grouping<GrantId, Expenditure> EXPENDITURES_BY_GRANT = Grouping.by(Expenditure::grant);
    private static final Grouping<GrantId, Refund> REFUNDS_BY_GRANT = Grouping.by(Refund::grant);

    /** Grants, found by id and by recipient. */
    static final Store.Kind<GrantId, Grant> KIND = Store.Kind.withIds("grant", "grants", Grant::id, BY_RECIPIENT);

    /** Expenditures, found by grant. */
    static final Store.Kind<Void, Expenditure> EXPENDITURE_KIND =
            Store.Kind.withoutIds("expenditure", "expenditures", EXPENDITURES_BY_GRANT);

    /** Refunds, found by grant. */
    static final Store.Kind<Void, Refund> REFUND_KIND = Store.Kind.withoutIds("refund", "refunds", REFUNDS_BY_GRANT);

    private final Store<GrantId, Grant> grants;
    private final Store<Void, Expenditure> expenditures;
    private final Store<Void, Refund> refunds;
    private final Groups<Recipient, Grant> byRecipient;
    private final Groups<GrantId, Expenditure> expendituresByGrant;
    private final Groups<GrantId, Refund> refundsByGrant;

    FundingIndex(Store<GrantId, Grant> grants, Store<Void, Expenditure> expenditures, Store<Void, Refund> refunds) {
        this.grants = grants;
        this.expenditures = expenditures;
        this.refunds = refunds;
        this.byRecipient = grants.groups(BY_RECIPIENT);
        this.expendituresByGrant = expenditures.groups(EXPENDITURES_BY_GRANT);
        this.refundsByGrant = refunds.groups(REFUNDS_BY_GRANT);
    }

    Store<GrantId, Grant> table() {
        return grants;
    }

    Store<Void, Expenditure> expenditures() {
        return expenditures;
    }

    Store<Void, Refund> refunds() {
        return refunds;
    }

    ImmutableList<Grant> of(Recipient recipient) {
        return byRecipient.get(recipient);
    }

    ImmutableList<Grant> of(Recipient recipient, Year year) {
        return byRecipient.get(recipient).stream()
                .filter(grant -> grant.fiscalYear().equals(year))
                .collect(ImmutableList.toImmutableList());
    }

    ImmutableList<Expenditure> expendituresOf(GrantId id) {
        return expendituresByGrant.get(id);
    }

    ImmutableList<Refund> refundsOf(GrantId id) {
        return refundsByGrant.get(id);
    }
}
