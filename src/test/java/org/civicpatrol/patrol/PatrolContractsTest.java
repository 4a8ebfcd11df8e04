package org.civicpatrol.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicpatrol.fixtures.Contracts;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.GeoPoint;
import org.junit.jupiter.api.Test;

class PatrolContractsTest {

    @Test
    void idsAreValues() {
        assertThat(Contracts.assertRecordsAreValues("org.civicpatrol.patrol"))
                .containsExactlyInAnyOrder(FederationId.class, PatrolId.class);
    }

    @Test
    void everyPublicClassRejectsNulls() {
        Patrol forming = new Patrol.Builder()
                .from(Fixtures.tanbangPatrol())
                .registeredOn(Optional.empty())
                .build();
        Patrol dissolved = Fixtures.tanbangPatrol().dissolvedOn(LocalDate.of(2020, 1, 1));
        List<Class<?>> checked = Contracts.assertPublicClassesRejectNulls(
                "org.civicpatrol.patrol",
                Contracts.nullPointerTester(),
                PatrolId.of("a"),
                FederationId.of("a"),
                forming,
                Fixtures.tanbangPatrol(),
                dissolved,
                PatrolPost.of("제1초소", DistrictId.of("3017055500")),
                Fixtures.seoGuFederation());

        assertThat(checked).contains(Patrol.Builder.class, PatrolPost.Builder.class, Federation.Builder.class);
    }

    @Test
    void equalityFollowsTheAttributes() {
        new EqualsTester()
                .addEqualityGroup(PatrolId.of("tanbang"), PatrolId.of("tanbang"))
                .addEqualityGroup(PatrolId.of("dunsan-2"))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(FederationId.of("seo-gu"), FederationId.of("seo-gu"))
                .addEqualityGroup(FederationId.of("daejeon"))
                .testEquals();
        Patrol tanbang = Fixtures.tanbangPatrol();
        new EqualsTester()
                .addEqualityGroup(tanbang, Fixtures.tanbangPatrol())
                .addEqualityGroup(tanbang.dissolvedOn(LocalDate.of(2020, 1, 1)))
                .addEqualityGroup(
                        new Patrol.Builder().from(tanbang).name("탄방 자율방범대").build())
                .addEqualityGroup(new Patrol.Builder()
                        .from(tanbang)
                        .addPost(PatrolPost.of("제1초소", DistrictId.of("3017055500")))
                        .build())
                .addEqualityGroup(Fixtures.dunsan2Patrol())
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(
                        PatrolPost.of("제1초소", DistrictId.of("3017055500")),
                        PatrolPost.of("제1초소", DistrictId.of("3017055500")))
                .addEqualityGroup(PatrolPost.of("제1초소", DistrictId.of("3017055500"), GeoPoint.of(36.3, 127.4)))
                .addEqualityGroup(PatrolPost.of("제2초소", DistrictId.of("3017055500")))
                .testEquals();
        Federation seoGu = Fixtures.seoGuFederation();
        new EqualsTester()
                .addEqualityGroup(seoGu, Fixtures.seoGuFederation())
                .addEqualityGroup(new Federation.Builder()
                        .from(seoGu)
                        .tier(FederationTier.PROVINCIAL)
                        .build())
                .addEqualityGroup(seoGu.dissolvedOn(LocalDate.of(2020, 1, 1)))
                .testEquals();
    }
}
