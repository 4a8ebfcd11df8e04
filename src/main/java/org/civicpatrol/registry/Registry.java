package org.civicpatrol.registry;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.activity.Site;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.equipment.EquipmentIssue;
import org.civicpatrol.equipment.Vehicle;
import org.civicpatrol.equipment.VehicleId;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.GrantId;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.funding.Refund;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.member.FederationOfficer;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingObligation;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.member.TrainingRequirement;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.time.DateRange;

/**
 * An immutable snapshot of a patrol network: districts, police units, federations, patrols,
 * members, memberships, federation officers, training, sites, activities, vehicles, equipment,
 * grants, expenditures and refunds.
 *
 * <p>A registry holds imperfect real data as it is: a membership whose patrol is missing, two
 * overlapping memberships of one member, or a district hierarchy with a cycle can all be built,
 * so that validation can report them. The only thing rejected is two entities of one kind with
 * the same id, which would leave lookups by id without meaning.
 *
 * <p>Every collection is returned in the order the entities were added, except where a lookup
 * says it returns things by date, so the same input gives the same output in the same order.
 * Indexes are built once, when the registry is built: every lookup costs time in proportion to
 * what it returns (plus a binary search for lookups over a period), not to the size of the
 * registry.
 *
 * <pre>{@code
 * Registry registry = new Registry.Builder()
 *         .addDistricts(districts)
 *         .addPoliceUnit(station)
 *         .addPatrol(patrol)
 *         .addMember(member)
 *         .addMembership(membership)
 *         .build();
 * List<Membership> active = registry.activeMembershipsOf(patrol.id(), LocalDate.of(2016, 11, 29));
 * }</pre>
 *
 * <p>Registries compare by identity: two registries built from the same entities are not
 * {@code equals}.
 */
public final class Registry {

    private static final Registry EMPTY = new Builder().build();

    // One table or index per kind of entity: adding a kind is a local change.
    private final DistrictTree districts;
    private final EntityTable<PoliceUnitId, PoliceUnit> policeUnits;
    private final EntityTable<FederationId, Federation> federations;
    private final ImmutableList<FederationOfficer> federationOfficers;
    private final ImmutableListMultimap<FederationId, FederationOfficer> officersByFederation;
    private final PatrolIndex patrols;
    private final EntityTable<MemberId, Member> members;
    private final MembershipIndex memberships;
    private final EntityTable<SiteId, Site> sites;
    private final ImmutableListMultimap<DistrictId, Site> sitesByDistrict;
    private final ActivityIndex activities;
    private final EntityTable<VehicleId, Vehicle> vehicles;
    private final ImmutableListMultimap<PatrolId, Vehicle> vehiclesByPatrol;
    private final ImmutableList<EquipmentIssue> equipmentIssues;
    private final ImmutableListMultimap<PatrolId, EquipmentIssue> equipmentByPatrol;
    private final FundingIndex funding;
    private final boolean rostersRecorded;

    private Registry(Builder builder) {
        rostersRecorded = builder.rostersRecorded;
        districts = new DistrictTree(builder.districts);
        policeUnits = EntityTable.of(builder.policeUnits, PoliceUnit::id, "police units");
        federations = EntityTable.of(builder.federations, Federation::id, "federations");
        patrols = new PatrolIndex(builder.patrols);
        members = EntityTable.of(builder.members, Member::id, "members");
        memberships = new MembershipIndex(builder.memberships, builder.trainingRecords);
        federationOfficers = ImmutableList.copyOf(builder.federationOfficers);
        officersByFederation = federationOfficers.stream()
                .collect(ImmutableListMultimap.toImmutableListMultimap(FederationOfficer::federation, o -> o));
        sites = EntityTable.of(builder.sites, Site::id, "sites");
        sitesByDistrict = sites.groupedBy(Site::district);
        activities = new ActivityIndex(builder.activities);
        vehicles = EntityTable.of(builder.vehicles, Vehicle::id, "vehicles");
        vehiclesByPatrol = vehicles.groupedBy(Vehicle::patrol);
        equipmentIssues = ImmutableList.copyOf(builder.equipmentIssues);
        equipmentByPatrol = equipmentIssues.stream()
                .collect(ImmutableListMultimap.toImmutableListMultimap(EquipmentIssue::patrol, x -> x));
        funding = new FundingIndex(builder.grants, builder.expenditures, builder.refunds);
    }

    /**
     * Returns the registry that holds nothing.
     *
     * @return the empty registry
     */
    public static Registry empty() {
        return EMPTY;
    }

    // Districts

    /**
     * Returns every district, in the order added.
     *
     * @return the districts
     */
    public ImmutableCollection<District> districts() {
        return districts.table().values();
    }

    /**
     * Returns the district with the given id.
     *
     * @param id the district's id
     * @return the district, or empty if the registry has none with that id
     */
    public Optional<District> district(DistrictId id) {
        return districts.table().get(checkNotNull(id, "id"));
    }

    /**
     * Returns the districts whose parent is {@code id}, in the order added.
     *
     * @param id the parent district's id
     * @return the children, possibly none
     */
    public ImmutableList<District> childrenOf(DistrictId id) {
        return districts.childrenOf(checkNotNull(id, "id"));
    }

    /**
     * Returns the district {@code id} and every district below it, parents before their
     * children (depth-first, children in the order added).
     *
     * <p>A cycle in the hierarchy, which validation reports, does not make this loop: every
     * district is listed once.
     *
     * @param id the root of the subtree
     * @return the districts of the subtree, or an empty list if the registry has no such district
     */
    public ImmutableList<District> subtreeOf(DistrictId id) {
        return districts.subtreeOf(checkNotNull(id, "id"));
    }

    /**
     * Returns the chain of districts from {@code id} up to the top of its hierarchy, starting
     * with the district itself.
     *
     * <p>The chain stops at a parent the registry does not hold, and at a cycle.
     *
     * @param id the district's id
     * @return the district and its ancestors, or an empty list if the registry has no such
     *     district
     */
    public ImmutableList<District> ancestryOf(DistrictId id) {
        return districts.ancestryOf(checkNotNull(id, "id"));
    }

    // Police units

    /**
     * Returns every police unit, in the order added.
     *
     * @return the police units
     */
    public ImmutableCollection<PoliceUnit> policeUnits() {
        return policeUnits.values();
    }

    /**
     * Returns the police unit with the given id.
     *
     * @param id the police unit's id
     * @return the police unit, or empty if the registry has none with that id
     */
    public Optional<PoliceUnit> policeUnit(PoliceUnitId id) {
        return policeUnits.get(checkNotNull(id, "id"));
    }

    /**
     * Returns the patrols that name {@code id} as their competent police unit, in the order
     * added.
     *
     * @param id the police unit's id
     * @return the patrols, possibly none
     */
    public ImmutableList<Patrol> patrolsOf(PoliceUnitId id) {
        return patrols.of(checkNotNull(id, "id"));
    }

    // Federations

    /**
     * Returns every federation, in the order added.
     *
     * @return the federations
     */
    public ImmutableCollection<Federation> federations() {
        return federations.values();
    }

    /**
     * Returns the federation with the given id.
     *
     * @param id the federation's id
     * @return the federation, or empty if the registry has none with that id
     */
    public Optional<Federation> federation(FederationId id) {
        return federations.get(checkNotNull(id, "id"));
    }

    /**
     * Returns the patrols that name {@code id} as their federation, in the order added.
     *
     * @param id the federation's id
     * @return the patrols, possibly none
     */
    public ImmutableList<Patrol> patrolsOf(FederationId id) {
        return patrols.of(checkNotNull(id, "id"));
    }

    /**
     * Returns every federation officer, in the order added.
     *
     * @return the officers' terms
     */
    public ImmutableList<FederationOfficer> federationOfficers() {
        return federationOfficers;
    }

    /**
     * Returns the officers' terms of federation {@code id}, past and present, in the order added.
     *
     * @param id the federation's id
     * @return the officers' terms, possibly none
     */
    public ImmutableList<FederationOfficer> officersOf(FederationId id) {
        return officersByFederation.get(checkNotNull(id, "id"));
    }

    // Patrols

    /**
     * Returns every patrol, in the order added.
     *
     * @return the patrols
     */
    public ImmutableCollection<Patrol> patrols() {
        return patrols.table().values();
    }

    /**
     * Returns the patrol with the given id.
     *
     * @param id the patrol's id
     * @return the patrol, or empty if the registry has none with that id
     */
    public Optional<Patrol> patrol(PatrolId id) {
        return patrols.table().get(checkNotNull(id, "id"));
    }

    /**
     * Returns the patrols whose activity area includes district {@code id} itself.
     *
     * @param id the district's id
     * @return the patrols, in the order added, possibly none
     */
    public ImmutableList<Patrol> patrolsIn(DistrictId id) {
        return patrols.in(checkNotNull(id, "id"));
    }

    /**
     * Returns the patrols whose activity area includes district {@code id} or any district below
     * it, each once, in the order of {@link #subtreeOf(DistrictId)}.
     *
     * <p>Dates are not considered: filter with {@link Patrol#statusOn(LocalDate)} for the patrols
     * of a given date.
     *
     * @param id the root of the subtree
     * @return the patrols, possibly none
     */
    public ImmutableSet<Patrol> patrolsWithin(DistrictId id) {
        return patrols.within(districts, checkNotNull(id, "id"));
    }

    // Members and memberships

    /**
     * Returns every member, in the order added.
     *
     * @return the members
     */
    public ImmutableCollection<Member> members() {
        return members.values();
    }

    /**
     * Returns the member with the given id.
     *
     * @param id the member's id
     * @return the member, or empty if the registry has none with that id
     */
    public Optional<Member> member(MemberId id) {
        return members.get(checkNotNull(id, "id"));
    }

    /**
     * Returns every membership, in the order added.
     *
     * @return the memberships
     */
    public ImmutableCollection<Membership> memberships() {
        return memberships.table().values();
    }

    /**
     * Returns the membership with the given id.
     *
     * @param id the membership's id
     * @return the membership, or empty if the registry has none with that id
     */
    public Optional<Membership> membership(MembershipId id) {
        return memberships.table().get(checkNotNull(id, "id"));
    }

    /**
     * Returns every membership of patrol {@code id}, past, present and pending, in the order
     * added.
     *
     * @param id the patrol's id
     * @return the memberships, possibly none
     */
    public ImmutableList<Membership> membershipsOf(PatrolId id) {
        return memberships.of(checkNotNull(id, "id"));
    }

    /**
     * Returns the memberships of patrol {@code id} whose member is appointed on {@code date}, in
     * the order added.
     *
     * @param id the patrol's id
     * @param date the date
     * @return the active memberships, possibly none
     */
    public ImmutableList<Membership> activeMembershipsOf(PatrolId id, LocalDate date) {
        return memberships.activeOf(checkNotNull(id, "id"), checkNotNull(date, "date"));
    }

    /**
     * Returns every membership of member {@code id}, in the order added.
     *
     * @param id the member's id
     * @return the memberships, possibly none
     */
    public ImmutableList<Membership> membershipsOf(MemberId id) {
        return memberships.of(checkNotNull(id, "id"));
    }

    /**
     * Returns the membership in which member {@code id} is appointed on {@code date}.
     *
     * <p>A person belongs to at most one patrol at a time; if the data breaks that rule, which
     * validation reports, this returns the first such membership in the order added.
     *
     * @param id the member's id
     * @param date the date
     * @return the active membership, or empty if the member is not appointed on that date
     */
    public Optional<Membership> membershipOn(MemberId id, LocalDate date) {
        return memberships.on(checkNotNull(id, "id"), checkNotNull(date, "date"));
    }

    // Training

    /**
     * Returns every training record, in the order added.
     *
     * @return the training records
     */
    public ImmutableList<TrainingRecord> trainingRecords() {
        return memberships.trainingRecords();
    }

    /**
     * Returns the training records of member {@code id}, by date.
     *
     * @param id the member's id
     * @return the training records, possibly none
     */
    public ImmutableList<TrainingRecord> trainingOf(MemberId id) {
        return memberships.trainingOf(checkNotNull(id, "id"));
    }

    /**
     * Returns how long member {@code id} trained in {@code kind} on dates in {@code period}.
     *
     * @param id the member's id
     * @param kind the kind of training
     * @param period the dates of the sessions counted
     * @return the total, zero if none
     */
    public Duration trainingTimeOf(MemberId id, TrainingKind kind, DateRange period) {
        return memberships.trainingTimeOf(
                checkNotNull(id, "id"), checkNotNull(kind, "kind"), checkNotNull(period, "period"));
    }

    /**
     * Returns the date of member {@code id}'s first appointment to any patrol, the start of the
     * periods in which training is due.
     *
     * @param id the member's id
     * @return the earliest appointment date of the member's memberships, or empty if none was
     *     appointed
     */
    public Optional<LocalDate> firstAppointmentOf(MemberId id) {
        return memberships.firstAppointmentOf(checkNotNull(id, "id"));
    }

    /**
     * Returns the training that member {@code id} owes on {@code asOf} under {@code requirement},
     * each obligation with what the member did of it: the one judgement of training that
     * validation's training rules and the training summaries share.
     *
     * <p>A member owes training only while appointed: the result is empty unless the registry
     * holds the member and one of their memberships is active on {@code asOf}. Then, counting
     * from the member's new appointment (Rule Art. 17(2): the start of their unbroken run of
     * appointments up to {@code asOf}, or their first appointment ever if the requirement does
     * not restart training after a break):
     *
     * <ul>
     *   <li>basic training is owed once the basic period is over by {@code asOf}, and counts the
     *       basic sessions on dates in that period;
     *   <li>in-service training is owed for the last full calendar year before {@code asOf} by a
     *       member who completed the basic training (the sessions from the new appointment on,
     *       in time or late, adding up to the requirement) in an earlier year, and who was
     *       appointed on that year's first day in the same run; it counts the in-service
     *       sessions of that year. A year spent outside any patrol is therefore never judged. To
     *       judge an earlier year, ask as of a date in the year after it.
     * </ul>
     *
     * @param id the member's id
     * @param asOf the date on which the obligations are judged
     * @param requirement the training required
     * @return the basic obligation, then the in-service one, each only if owed; possibly none
     */
    public ImmutableList<TrainingObligation> trainingObligationsOf(
            MemberId id, LocalDate asOf, TrainingRequirement requirement) {
        checkNotNull(id, "id");
        checkNotNull(asOf, "asOf");
        checkNotNull(requirement, "requirement");
        return members.contains(id) ? memberships.obligationsOf(id, asOf, requirement) : ImmutableList.of();
    }

    // What the registry records

    /**
     * Returns whether the registry records patrols' rosters as a whole: {@code false} for a
     * registry built from public lists of patrols without memberships. A patrol may also say that
     * its own roster is not recorded ({@link Patrol#rosterRecorded()}).
     *
     * @return whether rosters are recorded
     */
    public boolean rostersRecorded() {
        return rostersRecorded;
    }

    /**
     * Returns whether the registry records the roster of {@code patrol}: if it records rosters
     * as a whole and the patrol does not say otherwise.
     *
     * @param patrol the patrol
     * @return whether its memberships are recorded
     */
    public boolean recordsRosterOf(Patrol patrol) {
        return rostersRecorded && checkNotNull(patrol, "patrol").rosterRecorded();
    }

    // Sites

    /**
     * Returns every site, in the order added.
     *
     * @return the sites
     */
    public ImmutableCollection<Site> sites() {
        return sites.values();
    }

    /**
     * Returns the site with the given id.
     *
     * @param id the site's id
     * @return the site, or empty if the registry has none with that id
     */
    public Optional<Site> site(SiteId id) {
        return sites.get(checkNotNull(id, "id"));
    }

    /**
     * Returns the sites in district {@code id} itself, in the order added.
     *
     * @param id the district's id
     * @return the sites, possibly none
     */
    public ImmutableList<Site> sitesIn(DistrictId id) {
        return sitesByDistrict.get(checkNotNull(id, "id"));
    }

    // Activities

    /**
     * Returns every activity, in the order added.
     *
     * @return the activities
     */
    public ImmutableCollection<Activity> activities() {
        return activities.table().values();
    }

    /**
     * Returns the activity with the given id.
     *
     * @param id the activity's id
     * @return the activity, or empty if the registry has none with that id
     */
    public Optional<Activity> activity(ActivityId id) {
        return activities.table().get(checkNotNull(id, "id"));
    }

    /**
     * Returns the activities that patrol {@code id} held or joined and whose {@linkplain
     * Activity#date() date} is in {@code period}, by date, then start, then the order added.
     *
     * <p>A joint patrol is returned for each patrol that took part; count it once per patrol or
     * once in all, as the question asks, with {@link Activity#patrol()}.
     *
     * @param id the patrol's id
     * @param period the dates
     * @return the activities, possibly none
     */
    public ImmutableList<Activity> activitiesOf(PatrolId id, DateRange period) {
        return activities.of(checkNotNull(id, "id"), checkNotNull(period, "period"));
    }

    /**
     * Returns the activities for which member {@code id} was rostered, present or absent, and
     * whose {@linkplain Activity#date() date} is in {@code period}, by date, then start, then the
     * order added.
     *
     * @param id the member's id
     * @param period the dates
     * @return the activities, possibly none; {@link Activity#attendanceOf(MemberId)} tells the
     *     member's attendance at each
     */
    public ImmutableList<Activity> activitiesOf(MemberId id, DateRange period) {
        return activities.of(checkNotNull(id, "id"), checkNotNull(period, "period"));
    }

    /**
     * Returns how often member {@code id} was present, excused and absent without excuse at the
     * activities of {@code year} (by their {@linkplain Activity#date() local dates}).
     *
     * <p>Three or more unexcused absences in a year are a ground for discretionary dismissal in
     * Korea (Rule Art. 10): {@code attendanceOf(id, year).count(UNEXCUSED_ABSENCE)}.
     *
     * @param id the member's id
     * @param year the calendar year
     * @return the count of each status, empty if the member was not rostered that year
     */
    public ImmutableMultiset<AttendanceStatus> attendanceOf(MemberId id, Year year) {
        return activities.attendanceOf(checkNotNull(id, "id"), checkNotNull(year, "year"));
    }

    /**
     * Returns the activities that covered district {@code id} itself and whose {@linkplain
     * Activity#date() date} is in {@code period}, by date, then start, then the order added.
     *
     * @param id the district's id
     * @param period the dates
     * @return the activities, possibly none
     */
    public ImmutableList<Activity> activitiesCovering(DistrictId id, DateRange period) {
        return activities.covering(checkNotNull(id, "id"), checkNotNull(period, "period"));
    }

    /**
     * Returns the activities that covered site {@code id} and whose {@linkplain Activity#date()
     * date} is in {@code period}, by date, then start, then the order added.
     *
     * @param id the site's id
     * @param period the dates
     * @return the activities, possibly none
     */
    public ImmutableList<Activity> activitiesCovering(SiteId id, DateRange period) {
        return activities.covering(checkNotNull(id, "id"), checkNotNull(period, "period"));
    }

    // Equipment

    /**
     * Returns every vehicle, in the order added.
     *
     * @return the vehicles
     */
    public ImmutableCollection<Vehicle> vehicles() {
        return vehicles.values();
    }

    /**
     * Returns the vehicle with the given id.
     *
     * @param id the vehicle's id
     * @return the vehicle, or empty if the registry has none with that id
     */
    public Optional<Vehicle> vehicle(VehicleId id) {
        return vehicles.get(checkNotNull(id, "id"));
    }

    /**
     * Returns the vehicles of patrol {@code id}, past and present, in the order added.
     *
     * @param id the patrol's id
     * @return the vehicles, possibly none
     */
    public ImmutableList<Vehicle> vehiclesOf(PatrolId id) {
        return vehiclesByPatrol.get(checkNotNull(id, "id"));
    }

    /**
     * Returns every issue of equipment, in the order added.
     *
     * @return the equipment issues
     */
    public ImmutableList<EquipmentIssue> equipmentIssues() {
        return equipmentIssues;
    }

    /**
     * Returns the equipment issued to patrol {@code id} or its members, in the order added.
     *
     * @param id the patrol's id
     * @return the equipment issues, possibly none
     */
    public ImmutableList<EquipmentIssue> equipmentOf(PatrolId id) {
        return equipmentByPatrol.get(checkNotNull(id, "id"));
    }

    // Funding

    /**
     * Returns every grant, in the order added.
     *
     * @return the grants
     */
    public ImmutableCollection<Grant> grants() {
        return funding.table().values();
    }

    /**
     * Returns the grant with the given id.
     *
     * @param id the grant's id
     * @return the grant, or empty if the registry has none with that id
     */
    public Optional<Grant> grant(GrantId id) {
        return funding.table().get(checkNotNull(id, "id"));
    }

    /**
     * Returns every grant to {@code recipient}, in the order added.
     *
     * @param recipient the patrol or federation
     * @return the grants, possibly none
     */
    public ImmutableList<Grant> grantsOf(Recipient recipient) {
        return funding.of(checkNotNull(recipient, "recipient"));
    }

    /**
     * Returns the grants to {@code recipient} from the budget of fiscal year {@code year}, in the
     * order added.
     *
     * @param recipient the patrol or federation
     * @param year the fiscal year
     * @return the grants, possibly none
     */
    public ImmutableList<Grant> grantsOf(Recipient recipient, Year year) {
        return funding.of(checkNotNull(recipient, "recipient"), checkNotNull(year, "year"));
    }

    /**
     * Returns every expenditure, in the order added.
     *
     * @return the expenditures
     */
    public ImmutableList<Expenditure> expenditures() {
        return funding.expenditures();
    }

    /**
     * Returns the expenditures against grant {@code id}, in the order added.
     *
     * @param id the grant's id
     * @return the expenditures, possibly none
     */
    public ImmutableList<Expenditure> expendituresOf(GrantId id) {
        return funding.expendituresOf(checkNotNull(id, "id"));
    }

    /**
     * Returns every refund, in the order added.
     *
     * @return the refunds
     */
    public ImmutableList<Refund> refunds() {
        return funding.refunds();
    }

    /**
     * Returns the money of grant {@code id} returned to its funder, in the order added.
     *
     * @param id the grant's id
     * @return the refunds, possibly none
     */
    public ImmutableList<Refund> refundsOf(GrantId id) {
        return funding.refundsOf(checkNotNull(id, "id"));
    }

    /**
     * Returns the counts of each kind of entity, as in {@code Registry{districts=88, ...}}.
     */
    @Override
    public String toString() {
        return "Registry{districts=" + districts.table().size()
                + ", policeUnits=" + policeUnits.size()
                + ", federations=" + federations.size()
                + ", patrols=" + patrols.table().size()
                + ", members=" + members.size()
                + ", memberships=" + memberships.table().size()
                + ", federationOfficers=" + federationOfficers.size()
                + ", trainingRecords=" + memberships.trainingRecords().size()
                + ", sites=" + sites.size()
                + ", activities=" + activities.table().size()
                + ", vehicles=" + vehicles.size()
                + ", equipmentIssues=" + equipmentIssues.size()
                + ", grants=" + funding.table().size()
                + ", expenditures=" + funding.expenditures().size()
                + ", refunds=" + funding.refunds().size()
                + "}";
    }

    /**
     * Collects the entities of a {@link Registry}. A builder is not thread-safe; the registry it
     * builds is.
     */
    public static final class Builder {
        private final List<District> districts = new ArrayList<>();
        private final List<PoliceUnit> policeUnits = new ArrayList<>();
        private final List<Federation> federations = new ArrayList<>();
        private final List<Patrol> patrols = new ArrayList<>();
        private final List<Member> members = new ArrayList<>();
        private final List<Membership> memberships = new ArrayList<>();
        private final List<FederationOfficer> federationOfficers = new ArrayList<>();
        private final List<TrainingRecord> trainingRecords = new ArrayList<>();
        private final List<Site> sites = new ArrayList<>();
        private final List<Activity> activities = new ArrayList<>();
        private final List<Vehicle> vehicles = new ArrayList<>();
        private final List<EquipmentIssue> equipmentIssues = new ArrayList<>();
        private final List<Grant> grants = new ArrayList<>();
        private final List<Expenditure> expenditures = new ArrayList<>();
        private final List<Refund> refunds = new ArrayList<>();
        private boolean rostersRecorded = true;

        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Adds a district.
         *
         * @param district the district
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addDistrict(District district) {
            districts.add(checkNotNull(district, "district"));
            return this;
        }

        /**
         * Adds districts, in iteration order.
         *
         * @param values the districts
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addDistricts(Iterable<District> values) {
            values.forEach(this::addDistrict);
            return this;
        }

        /**
         * Adds a police unit.
         *
         * @param policeUnit the police unit
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addPoliceUnit(PoliceUnit policeUnit) {
            policeUnits.add(checkNotNull(policeUnit, "policeUnit"));
            return this;
        }

        /**
         * Adds police units, in iteration order.
         *
         * @param values the police units
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addPoliceUnits(Iterable<PoliceUnit> values) {
            values.forEach(this::addPoliceUnit);
            return this;
        }

        /**
         * Adds a federation.
         *
         * @param federation the federation
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addFederation(Federation federation) {
            federations.add(checkNotNull(federation, "federation"));
            return this;
        }

        /**
         * Adds federations, in iteration order.
         *
         * @param values the federations
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addFederations(Iterable<Federation> values) {
            values.forEach(this::addFederation);
            return this;
        }

        /**
         * Adds a patrol.
         *
         * @param patrol the patrol
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addPatrol(Patrol patrol) {
            patrols.add(checkNotNull(patrol, "patrol"));
            return this;
        }

        /**
         * Adds patrols, in iteration order.
         *
         * @param values the patrols
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addPatrols(Iterable<Patrol> values) {
            values.forEach(this::addPatrol);
            return this;
        }

        /**
         * Adds a member.
         *
         * @param member the member
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addMember(Member member) {
            members.add(checkNotNull(member, "member"));
            return this;
        }

        /**
         * Adds members, in iteration order.
         *
         * @param values the members
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addMembers(Iterable<Member> values) {
            values.forEach(this::addMember);
            return this;
        }

        /**
         * Adds a membership.
         *
         * @param membership the membership
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addMembership(Membership membership) {
            memberships.add(checkNotNull(membership, "membership"));
            return this;
        }

        /**
         * Adds memberships, in iteration order.
         *
         * @param values the memberships
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addMemberships(Iterable<Membership> values) {
            values.forEach(this::addMembership);
            return this;
        }

        /**
         * Adds a federation officer's term.
         *
         * @param officer the officer's term
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addFederationOfficer(FederationOfficer officer) {
            federationOfficers.add(checkNotNull(officer, "officer"));
            return this;
        }

        /**
         * Adds federation officers' terms, in iteration order.
         *
         * @param values the officers' terms
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addFederationOfficers(Iterable<FederationOfficer> values) {
            values.forEach(this::addFederationOfficer);
            return this;
        }

        /**
         * Adds a training record.
         *
         * @param record the training record
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addTrainingRecord(TrainingRecord record) {
            trainingRecords.add(checkNotNull(record, "record"));
            return this;
        }

        /**
         * Adds training records, in iteration order.
         *
         * @param values the training records
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addTrainingRecords(Iterable<TrainingRecord> values) {
            values.forEach(this::addTrainingRecord);
            return this;
        }

        /**
         * Adds a site.
         *
         * @param site the site
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addSite(Site site) {
            sites.add(checkNotNull(site, "site"));
            return this;
        }

        /**
         * Adds sites, in iteration order.
         *
         * @param values the sites
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addSites(Iterable<Site> values) {
            values.forEach(this::addSite);
            return this;
        }

        /**
         * Adds an activity.
         *
         * @param activity the activity
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addActivity(Activity activity) {
            activities.add(checkNotNull(activity, "activity"));
            return this;
        }

        /**
         * Adds activities, in iteration order.
         *
         * @param values the activities
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addActivities(Iterable<Activity> values) {
            values.forEach(this::addActivity);
            return this;
        }

        /**
         * Adds a vehicle.
         *
         * @param vehicle the vehicle
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addVehicle(Vehicle vehicle) {
            vehicles.add(checkNotNull(vehicle, "vehicle"));
            return this;
        }

        /**
         * Adds vehicles, in iteration order.
         *
         * @param values the vehicles
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addVehicles(Iterable<Vehicle> values) {
            values.forEach(this::addVehicle);
            return this;
        }

        /**
         * Adds an equipment issue.
         *
         * @param issue the equipment issue
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addEquipmentIssue(EquipmentIssue issue) {
            equipmentIssues.add(checkNotNull(issue, "issue"));
            return this;
        }

        /**
         * Adds equipment issues, in iteration order.
         *
         * @param values the equipment issues
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addEquipmentIssues(Iterable<EquipmentIssue> values) {
            values.forEach(this::addEquipmentIssue);
            return this;
        }

        /**
         * Adds a grant.
         *
         * @param grant the grant
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addGrant(Grant grant) {
            grants.add(checkNotNull(grant, "grant"));
            return this;
        }

        /**
         * Adds grants, in iteration order.
         *
         * @param values the grants
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addGrants(Iterable<Grant> values) {
            values.forEach(this::addGrant);
            return this;
        }

        /**
         * Adds an expenditure.
         *
         * @param expenditure the expenditure
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addExpenditure(Expenditure expenditure) {
            expenditures.add(checkNotNull(expenditure, "expenditure"));
            return this;
        }

        /**
         * Adds expenditures, in iteration order.
         *
         * @param values the expenditures
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addExpenditures(Iterable<Expenditure> values) {
            values.forEach(this::addExpenditure);
            return this;
        }

        /**
         * Adds a refund.
         *
         * @param refund the refund
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addRefund(Refund refund) {
            refunds.add(checkNotNull(refund, "refund"));
            return this;
        }

        /**
         * Adds refunds, in iteration order.
         *
         * @param values the refunds
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addRefunds(Iterable<Refund> values) {
            values.forEach(this::addRefund);
            return this;
        }

        /**
         * Sets whether the registry records patrols' rosters as a whole; {@code true} unless set.
         *
         * @param value {@code false} for a registry of patrols without memberships
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder rostersRecorded(boolean value) {
            rostersRecorded = value;
            return this;
        }

        /**
         * Builds the registry and its indexes.
         *
         * @return the registry
         * @throws IllegalArgumentException if two entities of one kind have the same id; the
         *     message names the kind and the id
         */
        public Registry build() {
            return new Registry(this);
        }
    }
}
