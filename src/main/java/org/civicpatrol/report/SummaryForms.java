package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.civicpatrol.activity.ActivityType;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.geo.Authority;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Role;
import org.civicpatrol.patrol.PatrolId;
import org.jspecify.annotations.Nullable;

/**
 * A summary as a tree of maps, lists, text, numbers and booleans, and back: what {@code
 * org.civicpatrol.json} writes and reads, without this package knowing JSON. Called by that
 * package through reflection, since it is not public; the tests of that package cover it.
 *
 * <p>A summary's form holds what its sums are made of (patrols, members by id with their flows
 * and roles, activities by day, amounts by key, training flags by member, districts and sites),
 * so that a summary read back adds to others as the original would. It also holds the figures
 * derived from them (counts by role, age band and sex, ...), for readers of the JSON; reading
 * ignores those and derives them again. Without {@code personal}, a member's age band and sex are
 * left out of the member entries; read back, such a member is in the unknown band and group.
 */
final class SummaryForms {

    private SummaryForms() {}

    // ---------------------------------------------------------------------------------- writing

    /** Returns the form of {@code summary}; leaves are text, numbers, booleans and model values. */
    static Map<String, Object> write(Summary summary, boolean personal) {
        Map<String, Object> form = new LinkedHashMap<>();
        Map<String, Object> patrols = new LinkedHashMap<>();
        patrols.put("registered", sorted(summary.registeredPatrols()));
        patrols.put("active", sorted(summary.activePatrols()));
        patrols.put("dissolved", sorted(summary.dissolvedPatrols()));
        form.put("patrols", patrols);
        Map<String, Object> headcounts = new LinkedHashMap<>();
        summary.reportedHeadcounts().forEach((patrol, count) -> headcounts.put(patrol.value(), count));
        form.put("reportedHeadcounts", headcounts);
        form.put("members", members(summary.members(), personal));
        form.put("activities", activities(summary.activities()));
        form.put("funding", funding(summary.funding()));
        form.put("training", training(summary.training()));
        form.put("coverage", coverage(summary.coverage()));
        return form;
    }

    private static List<String> sorted(Collection<?> ids) {
        List<String> texts = new ArrayList<>();
        for (Object id : ids) {
            texts.add(id.toString());
        }
        texts.sort(Comparator.naturalOrder());
        return texts;
    }

    private static Map<String, Object> members(MemberSummary members, boolean personal) {
        Map<String, Object> form = new LinkedHashMap<>();
        List<Integer> bounds = new ArrayList<>();
        List<AgeBand> bands = members.ageBands().bands();
        for (int i = 0; i < bands.size() - 2; i++) {
            bounds.add(bands.get(i).to().orElseThrow());
        }
        form.put("ageBands", bounds);
        form.put("count", members.count());
        form.put("byRole", names(members.byRole()));
        Map<String, Object> byAgeBand = new LinkedHashMap<>();
        members.byAgeBand().forEach((band, count) -> byAgeBand.put(band.label(), count));
        form.put("byAgeBand", byAgeBand);
        form.put("bySex", names(members.bySex()));
        form.put("joiners", members.joinerCount());
        form.put("leavers", members.leaverCount());
        List<Object> entries = new ArrayList<>();
        MemberTable table = members.table();
        table.positionsById().forEach(i -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("member", table.id(i).value());
            entry.putAll(MemberSummary.describe(table.value(i), members.ageBands(), personal));
            entries.add(entry);
        });
        form.put("entries", entries);
        return form;
    }

    private static Map<String, Object> names(Map<? extends Enum<?>, ? extends Number> counts) {
        Map<String, Object> form = new LinkedHashMap<>();
        counts.forEach((key, count) -> form.put(key.name(), count));
        return form;
    }

    private static Map<String, Object> activities(ActivitySummary activities) {
        ActivitySummary.Parts parts = activities.parts();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("count", parts.count());
        form.put("byType", names(activities.byType()));
        List<Object> days = new ArrayList<>();
        DayTable byDay = parts.byDay();
        for (int i = 0; i < byDay.size(); i++) {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", LocalDate.ofEpochDay(byDay.days[i]).toString());
            day.put("activities", byDay.activities[i]);
            day.put("memberSeconds", byDay.seconds[i]);
            days.add(day);
        }
        form.put("days", days);
        form.put("memberSeconds", parts.memberSeconds());
        form.put("rostered", parts.rostered());
        form.put("present", parts.present());
        form.put("excused", parts.excused());
        form.put("unexcused", parts.unexcused());
        form.put("guests", parts.guests());
        form.put("reportsToPolice", parts.reportsToPolice());
        form.put("youthGuidanceCases", parts.youthGuidanceCases());
        form.put("hazardsReported", parts.hazardsReported());
        Map<String, Object> unexcusedByMember = new LinkedHashMap<>();
        MemberTable unexcused = parts.unexcusedByMember();
        unexcused
                .positionsById()
                .forEach(i -> unexcusedByMember.put(unexcused.id(i).value(), unexcused.value(i)));
        form.put("unexcusedByMember", unexcusedByMember);
        return form;
    }

    private static Map<String, Object> funding(FundingSummary funding) {
        FundingSummary.Parts parts = funding.parts();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("grants", parts.grants());
        form.put("awarded", amounts(parts.awarded(), Object::toString));
        form.put("spent", amounts(parts.spent(), Object::toString));
        form.put("returned", amounts(parts.returned(), Object::toString));
        form.put("awardedByCategory", amounts(parts.awardedByCategory(), GrantCategory::name));
        form.put("spentByCategory", amounts(parts.spentByCategory(), GrantCategory::name));
        form.put("awardedByFunder", entries(parts.awardedByFunder(), "funder"));
        form.put("awardedByFiscalYear", amounts(parts.awardedByFiscalYear(), Year::toString));
        form.put("awardedByRecipient", entries(parts.awardedByRecipient(), "recipient"));
        return form;
    }

    private static <K> Map<String, Object> amounts(Map<K, BigDecimal> amounts, Function<K, String> key) {
        Map<String, Object> form = new LinkedHashMap<>();
        List<Map.Entry<K, BigDecimal>> sorted = new ArrayList<>(amounts.entrySet());
        sorted.sort(Comparator.comparing(entry -> key.apply(entry.getKey())));
        for (Map.Entry<K, BigDecimal> entry : sorted) {
            form.put(key.apply(entry.getKey()), entry.getValue().toPlainString());
        }
        return form;
    }

    /** Amounts keyed by values, as a list of entries sorted by the value's text. */
    private static <K> List<Object> entries(Map<K, BigDecimal> amounts, String name) {
        List<Map.Entry<K, BigDecimal>> sorted = new ArrayList<>(amounts.entrySet());
        sorted.sort(Comparator.comparing(entry -> entry.getKey().toString()));
        List<Object> form = new ArrayList<>();
        for (Map.Entry<K, BigDecimal> amount : sorted) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put(name, amount.getKey());
            entry.put("amount", amount.getValue().toPlainString());
            form.add(entry);
        }
        return form;
    }

    private static Map<String, Object> training(TrainingSummary training) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("basicDue", training.basicDueCount());
        form.put("basicDone", training.basicCompletedCount());
        form.put("inServiceDue", training.inServiceDueCount());
        form.put("inServiceDone", training.inServiceCompletedCount());
        List<Object> entries = new ArrayList<>();
        MemberTable flags = training.flags();
        flags.positionsById().forEach(i -> {
            long value = flags.value(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("member", flags.id(i).value());
            for (int bit = 0; bit < TRAINING_FLAGS.size(); bit++) {
                entry.put(TRAINING_FLAGS.get(bit), (value & (1L << bit)) != 0);
            }
            entries.add(entry);
        });
        form.put("entries", entries);
        return form;
    }

    /** The names of {@link TrainingSummary}'s flags, by bit. */
    private static final List<String> TRAINING_FLAGS =
            List.of("basicDue", "basicDone", "inServiceDue", "inServiceDone");

    private static Map<String, Object> coverage(CoverageSummary coverage) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("neighbourhoods", sorted(coverage.neighbourhoods()));
        form.put("covered", sorted(coverage.coveredNeighbourhoods()));
        form.put("withoutActivePatrol", sorted(coverage.neighbourhoodsWithoutActivePatrol()));
        form.put("sitesWithConcerns", sorted(coverage.sitesWithConcerns()));
        form.put("sitesCovered", sorted(coverage.sitesCovered()));
        return form;
    }

    /** Returns a node of a roll-up, for the JSON support, which cannot call its constructor. */
    static <T> Node<T> node(T entity, int depth, Summary summary) {
        checkArgument(depth >= 0, "a node's depth is negative: %s", depth);
        return new Node<>(entity, depth, summary);
    }

    // ---------------------------------------------------------------------------------- reading

    /**
     * Returns the summary of a form as {@link #write} makes it, read by a JSON reader into maps,
     * lists, text, whole numbers ({@code Long}), booleans and (for funders and recipients) the
     * trees {@code values} reads.
     *
     * @throws IllegalArgumentException naming the field, if the form is not a summary's
     */
    static Summary read(Map<?, ?> form, Function<Object, Authority> funders, Function<Object, Recipient> recipients) {
        Map<?, ?> patrols = map(form, "patrols");
        Set<PatrolId> registered = ids(list(patrols, "patrols.registered"), PatrolId::of);
        Set<PatrolId> active = ids(list(patrols, "patrols.active"), PatrolId::of);
        Set<PatrolId> dissolved = ids(list(patrols, "patrols.dissolved"), PatrolId::of);
        ImmutableMap.Builder<PatrolId, Integer> headcounts = ImmutableMap.builder();
        map(form, "reportedHeadcounts")
                .forEach((patrol, count) -> headcounts.put(
                        PatrolId.of((String) patrol), Math.toIntExact(number(count, "reportedHeadcounts." + patrol))));
        return new Summary(
                registered,
                active,
                dissolved,
                readMembers(map(form, "members")),
                readActivities(map(form, "activities")),
                readFunding(map(form, "funding"), funders, recipients),
                readTraining(map(form, "training")),
                readCoverage(map(form, "coverage")),
                headcounts.buildOrThrow());
    }

    private static MemberSummary readMembers(Map<?, ?> form) {
        List<?> boundList = list(form, "members.ageBands");
        int[] bounds = new int[boundList.size()];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = Math.toIntExact(number(boundList.get(i), "members.ageBands"));
        }
        AgeBands bands = AgeBands.of(bounds);
        MemberSummary.Builder builder = new MemberSummary.Builder(bands);
        for (Object element : list(form, "members.entries")) {
            Map<?, ?> entry = map(element, "members.entries");
            builder.restore(
                    MemberId.of(text(entry.get("member"), "members.entries.member")),
                    MemberSummary.encode(
                            bool(entry, "atStart"),
                            bool(entry, "atEnd"),
                            bool(entry, "appointed"),
                            optionalText(entry, "role")
                                    .map(role -> Role.valueOf(role).name()),
                            optionalText(entry, "ageBand"),
                            optionalText(entry, "sex"),
                            bands));
        }
        return builder.build();
    }

    private static ActivitySummary readActivities(Map<?, ?> form) {
        Map<?, ?> byTypeForm = map(form, "activities.byType");
        List<ActivityType> types = List.of(ActivityType.values());
        long[] byType = new long[types.size()];
        byTypeForm.forEach((type, count) -> byType[types.indexOf(ActivityType.valueOf((String) type))] =
                number(count, "activities.byType." + type));

        DayTable.Builder days = new DayTable.Builder();
        for (Object element : list(form, "activities.days")) {
            Map<?, ?> day = map(element, "activities.days");
            days.add(
                    LocalDate.parse(text(day.get("date"), "activities.days.date"))
                            .toEpochDay(),
                    number(day.get("activities"), "activities.days.activities"),
                    number(day.get("memberSeconds"), "activities.days.memberSeconds"));
        }
        return ActivitySummary.of(new ActivitySummary.Parts(
                number(form.get("count"), "activities.count"),
                byType,
                days.build(),
                number(form.get("memberSeconds"), "activities.memberSeconds"),
                number(form.get("rostered"), "activities.rostered"),
                number(form.get("present"), "activities.present"),
                number(form.get("excused"), "activities.excused"),
                number(form.get("unexcused"), "activities.unexcused"),
                number(form.get("guests"), "activities.guests"),
                number(form.get("reportsToPolice"), "activities.reportsToPolice"),
                number(form.get("youthGuidanceCases"), "activities.youthGuidanceCases"),
                number(form.get("hazardsReported"), "activities.hazardsReported"),
                readUnexcused(map(form, "activities.unexcusedByMember"))));
    }

    private static MemberTable readUnexcused(Map<?, ?> form) {
        MemberTable.Builder table = new MemberTable.Builder(Long::sum);
        form.forEach((member, count) ->
                table.add(MemberId.of((String) member), number(count, "activities.unexcusedByMember." + member)));
        return table.build();
    }

    private static FundingSummary readFunding(
            Map<?, ?> form, Function<Object, Authority> funders, Function<Object, Recipient> recipients) {
        return FundingSummary.of(new FundingSummary.Parts(
                Math.toIntExact(number(form.get("grants"), "funding.grants")),
                readAmounts(map(form, "funding.awarded"), code -> code, "funding.awarded"),
                readAmounts(map(form, "funding.spent"), code -> code, "funding.spent"),
                readAmounts(map(form, "funding.returned"), code -> code, "funding.returned"),
                readAmounts(
                        map(form, "funding.awardedByCategory"), GrantCategory::valueOf, "funding.awardedByCategory"),
                readAmounts(map(form, "funding.spentByCategory"), GrantCategory::valueOf, "funding.spentByCategory"),
                readEntries(list(form, "funding.awardedByFunder"), "funder", funders),
                readAmounts(map(form, "funding.awardedByFiscalYear"), Year::parse, "funding.awardedByFiscalYear"),
                readEntries(list(form, "funding.awardedByRecipient"), "recipient", recipients)));
    }

    private static <K> Map<K, BigDecimal> readAmounts(Map<?, ?> form, Function<String, K> key, String path) {
        Map<K, BigDecimal> amounts = new LinkedHashMap<>();
        form.forEach((k, amount) -> amounts.put(key.apply((String) k), new BigDecimal(text(amount, path + "." + k))));
        return amounts;
    }

    private static <K> Map<K, BigDecimal> readEntries(List<?> form, String name, Function<Object, K> key) {
        Map<K, BigDecimal> amounts = new LinkedHashMap<>();
        for (Object element : form) {
            Map<?, ?> entry = map(element, "funding." + name);
            Object value = entry.get(name);
            checkArgument(value != null, "summary field funding.%s: missing", name);
            amounts.put(key.apply(value), new BigDecimal(text(entry.get("amount"), "funding." + name + ".amount")));
        }
        return amounts;
    }

    private static TrainingSummary readTraining(Map<?, ?> form) {
        TrainingSummary.Builder builder = new TrainingSummary.Builder();
        for (Object element : list(form, "training.entries")) {
            Map<?, ?> entry = map(element, "training.entries");
            int flags = 0;
            for (int bit = 0; bit < TRAINING_FLAGS.size(); bit++) {
                flags |= bool(entry, TRAINING_FLAGS.get(bit)) ? 1 << bit : 0;
            }
            builder.add(MemberId.of(text(entry.get("member"), "training.entries.member")), flags);
        }
        return builder.build();
    }

    private static CoverageSummary readCoverage(Map<?, ?> form) {
        return new CoverageSummary(
                ids(list(form, "coverage.neighbourhoods"), DistrictId::of),
                ids(list(form, "coverage.covered"), DistrictId::of),
                ids(list(form, "coverage.withoutActivePatrol"), DistrictId::of),
                ids(list(form, "coverage.sitesWithConcerns"), SiteId::of),
                ids(list(form, "coverage.sitesCovered"), SiteId::of));
    }

    private static <T> Set<T> ids(List<?> texts, Function<String, T> of) {
        ImmutableSet.Builder<T> ids = ImmutableSet.builder();
        for (Object text : texts) {
            ids.add(of.apply(text(text, "id")));
        }
        return ids.build();
    }

    private static Map<?, ?> map(Object form, String field) {
        checkArgument(form instanceof Map<?, ?>, "summary field %s: expected an object", field);
        return (Map<?, ?>) form;
    }

    private static Map<?, ?> map(Map<?, ?> form, String field) {
        return map(present(form.get(key(field)), field), field);
    }

    /** The last segment of a dotted path: the key in its object. */
    private static String key(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    private static List<?> list(Map<?, ?> form, String field) {
        Object value = present(form.get(key(field)), field);
        checkArgument(value instanceof List<?>, "summary field %s: expected an array", field);
        return (List<?>) value;
    }

    private static String text(@Nullable Object value, String field) {
        checkArgument(value instanceof String, "summary field %s: expected text", field);
        return (String) value;
    }

    private static Optional<String> optionalText(Map<?, ?> form, String field) {
        Object value = form.get(field);
        return value == null ? Optional.empty() : Optional.of(text(value, field));
    }

    private static long number(@Nullable Object value, String field) {
        checkArgument(
                value instanceof Long || value instanceof Integer, "summary field %s: expected a whole number", field);
        return ((Number) value).longValue();
    }

    private static boolean bool(Map<?, ?> form, String field) {
        Object value = form.get(field);
        checkArgument(value instanceof Boolean, "summary field %s: expected true or false", field);
        return (Boolean) value;
    }

    private static Object present(@Nullable Object value, String field) {
        checkArgument(value != null, "summary field %s: missing", field);
        return value;
    }
}
