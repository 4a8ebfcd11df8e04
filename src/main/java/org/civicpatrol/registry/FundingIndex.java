package org.civicpatrol.registry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.time.Year;
import java.util.List;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.GrantId;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.funding.Refund;

/** Grants by recipient, and the expenditures and refunds of each grant. */
final class FundingIndex {

    private final EntityTable<GrantId, Grant> grants;
    private final ImmutableList<Expenditure> expenditures;
    private final ImmutableList<Refund> refunds;
    private final ImmutableListMultimap<Recipient, Grant> byRecipient;
    private final ImmutableListMultimap<GrantId, Expenditure> expendituresByGrant;
    private final ImmutableListMultimap<GrantId, Refund> refundsByGrant;

    FundingIndex(List<Grant> grants, List<Expenditure> expenditures, List<Refund> refunds) {
        this.grants = EntityTable.of(grants, Grant::id, "grants");
        this.expenditures = ImmutableList.copyOf(expenditures);
        this.refunds = ImmutableList.copyOf(refunds);
        this.byRecipient = this.grants.groupedBy(Grant::recipient);
        this.expendituresByGrant = this.expenditures.stream()
                .collect(ImmutableListMultimap.toImmutableListMultimap(Expenditure::grant, x -> x));
        this.refundsByGrant =
                this.refunds.stream().collect(ImmutableListMultimap.toImmutableListMultimap(Refund::grant, x -> x));
    }

    EntityTable<GrantId, Grant> table() {
        return grants;
    }

    ImmutableList<Expenditure> expenditures() {
        return expenditures;
    }

    ImmutableList<Refund> refunds() {
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
