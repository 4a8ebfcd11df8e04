package org.civicpatrol.registry;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
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
import org.civicpatrol.activity.Attendance;
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
import org.civicpatrol.geo.Authority;
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
import org.civicpatrol.patrol.PatrolPost;
import org.civicpatrol.time.DateRange;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * Indexes are built with the registry: every lookup costs time in proportion to what it returns
 * (plus a binary search for lookups over a period, and a walk of a few nodes of a hash trie for a
 * lookup by id or key), not to the size of the registry.
 *
 * <p>A registry keeps the entities it was given and hands them back as they are: every lookup and
 * every collection returns the very objects that were added (by the builder or by a change), never
 * copies, so reading a registry makes no entities. It keeps them as objects, not as primitive
 * columns, for that reason; the README's <i>Registry performance</i> weighs the two, measured.
 *
 * <p>A registry is changed by {@link #change()}, which returns a new registry and leaves this one
 * as it is; the two share every part the change did not touch, so one change costs about as much
 * as the entities it touches, not the registry. A whole collection of one kind ({@link
 * #members()}, say) is made on first use and kept, so its first call after a change of that kind
 * costs time in proportion to the kind's size.
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

    private static final Store.Kind<PoliceUnitId, PoliceUnit> POLICE_UNITS =
            Store.Kind.withIds("police unit", "police units", PoliceUnit::id);
    private static final Store.Kind<FederationId, Federation> FEDERATIONS =
            Store.Kind.withIds("federation", "federations", Federation::id);
    private static final Grouping<FederationId, FederationOfficer> OFFICERS_BY_FEDERATION =
            Grouping.by(FederationOfficer::federation);
    private static final Store.Kind<Void, FederationOfficer> FEDERATION_OFFICERS =
            Store.Kind.withoutIds("federation officer", "federation officers", OFFICERS_BY_FEDERATION);
    private static final Store.Kind<MemberId, Member> MEMBERS = Store.Kind.withIds("member", "members", Member::id);
    private static final Grouping<DistrictId, Site> SITES_BY_DISTRICT = Grouping.by(Site::district);
    private static final Store.Kind<SiteId, Site> SITES =
            Store.Kind.withIds("site", "sites", Site::id, SITES_BY_DISTRICT);
    private static final Grouping<PatrolId, Vehicle> VEHICLES_BY_PATROL = Grouping.by(Vehicle::patrol);
    private static final Store.Kind<VehicleId, Vehicle> VEHICLES =
            Store.Kind.withIds("vehicle", "vehicles", Vehicle::id, VEHICLES_BY_PATROL);
    private static final Grouping<PatrolId, EquipmentIssue> EQUIPMENT_BY_PATROL = Grouping.by(EquipmentIssue::patrol);
    private static final Store.Kind<Void, EquipmentIssue> EQUIPMENT_ISSUES =
            Store.Kind.withoutIds("equipment issue", "equipment issues", EQUIPMENT_BY_PATROL);

    private static final Logger LOG = LoggerFactory.getLogger(Registry.class);

    private static final Registry EMPTY = new Builder().build();

    // One store per kind of entity, and views over them: adding a kind is a local change.
    private final Contents contents;
    private final DistrictTree districts;
    private final PatrolIndex patrols;
    private final MembershipIndex memberships;
    private final ActivityIndex activities;
    private final FundingIndex funding;
    private final Groups<FederationId, FederationOfficer> officersByFederation;
    private final Groups<DistrictId, Site> sitesByDistrict;
    private final Groups<PatrolId, Vehicle> vehiclesByPatrol;
    private final Groups<PatrolId, EquipmentIssue> equipmentByPatrol;

    private Registry(Contents contents) {
        this.contents = contents;
        districts = new DistrictTree(contents.districts());
        patrols = new PatrolIndex(contents.patrols());
        memberships = new MembershipIndex(contents.memberships(), contents.trainingRecords());
        activities = new ActivityIndex(contents.activities());
        funding = new FundingIndex(contents.grants(), contents.expenditures(), contents.refunds());
        officersByFederation = contents.federationOfficers().groups(OFFICERS_BY_FEDERATION);
        sitesByDistrict = contents.sites().groups(SITES_BY_DISTRICT);
        vehiclesByPatrol = contents.vehicles().groups(VEHICLES_BY_PATROL);
        equipmentByPatrol = contents.equipmentIssues().groups(EQUIPMENT_BY_PATROL);
    }

    /** The stores of every kind: all a registry holds; the rest is views over them. */
    private record Contents(
            Store<DistrictId, District> districts,
            Store<PoliceUnitId, PoliceUnit> policeUnits,
            Store<FederationId, Federation> federations,
            Store<PatrolId, Patrol> patrols,
            Store<MemberId, Member> members,
            Store<MembershipId, Membership> memberships,
            Store<Void, FederationOfficer> federationOfficers,
            Store<Void, TrainingRecord> trainingRecords,
            Store<SiteId, Site> sites,
            Store<ActivityId, Activity> activities,
            Store<VehicleId, Vehicle> vehicles,
            Store<Void, EquipmentIssue> equipmentIssues,
            Store<GrantId, Grant> grants,
            Store<Void, Expenditure> expenditures,
            Store<Void, Refund> refunds,
            boolean rostersRecorded) {}

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
        return contents.policeUnits().values();
    }

    /**
     * Returns the police unit with the given id.
     *
     * @param id the police unit's id
     * @return the police unit, or empty if the registry has none with that id
     */
    public Optional<PoliceUnit> policeUnit(PoliceUnitId id) {
        return contents.policeUnits().get(checkNotNull(id, "id"));
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
        return contents.federations().values();
    }

    /**
     * Returns the federation with the given id.
     *
     * @param id the federation's id
     * @return the federation, or empty if the registry has none with that id
     */
    public Optional<Federation> federation(FederationId id) {
        return contents.federations().get(checkNotNull(id, "id"));
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
        return contents.federationOfficers().values();
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
        return contents.members().values();
    }

    /**
     * Returns the member with the given id.
     *
     * @param id the member's id
     * @return the member, or empty if the registry has none with that id
     */
    public Optional<Member> member(MemberId id) {
        return contents.members().get(checkNotNull(id, "id"));
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
        return contents.trainingRecords().values();
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
        return contents.members().contains(id) ? memberships.obligationsOf(id, asOf, requirement) : ImmutableList.of();
    }

    /**
     * Returns the in-service training that member {@code id} owes for the calendar year still
     * running on {@code asOf}, with what they did of it so far: the year {@link
     * #trainingObligationsOf} will judge once it is over, seen on {@code asOf}.
     *
     * <p>It is owed on the same terms as a past year's: the member is appointed on {@code asOf},
     * completed the basic training in an earlier year, and was appointed on the year's first day
     * in the same run. Its {@linkplain TrainingObligation#period() period} runs from the year's
     * first day up to and including {@code asOf}, and counts only the sessions in it (sessions
     * recorded for later dates are not done yet); its {@linkplain TrainingObligation#shortfall()
     * shortfall} is what remains to do by the year's end. Whether the member will still be
     * appointed at the year's end is not known on {@code asOf}: a member who leaves before it owes
     * nothing for the year after all.
     *
     * @param id the member's id
     * @param asOf the date on which the year is seen
     * @param requirement the training required
     * @return the year's in-service training so far, or empty if the member does not owe it
     */
    public Optional<TrainingObligation> inServiceTrainingSoFarOf(
            MemberId id, LocalDate asOf, TrainingRequirement requirement) {
        checkNotNull(id, "id");
        checkNotNull(asOf, "asOf");
        checkNotNull(requirement, "requirement");
        return contents.members().contains(id) ? memberships.inServiceSoFarOf(id, asOf, requirement) : Optional.empty();
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
        return contents.rostersRecorded();
    }

    /**
     * Returns whether the registry records the roster of {@code patrol}: if it records rosters
     * as a whole and the patrol does not say otherwise.
     *
     * @param patrol the patrol
     * @return whether its memberships are recorded
     */
    public boolean recordsRosterOf(Patrol patrol) {
        return contents.rostersRecorded() && checkNotNull(patrol, "patrol").rosterRecorded();
    }

    // Sites

    /**
     * Returns every site, in the order added.
     *
     * @return the sites
     */
    public ImmutableCollection<Site> sites() {
        return contents.sites().values();
    }

    /**
     * Returns the site with the given id.
     *
     * @param id the site's id
     * @return the site, or empty if the registry has none with that id
     */
    public Optional<Site> site(SiteId id) {
        return contents.sites().get(checkNotNull(id, "id"));
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
        return contents.vehicles().values();
    }

    /**
     * Returns the vehicle with the given id.
     *
     * @param id the vehicle's id
     * @return the vehicle, or empty if the registry has none with that id
     */
    public Optional<Vehicle> vehicle(VehicleId id) {
        return contents.vehicles().get(checkNotNull(id, "id"));
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
        return contents.equipmentIssues().values();
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
        return contents.expenditures().values();
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
        return contents.refunds().values();
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
     * Starts a change of this registry: additions, replacements and removals of entities of any
     * kind, one at a time or in batches, that {@link Change#apply()} turns into a new registry.
     * This registry stays as it is.
     *
     * <pre>{@code
     * Registry next = registry.change()
     *         .addMember(member)
     *         .addMembership(membership)
     *         .replacePatrol(registry.patrol(tanbang).orElseThrow().renamed("탄방동 자율방범대"))
     *         .removeActivity(ActivityId.of("a-17"))
     *         .apply();
     * }</pre>
     *
     * @return a change that starts from this registry
     */
    public Change change() {
        return new Change(contents);
    }

    /**
     * A change of a {@link Registry}: entities added, replaced (by id) and removed, of every kind,
     * in the order the calls are made, then {@linkplain #apply() applied} to give a new registry.
     * The registry the change started from stays as it is; both are immutable and thread-safe. A
     * change itself is not thread-safe.
     *
     * <p><b>What each verb does.</b> An entity added goes after every other of its kind, as if it
     * had been added last to a {@link Builder}. An entity replaced keeps its place in the order
     * added, and every lookup sees its new value: a patrol moved to another police unit is listed
     * under its new unit only. An entity removed is gone from every lookup; what refers to it (the
     * memberships of a removed member, the activities of a removed patrol) stays, so that
     * validation reports the dangling references, as it would in a registry built that way.
     * Kinds without ids (federation officers, training records, equipment issues, expenditures,
     * refunds) are facts found by value: removing one removes the first-added equal fact, and
     * replacing one is removing it and adding the new one.
     *
     * <p><b>Errors.</b> Each call is checked when it is made, against the registry as changed so
     * far: adding an entity whose id its kind already holds, or replacing or removing one whose id
     * (or value) it does not hold, throws {@link IllegalArgumentException} and changes nothing; in
     * a batch, the entities before the refused one stay changed. The registry built by {@link
     * #apply()} after a refusal is the one without the refused call. The messages name the kind and
     * the id, never personal data.
     *
     * <p><b>What it costs.</b> A change shares with the registry it started from everything it
     * does not touch: one entity changed costs time and memory in proportion to the logarithm of
     * the registry's size and to the size of the groups it is listed in (the memberships of its
     * patrol, the activities of its district), never to the size of the registry. The figures are
     * in the README.
     *
     * <p>A change may be applied more than once: each {@link #apply()} returns a registry with
     * every call so far, and calls after it do not change the registries already returned.
     */
    public static final class Change {

        /** The store of one kind as it was, and the editor that changes it, made on first use. */
        private static final class Pending<K, V> {
            private final Store<K, V> base;
            private Store.@Nullable Editor<K, V> editor;

            Pending(Store<K, V> base) {
                this.base = base;
            }

            Store.Editor<K, V> editor() {
                Store.Editor<K, V> result = editor;
                if (result == null) {
                    result = base.edit();
                    editor = result;
                }
                return result;
            }

            Store<K, V> result() {
                return editor == null ? base : editor.freeze();
            }
        }

        private final Pending<DistrictId, District> districts;
        private final Pending<PoliceUnitId, PoliceUnit> policeUnits;
        private final Pending<FederationId, Federation> federations;
        private final Pending<PatrolId, Patrol> patrols;
        private final Pending<MemberId, Member> members;
        private final Pending<MembershipId, Membership> memberships;
        private final Pending<Void, FederationOfficer> federationOfficers;
        private final Pending<Void, TrainingRecord> trainingRecords;
        private final Pending<SiteId, Site> sites;
        private final Pending<ActivityId, Activity> activities;
        private final Pending<VehicleId, Vehicle> vehicles;
        private final Pending<Void, EquipmentIssue> equipmentIssues;
        private final Pending<GrantId, Grant> grants;
        private final Pending<Void, Expenditure> expenditures;
        private final Pending<Void, Refund> refunds;
        private boolean rostersRecorded;

        private Change(Contents base) {
            districts = new Pending<>(base.districts());
            policeUnits = new Pending<>(base.policeUnits());
            federations = new Pending<>(base.federations());
            patrols = new Pending<>(base.patrols());
            members = new Pending<>(base.members());
            memberships = new Pending<>(base.memberships());
            federationOfficers = new Pending<>(base.federationOfficers());
            trainingRecords = new Pending<>(base.trainingRecords());
            sites = new Pending<>(base.sites());
            activities = new Pending<>(base.activities());
            vehicles = new Pending<>(base.vehicles());
            equipmentIssues = new Pending<>(base.equipmentIssues());
            grants = new Pending<>(base.grants());
            expenditures = new Pending<>(base.expenditures());
            refunds = new Pending<>(base.refunds());
            rostersRecorded = base.rostersRecorded();
        }

        /**
         * Adds a district, after every other.
         *
         * @param district the district
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has a district with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change addDistrict(District district) {
            districts.editor().add(checkNotNull(district, "district"));
            return this;
        }

        /**
         * Adds districts, in iteration order.
         *
         * @param values the districts
         * @return this change
         * @throws IllegalArgumentException if one has the id of a district already in the registry or
         *     earlier in {@code values}; those before it stay added
         */
        @CanIgnoreReturnValue
        public Change addDistricts(Iterable<District> values) {
            values.forEach(this::addDistrict);
            return this;
        }

        /**
         * Puts {@code district} in the place of the district with its id, which keeps its place in the
         * order added.
         *
         * @param district the new value of the district
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no district with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change replaceDistrict(District district) {
            districts.editor().replace(checkNotNull(district, "district"));
            return this;
        }

        /**
         * Replaces districts, in iteration order.
         *
         * @param values the new values of the districts
         * @return this change
         * @throws IllegalArgumentException if the registry has no district with the id of one of them;
         *     those before it stay replaced
         */
        @CanIgnoreReturnValue
        public Change replaceDistricts(Iterable<District> values) {
            values.forEach(this::replaceDistrict);
            return this;
        }

        /**
         * Removes the district with id {@code id}. What refers to it stays, for validation to report.
         *
         * @param id the district's id
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no district with
         *     that id
         */
        @CanIgnoreReturnValue
        public Change removeDistrict(DistrictId id) {
            districts.editor().remove(checkNotNull(id, "id"));
            return this;
        }

        /**
         * Removes the districts with the given ids, in iteration order.
         *
         * @param ids the ids
         * @return this change
         * @throws IllegalArgumentException if the registry has no district with one of the ids; those
         *     before it stay removed
         */
        @CanIgnoreReturnValue
        public Change removeDistricts(Iterable<DistrictId> ids) {
            ids.forEach(this::removeDistrict);
            return this;
        }

        /**
         * Adds a police unit, after every other.
         *
         * @param policeUnit the police unit
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has a police unit with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change addPoliceUnit(PoliceUnit policeUnit) {
            policeUnits.editor().add(checkNotNull(policeUnit, "policeUnit"));
            return this;
        }

        /**
         * Adds police units, in iteration order.
         *
         * @param values the police units
         * @return this change
         * @throws IllegalArgumentException if one has the id of a police unit already in the registry or
         *     earlier in {@code values}; those before it stay added
         */
        @CanIgnoreReturnValue
        public Change addPoliceUnits(Iterable<PoliceUnit> values) {
            values.forEach(this::addPoliceUnit);
            return this;
        }

        /**
         * Puts {@code policeUnit} in the place of the police unit with its id, which keeps its place in the
         * order added.
         *
         * @param policeUnit the new value of the police unit
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no police unit with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change replacePoliceUnit(PoliceUnit policeUnit) {
            policeUnits.editor().replace(checkNotNull(policeUnit, "policeUnit"));
            return this;
        }

        /**
         * Replaces police units, in iteration order.
         *
         * @param values the new values of the police units
         * @return this change
         * @throws IllegalArgumentException if the registry has no police unit with the id of one of them;
         *     those before it stay replaced
         */
        @CanIgnoreReturnValue
        public Change replacePoliceUnits(Iterable<PoliceUnit> values) {
            values.forEach(this::replacePoliceUnit);
            return this;
        }

        /**
         * Removes the police unit with id {@code id}. What refers to it stays, for validation to report.
         *
         * @param id the police unit's id
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no police unit with
         *     that id
         */
        @CanIgnoreReturnValue
        public Change removePoliceUnit(PoliceUnitId id) {
            policeUnits.editor().remove(checkNotNull(id, "id"));
            return this;
        }

        /**
         * Removes the police units with the given ids, in iteration order.
         *
         * @param ids the ids
         * @return this change
         * @throws IllegalArgumentException if the registry has no police unit with one of the ids; those
         *     before it stay removed
         */
        @CanIgnoreReturnValue
        public Change removePoliceUnits(Iterable<PoliceUnitId> ids) {
            ids.forEach(this::removePoliceUnit);
            return this;
        }

        /**
         * Adds a federation, after every other.
         *
         * @param federation the federation
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has a federation with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change addFederation(Federation federation) {
            federations.editor().add(checkNotNull(federation, "federation"));
            return this;
        }

        /**
         * Adds federations, in iteration order.
         *
         * @param values the federations
         * @return this change
         * @throws IllegalArgumentException if one has the id of a federation already in the registry or
         *     earlier in {@code values}; those before it stay added
         */
        @CanIgnoreReturnValue
        public Change addFederations(Iterable<Federation> values) {
            values.forEach(this::addFederation);
            return this;
        }

        /**
         * Puts {@code federation} in the place of the federation with its id, which keeps its place in the
         * order added.
         *
         * @param federation the new value of the federation
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no federation with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change replaceFederation(Federation federation) {
            federations.editor().replace(checkNotNull(federation, "federation"));
            return this;
        }

        /**
         * Replaces federations, in iteration order.
         *
         * @param values the new values of the federations
         * @return this change
         * @throws IllegalArgumentException if the registry has no federation with the id of one of them;
         *     those before it stay replaced
         */
        @CanIgnoreReturnValue
        public Change replaceFederations(Iterable<Federation> values) {
            values.forEach(this::replaceFederation);
            return this;
        }

        /**
         * Removes the federation with id {@code id}. What refers to it stays, for validation to report.
         *
         * @param id the federation's id
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no federation with
         *     that id
         */
        @CanIgnoreReturnValue
        public Change removeFederation(FederationId id) {
            federations.editor().remove(checkNotNull(id, "id"));
            return this;
        }

        /**
         * Removes the federations with the given ids, in iteration order.
         *
         * @param ids the ids
         * @return this change
         * @throws IllegalArgumentException if the registry has no federation with one of the ids; those
         *     before it stay removed
         */
        @CanIgnoreReturnValue
        public Change removeFederations(Iterable<FederationId> ids) {
            ids.forEach(this::removeFederation);
            return this;
        }

        /**
         * Adds a patrol, after every other.
         *
         * @param patrol the patrol
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has a patrol with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change addPatrol(Patrol patrol) {
            patrols.editor().add(checkNotNull(patrol, "patrol"));
            return this;
        }

        /**
         * Adds patrols, in iteration order.
         *
         * @param values the patrols
         * @return this change
         * @throws IllegalArgumentException if one has the id of a patrol already in the registry or
         *     earlier in {@code values}; those before it stay added
         */
        @CanIgnoreReturnValue
        public Change addPatrols(Iterable<Patrol> values) {
            values.forEach(this::addPatrol);
            return this;
        }

        /**
         * Puts {@code patrol} in the place of the patrol with its id, which keeps its place in the
         * order added.
         *
         * @param patrol the new value of the patrol
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no patrol with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change replacePatrol(Patrol patrol) {
            patrols.editor().replace(checkNotNull(patrol, "patrol"));
            return this;
        }

        /**
         * Replaces patrols, in iteration order.
         *
         * @param values the new values of the patrols
         * @return this change
         * @throws IllegalArgumentException if the registry has no patrol with the id of one of them;
         *     those before it stay replaced
         */
        @CanIgnoreReturnValue
        public Change replacePatrols(Iterable<Patrol> values) {
            values.forEach(this::replacePatrol);
            return this;
        }

        /**
         * Removes the patrol with id {@code id}. What refers to it stays, for validation to report.
         *
         * @param id the patrol's id
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no patrol with
         *     that id
         */
        @CanIgnoreReturnValue
        public Change removePatrol(PatrolId id) {
            patrols.editor().remove(checkNotNull(id, "id"));
            return this;
        }

        /**
         * Removes the patrols with the given ids, in iteration order.
         *
         * @param ids the ids
         * @return this change
         * @throws IllegalArgumentException if the registry has no patrol with one of the ids; those
         *     before it stay removed
         */
        @CanIgnoreReturnValue
        public Change removePatrols(Iterable<PatrolId> ids) {
            ids.forEach(this::removePatrol);
            return this;
        }

        /**
         * Adds a member, after every other.
         *
         * @param member the member
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has a member with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change addMember(Member member) {
            members.editor().add(checkNotNull(member, "member"));
            return this;
        }

        /**
         * Adds members, in iteration order.
         *
         * @param values the members
         * @return this change
         * @throws IllegalArgumentException if one has the id of a member already in the registry or
         *     earlier in {@code values}; those before it stay added
         */
        @CanIgnoreReturnValue
        public Change addMembers(Iterable<Member> values) {
            values.forEach(this::addMember);
            return this;
        }

        /**
         * Puts {@code member} in the place of the member with its id, which keeps its place in the
         * order added.
         *
         * @param member the new value of the member
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no member with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change replaceMember(Member member) {
            members.editor().replace(checkNotNull(member, "member"));
            return this;
        }

        /**
         * Replaces members, in iteration order.
         *
         * @param values the new values of the members
         * @return this change
         * @throws IllegalArgumentException if the registry has no member with the id of one of them;
         *     those before it stay replaced
         */
        @CanIgnoreReturnValue
        public Change replaceMembers(Iterable<Member> values) {
            values.forEach(this::replaceMember);
            return this;
        }

        /**
         * Removes the member with id {@code id}. What refers to it stays, for validation to report.
         *
         * @param id the member's id
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no member with
         *     that id
         */
        @CanIgnoreReturnValue
        public Change removeMember(MemberId id) {
            members.editor().remove(checkNotNull(id, "id"));
            return this;
        }

        /**
         * Removes the members with the given ids, in iteration order.
         *
         * @param ids the ids
         * @return this change
         * @throws IllegalArgumentException if the registry has no member with one of the ids; those
         *     before it stay removed
         */
        @CanIgnoreReturnValue
        public Change removeMembers(Iterable<MemberId> ids) {
            ids.forEach(this::removeMember);
            return this;
        }

        /**
         * Adds a membership, after every other.
         *
         * @param membership the membership
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has a membership with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change addMembership(Membership membership) {
            memberships.editor().add(checkNotNull(membership, "membership"));
            return this;
        }

        /**
         * Adds memberships, in iteration order.
         *
         * @param values the memberships
         * @return this change
         * @throws IllegalArgumentException if one has the id of a membership already in the registry or
         *     earlier in {@code values}; those before it stay added
         */
        @CanIgnoreReturnValue
        public Change addMemberships(Iterable<Membership> values) {
            values.forEach(this::addMembership);
            return this;
        }

        /**
         * Puts {@code membership} in the place of the membership with its id, which keeps its place in the
         * order added.
         *
         * @param membership the new value of the membership
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no membership with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change replaceMembership(Membership membership) {
            memberships.editor().replace(checkNotNull(membership, "membership"));
            return this;
        }

        /**
         * Replaces memberships, in iteration order.
         *
         * @param values the new values of the memberships
         * @return this change
         * @throws IllegalArgumentException if the registry has no membership with the id of one of them;
         *     those before it stay replaced
         */
        @CanIgnoreReturnValue
        public Change replaceMemberships(Iterable<Membership> values) {
            values.forEach(this::replaceMembership);
            return this;
        }

        /**
         * Removes the membership with id {@code id}. What refers to it stays, for validation to report.
         *
         * @param id the membership's id
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no membership with
         *     that id
         */
        @CanIgnoreReturnValue
        public Change removeMembership(MembershipId id) {
            memberships.editor().remove(checkNotNull(id, "id"));
            return this;
        }

        /**
         * Removes the memberships with the given ids, in iteration order.
         *
         * @param ids the ids
         * @return this change
         * @throws IllegalArgumentException if the registry has no membership with one of the ids; those
         *     before it stay removed
         */
        @CanIgnoreReturnValue
        public Change removeMemberships(Iterable<MembershipId> ids) {
            ids.forEach(this::removeMembership);
            return this;
        }

        /**
         * Adds a site, after every other.
         *
         * @param site the site
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has a site with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change addSite(Site site) {
            sites.editor().add(checkNotNull(site, "site"));
            return this;
        }

        /**
         * Adds sites, in iteration order.
         *
         * @param values the sites
         * @return this change
         * @throws IllegalArgumentException if one has the id of a site already in the registry or
         *     earlier in {@code values}; those before it stay added
         */
        @CanIgnoreReturnValue
        public Change addSites(Iterable<Site> values) {
            values.forEach(this::addSite);
            return this;
        }

        /**
         * Puts {@code site} in the place of the site with its id, which keeps its place in the
         * order added.
         *
         * @param site the new value of the site
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no site with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change replaceSite(Site site) {
            sites.editor().replace(checkNotNull(site, "site"));
            return this;
        }

        /**
         * Replaces sites, in iteration order.
         *
         * @param values the new values of the sites
         * @return this change
         * @throws IllegalArgumentException if the registry has no site with the id of one of them;
         *     those before it stay replaced
         */
        @CanIgnoreReturnValue
        public Change replaceSites(Iterable<Site> values) {
            values.forEach(this::replaceSite);
            return this;
        }

        /**
         * Removes the site with id {@code id}. What refers to it stays, for validation to report.
         *
         * @param id the site's id
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no site with
         *     that id
         */
        @CanIgnoreReturnValue
        public Change removeSite(SiteId id) {
            sites.editor().remove(checkNotNull(id, "id"));
            return this;
        }

        /**
         * Removes the sites with the given ids, in iteration order.
         *
         * @param ids the ids
         * @return this change
         * @throws IllegalArgumentException if the registry has no site with one of the ids; those
         *     before it stay removed
         */
        @CanIgnoreReturnValue
        public Change removeSites(Iterable<SiteId> ids) {
            ids.forEach(this::removeSite);
            return this;
        }

        /**
         * Adds an activity, after every other.
         *
         * @param activity the activity
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has an activity with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change addActivity(Activity activity) {
            activities.editor().add(checkNotNull(activity, "activity"));
            return this;
        }

        /**
         * Adds activities, in iteration order.
         *
         * @param values the activities
         * @return this change
         * @throws IllegalArgumentException if one has the id of an activity already in the registry or
         *     earlier in {@code values}; those before it stay added
         */
        @CanIgnoreReturnValue
        public Change addActivities(Iterable<Activity> values) {
            values.forEach(this::addActivity);
            return this;
        }

        /**
         * Puts {@code activity} in the place of the activity with its id, which keeps its place in the
         * order added.
         *
         * @param activity the new value of the activity
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no activity with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change replaceActivity(Activity activity) {
            activities.editor().replace(checkNotNull(activity, "activity"));
            return this;
        }

        /**
         * Replaces activities, in iteration order.
         *
         * @param values the new values of the activities
         * @return this change
         * @throws IllegalArgumentException if the registry has no activity with the id of one of them;
         *     those before it stay replaced
         */
        @CanIgnoreReturnValue
        public Change replaceActivities(Iterable<Activity> values) {
            values.forEach(this::replaceActivity);
            return this;
        }

        /**
         * Removes the activity with id {@code id}. What refers to it stays, for validation to report.
         *
         * @param id the activity's id
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no activity with
         *     that id
         */
        @CanIgnoreReturnValue
        public Change removeActivity(ActivityId id) {
            activities.editor().remove(checkNotNull(id, "id"));
            return this;
        }

        /**
         * Removes the activities with the given ids, in iteration order.
         *
         * @param ids the ids
         * @return this change
         * @throws IllegalArgumentException if the registry has no activity with one of the ids; those
         *     before it stay removed
         */
        @CanIgnoreReturnValue
        public Change removeActivities(Iterable<ActivityId> ids) {
            ids.forEach(this::removeActivity);
            return this;
        }

        /**
         * Adds a vehicle, after every other.
         *
         * @param vehicle the vehicle
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has a vehicle with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change addVehicle(Vehicle vehicle) {
            vehicles.editor().add(checkNotNull(vehicle, "vehicle"));
            return this;
        }

        /**
         * Adds vehicles, in iteration order.
         *
         * @param values the vehicles
         * @return this change
         * @throws IllegalArgumentException if one has the id of a vehicle already in the registry or
         *     earlier in {@code values}; those before it stay added
         */
        @CanIgnoreReturnValue
        public Change addVehicles(Iterable<Vehicle> values) {
            values.forEach(this::addVehicle);
            return this;
        }

        /**
         * Puts {@code vehicle} in the place of the vehicle with its id, which keeps its place in the
         * order added.
         *
         * @param vehicle the new value of the vehicle
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no vehicle with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change replaceVehicle(Vehicle vehicle) {
            vehicles.editor().replace(checkNotNull(vehicle, "vehicle"));
            return this;
        }

        /**
         * Replaces vehicles, in iteration order.
         *
         * @param values the new values of the vehicles
         * @return this change
         * @throws IllegalArgumentException if the registry has no vehicle with the id of one of them;
         *     those before it stay replaced
         */
        @CanIgnoreReturnValue
        public Change replaceVehicles(Iterable<Vehicle> values) {
            values.forEach(this::replaceVehicle);
            return this;
        }

        /**
         * Removes the vehicle with id {@code id}. What refers to it stays, for validation to report.
         *
         * @param id the vehicle's id
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no vehicle with
         *     that id
         */
        @CanIgnoreReturnValue
        public Change removeVehicle(VehicleId id) {
            vehicles.editor().remove(checkNotNull(id, "id"));
            return this;
        }

        /**
         * Removes the vehicles with the given ids, in iteration order.
         *
         * @param ids the ids
         * @return this change
         * @throws IllegalArgumentException if the registry has no vehicle with one of the ids; those
         *     before it stay removed
         */
        @CanIgnoreReturnValue
        public Change removeVehicles(Iterable<VehicleId> ids) {
            ids.forEach(this::removeVehicle);
            return this;
        }

        /**
         * Adds a grant, after every other.
         *
         * @param grant the grant
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has a grant with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change addGrant(Grant grant) {
            grants.editor().add(checkNotNull(grant, "grant"));
            return this;
        }

        /**
         * Adds grants, in iteration order.
         *
         * @param values the grants
         * @return this change
         * @throws IllegalArgumentException if one has the id of a grant already in the registry or
         *     earlier in {@code values}; those before it stay added
         */
        @CanIgnoreReturnValue
        public Change addGrants(Iterable<Grant> values) {
            values.forEach(this::addGrant);
            return this;
        }

        /**
         * Puts {@code grant} in the place of the grant with its id, which keeps its place in the
         * order added.
         *
         * @param grant the new value of the grant
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no grant with
         *     its id
         */
        @CanIgnoreReturnValue
        public Change replaceGrant(Grant grant) {
            grants.editor().replace(checkNotNull(grant, "grant"));
            return this;
        }

        /**
         * Replaces grants, in iteration order.
         *
         * @param values the new values of the grants
         * @return this change
         * @throws IllegalArgumentException if the registry has no grant with the id of one of them;
         *     those before it stay replaced
         */
        @CanIgnoreReturnValue
        public Change replaceGrants(Iterable<Grant> values) {
            values.forEach(this::replaceGrant);
            return this;
        }

        /**
         * Removes the grant with id {@code id}. What refers to it stays, for validation to report.
         *
         * @param id the grant's id
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no grant with
         *     that id
         */
        @CanIgnoreReturnValue
        public Change removeGrant(GrantId id) {
            grants.editor().remove(checkNotNull(id, "id"));
            return this;
        }

        /**
         * Removes the grants with the given ids, in iteration order.
         *
         * @param ids the ids
         * @return this change
         * @throws IllegalArgumentException if the registry has no grant with one of the ids; those
         *     before it stay removed
         */
        @CanIgnoreReturnValue
        public Change removeGrants(Iterable<GrantId> ids) {
            ids.forEach(this::removeGrant);
            return this;
        }

        /**
         * Adds a federation officer, after every other.
         *
         * @param officer the federation officer
         * @return this change
         */
        @CanIgnoreReturnValue
        public Change addFederationOfficer(FederationOfficer officer) {
            federationOfficers.editor().add(checkNotNull(officer, "officer"));
            return this;
        }

        /**
         * Adds federation officers, in iteration order.
         *
         * @param values the federation officers
         * @return this change
         */
        @CanIgnoreReturnValue
        public Change addFederationOfficers(Iterable<FederationOfficer> values) {
            values.forEach(this::addFederationOfficer);
            return this;
        }

        /**
         * Removes a federation officer equal to {@code officer}: federation officers have no id, so they are found by value; of
         * equal ones, the first added goes.
         *
         * @param officer the federation officer to remove
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no equal federation officer
         *     (the message does not show it)
         */
        @CanIgnoreReturnValue
        public Change removeFederationOfficer(FederationOfficer officer) {
            federationOfficers.editor().removeValue(checkNotNull(officer, "officer"));
            return this;
        }

        /**
         * Removes federation officers equal to the given ones, one for each, in iteration order.
         *
         * @param values the federation officers to remove
         * @return this change
         * @throws IllegalArgumentException if the registry has no federation officer equal to one of them;
         *     those before it stay removed
         */
        @CanIgnoreReturnValue
        public Change removeFederationOfficers(Iterable<FederationOfficer> values) {
            values.forEach(this::removeFederationOfficer);
            return this;
        }

        /**
         * Adds a training record, after every other.
         *
         * @param record the training record
         * @return this change
         */
        @CanIgnoreReturnValue
        public Change addTrainingRecord(TrainingRecord record) {
            trainingRecords.editor().add(checkNotNull(record, "record"));
            return this;
        }

        /**
         * Adds training records, in iteration order.
         *
         * @param values the training records
         * @return this change
         */
        @CanIgnoreReturnValue
        public Change addTrainingRecords(Iterable<TrainingRecord> values) {
            values.forEach(this::addTrainingRecord);
            return this;
        }

        /**
         * Removes a training record equal to {@code record}: training records have no id, so they are found by value; of
         * equal ones, the first added goes.
         *
         * @param record the training record to remove
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no equal training record
         *     (the message does not show it)
         */
        @CanIgnoreReturnValue
        public Change removeTrainingRecord(TrainingRecord record) {
            trainingRecords.editor().removeValue(checkNotNull(record, "record"));
            return this;
        }

        /**
         * Removes training records equal to the given ones, one for each, in iteration order.
         *
         * @param values the training records to remove
         * @return this change
         * @throws IllegalArgumentException if the registry has no training record equal to one of them;
         *     those before it stay removed
         */
        @CanIgnoreReturnValue
        public Change removeTrainingRecords(Iterable<TrainingRecord> values) {
            values.forEach(this::removeTrainingRecord);
            return this;
        }

        /**
         * Adds an equipment issue, after every other.
         *
         * @param issue the equipment issue
         * @return this change
         */
        @CanIgnoreReturnValue
        public Change addEquipmentIssue(EquipmentIssue issue) {
            equipmentIssues.editor().add(checkNotNull(issue, "issue"));
            return this;
        }

        /**
         * Adds equipment issues, in iteration order.
         *
         * @param values the equipment issues
         * @return this change
         */
        @CanIgnoreReturnValue
        public Change addEquipmentIssues(Iterable<EquipmentIssue> values) {
            values.forEach(this::addEquipmentIssue);
            return this;
        }

        /**
         * Removes an equipment issue equal to {@code issue}: equipment issues have no id, so they are found by value; of
         * equal ones, the first added goes.
         *
         * @param issue the equipment issue to remove
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no equal equipment issue
         *     (the message does not show it)
         */
        @CanIgnoreReturnValue
        public Change removeEquipmentIssue(EquipmentIssue issue) {
            equipmentIssues.editor().removeValue(checkNotNull(issue, "issue"));
            return this;
        }

        /**
         * Removes equipment issues equal to the given ones, one for each, in iteration order.
         *
         * @param values the equipment issues to remove
         * @return this change
         * @throws IllegalArgumentException if the registry has no equipment issue equal to one of them;
         *     those before it stay removed
         */
        @CanIgnoreReturnValue
        public Change removeEquipmentIssues(Iterable<EquipmentIssue> values) {
            values.forEach(this::removeEquipmentIssue);
            return this;
        }

        /**
         * Adds an expenditure, after every other.
         *
         * @param expenditure the expenditure
         * @return this change
         */
        @CanIgnoreReturnValue
        public Change addExpenditure(Expenditure expenditure) {
            expenditures.editor().add(checkNotNull(expenditure, "expenditure"));
            return this;
        }

        /**
         * Adds expenditures, in iteration order.
         *
         * @param values the expenditures
         * @return this change
         */
        @CanIgnoreReturnValue
        public Change addExpenditures(Iterable<Expenditure> values) {
            values.forEach(this::addExpenditure);
            return this;
        }

        /**
         * Removes an expenditure equal to {@code expenditure}: expenditures have no id, so they are found by value; of
         * equal ones, the first added goes.
         *
         * @param expenditure the expenditure to remove
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no equal expenditure
         *     (the message does not show it)
         */
        @CanIgnoreReturnValue
        public Change removeExpenditure(Expenditure expenditure) {
            expenditures.editor().removeValue(checkNotNull(expenditure, "expenditure"));
            return this;
        }

        /**
         * Removes expenditures equal to the given ones, one for each, in iteration order.
         *
         * @param values the expenditures to remove
         * @return this change
         * @throws IllegalArgumentException if the registry has no expenditure equal to one of them;
         *     those before it stay removed
         */
        @CanIgnoreReturnValue
        public Change removeExpenditures(Iterable<Expenditure> values) {
            values.forEach(this::removeExpenditure);
            return this;
        }

        /**
         * Adds a refund, after every other.
         *
         * @param refund the refund
         * @return this change
         */
        @CanIgnoreReturnValue
        public Change addRefund(Refund refund) {
            refunds.editor().add(checkNotNull(refund, "refund"));
            return this;
        }

        /**
         * Adds refunds, in iteration order.
         *
         * @param values the refunds
         * @return this change
         */
        @CanIgnoreReturnValue
        public Change addRefunds(Iterable<Refund> values) {
            values.forEach(this::addRefund);
            return this;
        }

        /**
         * Removes a refund equal to {@code refund}: refunds have no id, so they are found by value; of
         * equal ones, the first added goes.
         *
         * @param refund the refund to remove
         * @return this change
         * @throws IllegalArgumentException if the registry, as changed so far, has no equal refund
         *     (the message does not show it)
         */
        @CanIgnoreReturnValue
        public Change removeRefund(Refund refund) {
            refunds.editor().removeValue(checkNotNull(refund, "refund"));
            return this;
        }

        /**
         * Removes refunds equal to the given ones, one for each, in iteration order.
         *
         * @param values the refunds to remove
         * @return this change
         * @throws IllegalArgumentException if the registry has no refund equal to one of them;
         *     those before it stay removed
         */
        @CanIgnoreReturnValue
        public Change removeRefunds(Iterable<Refund> values) {
            values.forEach(this::removeRefund);
            return this;
        }

        /**
         * Sets whether the registry records patrols' rosters as a whole; unless set, as in the
         * registry the change started from.
         *
         * @param value {@code false} for a registry of patrols without memberships
         * @return this change
         */
        @CanIgnoreReturnValue
        public Change rostersRecorded(boolean value) {
            rostersRecorded = value;
            return this;
        }

        /**
         * Returns the registry with every change made so far. The registry the change started
         * from, and any registry an earlier call returned, stay as they are.
         *
         * @return the changed registry
         */
        public Registry apply() {
            return changed(new Registry(new Contents(
                    districts.result(),
                    policeUnits.result(),
                    federations.result(),
                    patrols.result(),
                    members.result(),
                    memberships.result(),
                    federationOfficers.result(),
                    trainingRecords.result(),
                    sites.result(),
                    activities.result(),
                    vehicles.result(),
                    equipmentIssues.result(),
                    grants.result(),
                    expenditures.result(),
                    refunds.result(),
                    rostersRecorded)));
        }
    }

    /**
     * Logs at DEBUG what a person diagnosing an embedding system wants to know of a registry just
     * built: the counts of each kind (its {@link #toString()}) and how many references point to
     * ids it does not hold. Never an entity's contents.
     */
    private static Registry built(Registry registry) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "registry built: {}, {} references to ids it does not hold",
                    registry,
                    registry.danglingReferences());
        }
        return registry;
    }

    /**
     * Logs at DEBUG the counts of each kind of a registry just changed; not its references, which
     * would take a pass over the whole registry at every change.
     */
    private static Registry changed(Registry registry) {
        LOG.debug("registry changed: {}", registry);
        return registry;
    }

    /**
     * Counts the references to ids of another entity that the registry does not hold, for the
     * log, counted as validation's {@code REFERENCE_UNRESOLVED} counts them: each reference once,
     * except a member's districts of residence or business, which count once a member whatever
     * their number (a test holds the two counts equal).
     */
    long danglingReferences() {
        long count = 0;
        Store<DistrictId, District> districts = contents.districts();
        Store<PoliceUnitId, PoliceUnit> policeUnits = contents.policeUnits();
        Store<FederationId, Federation> federations = contents.federations();
        Store<PatrolId, Patrol> patrols = contents.patrols();
        Store<MemberId, Member> members = contents.members();
        Store<GrantId, Grant> grants = contents.grants();
        for (District district : districts.values()) {
            count += missing(districts, district.parent());
        }
        for (PoliceUnit unit : policeUnits.values()) {
            count += missing(policeUnits, unit.parent());
        }
        for (Federation federation : federations.values()) {
            count +=
                    missing(districts, Optional.of(federation.territory())) + missing(federations, federation.parent());
        }
        for (FederationOfficer officer : contents.federationOfficers().values()) {
            count += missing(members, Optional.of(officer.member()))
                    + missing(federations, Optional.of(officer.federation()));
        }
        for (Patrol patrol : patrols.values()) {
            count += missing(policeUnits, Optional.of(patrol.policeUnit())) + missing(federations, patrol.federation());
            for (DistrictId district : patrol.activityArea()) {
                count += missing(districts, Optional.of(district));
            }
            for (PatrolPost post : patrol.posts()) {
                count += missing(districts, Optional.of(post.district()));
            }
        }
        for (Member member : members.values()) {
            boolean elsewhere = member.residenceOrBusinessDistricts().stream().anyMatch(d -> !districts.contains(d))
                    || member.residences().stream().anyMatch(r -> !districts.contains(r.district()));
            count += elsewhere ? 1 : 0;
        }
        for (Membership membership : contents.memberships().values()) {
            count += missing(members, Optional.of(membership.member()))
                    + missing(patrols, Optional.of(membership.patrol()));
        }
        for (TrainingRecord record : contents.trainingRecords().values()) {
            count += missing(members, Optional.of(record.member()));
        }
        for (Site site : contents.sites().values()) {
            count += missing(districts, Optional.of(site.district()));
        }
        for (Activity activity : contents.activities().values()) {
            count += missing(patrols, Optional.of(activity.patrol()));
            for (PatrolId joint : activity.jointPatrols()) {
                count += missing(patrols, Optional.of(joint));
            }
            for (DistrictId district : activity.districts()) {
                count += missing(districts, Optional.of(district));
            }
            for (SiteId site : activity.sites()) {
                count += missing(contents.sites(), Optional.of(site));
            }
            for (Attendance attendance : activity.attendance()) {
                count += missing(members, Optional.of(attendance.member()));
            }
            if (activity.requestedBy().isPresent()) {
                count += missing(activity.requestedBy().get());
            }
        }
        for (Vehicle vehicle : contents.vehicles().values()) {
            count += missing(patrols, Optional.of(vehicle.patrol()));
        }
        for (EquipmentIssue issue : contents.equipmentIssues().values()) {
            count += missing(patrols, Optional.of(issue.patrol())) + missing(members, issue.member());
        }
        for (Grant grant : grants.values()) {
            count += missing(patrols, grant.recipient().patrol())
                    + missing(federations, grant.recipient().federation())
                    + missing(grant.funder());
        }
        for (Expenditure expenditure : contents.expenditures().values()) {
            count += missing(grants, Optional.of(expenditure.grant()));
        }
        for (Refund refund : contents.refunds().values()) {
            count += missing(grants, Optional.of(refund.grant()));
        }
        return count;
    }

    private static <K> int missing(Store<K, ?> store, Optional<K> id) {
        return id.isPresent() && !store.contains(id.get()) ? 1 : 0;
    }

    private int missing(Authority authority) {
        return missing(contents.districts(), authority.district())
                + missing(contents.policeUnits(), authority.policeUnit());
    }

    /**
     * Returns the counts of each kind of entity, as in {@code Registry{districts=88, ...}}.
     */
    @Override
    public String toString() {
        return "Registry{districts=" + contents.districts().size()
                + ", policeUnits=" + contents.policeUnits().size()
                + ", federations=" + contents.federations().size()
                + ", patrols=" + contents.patrols().size()
                + ", members=" + contents.members().size()
                + ", memberships=" + contents.memberships().size()
                + ", federationOfficers=" + contents.federationOfficers().size()
                + ", trainingRecords=" + contents.trainingRecords().size()
                + ", sites=" + contents.sites().size()
                + ", activities=" + contents.activities().size()
                + ", vehicles=" + contents.vehicles().size()
                + ", equipmentIssues=" + contents.equipmentIssues().size()
                + ", grants=" + contents.grants().size()
                + ", expenditures=" + contents.expenditures().size()
                + ", refunds=" + contents.refunds().size()
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
            return built(new Registry(new Contents(
                    Store.of(DistrictTree.KIND, districts),
                    Store.of(POLICE_UNITS, policeUnits),
                    Store.of(FEDERATIONS, federations),
                    Store.of(PatrolIndex.KIND, patrols),
                    Store.of(MEMBERS, members),
                    Store.of(MembershipIndex.KIND, memberships),
                    Store.of(FEDERATION_OFFICERS, federationOfficers),
                    Store.of(MembershipIndex.TRAINING_KIND, trainingRecords),
                    Store.of(SITES, sites),
                    Store.of(ActivityIndex.KIND, activities),
                    Store.of(VEHICLES, vehicles),
                    Store.of(EQUIPMENT_ISSUES, equipmentIssues),
                    Store.of(FundingIndex.KIND, grants),
                    Store.of(FundingIndex.EXPENDITURE_KIND, expenditures),
                    Store.of(FundingIndex.REFUND_KIND, refunds),
                    rostersRecorded)));
        }
    }
}
