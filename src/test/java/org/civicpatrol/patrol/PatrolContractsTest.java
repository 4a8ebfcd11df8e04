package org.civicpatrol.patrol;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
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
    void nullsAreRejected() {
        NullPointerTester tester = Contracts.nullPointerTester();
        List.of(
                        PatrolId.class,
                        FederationId.class,
                        Patrol.class,
                        PatrolPost.class,
                        PatrolStatus.class,
                        Federation.class,
                        FederationTier.class)
                .forEach(tester::testAllPublicStaticMethods);
        Patrol forming = new Patrol.Builder()
                .from(Fixtures.tanbangPatrol())
                .registeredOn(Optional.empty())
                .build();
        List.of(
                        PatrolId.of("a"),
                        FederationId.of("a"),
                        forming,
                        PatrolPost.of("제1초소", DistrictId.of("3017055500")),
                        Fixtures.seoGuFederation(),
                        new Patrol.Builder(),
                        new PatrolPost.Builder(),
                        new Federation.Builder())
                .forEach(tester::testAllPublicInstanceMethods);
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
