package org.civicpatrol.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicpatrol.fixtures.Contracts;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

class GeoContractsTest {

    @Test
    void idsAreValues() {
        assertThat(Contracts.assertRecordsAreValues("org.civicpatrol.geo"))
                .containsExactlyInAnyOrder(DistrictId.class, PoliceUnitId.class);
    }

    @Test
    void everyPublicClassRejectsNulls() {
        List<Class<?>> checked = Contracts.assertPublicClassesRejectNulls(
                "org.civicpatrol.geo",
                Contracts.nullPointerTester(),
                DistrictId.of("a"),
                PoliceUnitId.of("a"),
                DistrictLevel.of("a", 1),
                DistrictCode.of("S", "1"),
                KoreanAdministrativeCode.of("3017055500"),
                GeoPoint.of(1, 2),
                Fixtures.tanbangDong(),
                Fixtures.dunsanStation(),
                Fixtures.daejeonCity(),
                Fixtures.dunsanPolice());

        assertThat(checked).contains(District.class, District.Builder.class, PoliceUnit.Builder.class);
    }

    @Test
    void equalityFollowsTheAttributes() {
        new EqualsTester()
                .addEqualityGroup(DistrictId.of("3017055500"), DistrictId.of("3017055500"))
                .addEqualityGroup(DistrictId.of("3017064000"))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(PoliceUnitId.of("dunsan"), PoliceUnitId.of("dunsan"))
                .addEqualityGroup(PoliceUnitId.of("seobu"))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(DistrictLevel.of("province", 1), KoreanDistrictLevels.PROVINCE)
                .addEqualityGroup(DistrictLevel.of("province", 2))
                .addEqualityGroup(DistrictLevel.of("county", 1))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(DistrictCode.of("KR-ADM", "1"), DistrictCode.of("KR-ADM", "1"))
                .addEqualityGroup(DistrictCode.of("KR-LEGAL", "1"))
                .addEqualityGroup(DistrictCode.of("KR-ADM", "2"))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(KoreanAdministrativeCode.of("3017055500"), KoreanAdministrativeCode.of("3017055500"))
                .addEqualityGroup(KoreanAdministrativeCode.of("3017000000"))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(GeoPoint.of(36.3, 127.4), GeoPoint.of(36.3, 127.4))
                .addEqualityGroup(GeoPoint.of(36.3, 127.5))
                .addEqualityGroup(GeoPoint.of(36.4, 127.4))
                .testEquals();
        District tanbang = Fixtures.tanbangDong();
        new EqualsTester()
                .addEqualityGroup(tanbang, Fixtures.tanbangDong())
                .addEqualityGroup(
                        new District.Builder().from(tanbang).name("탄방").build())
                .addEqualityGroup(new District.Builder()
                        .from(tanbang)
                        .validity(DateRange.startingOn(LocalDate.of(2000, 1, 1)))
                        .build())
                .addEqualityGroup(new District.Builder()
                        .from(tanbang)
                        .code(Optional.empty())
                        .build())
                .testEquals();
        PoliceUnit dunsan = Fixtures.dunsanStation();
        new EqualsTester()
                .addEqualityGroup(dunsan, Fixtures.dunsanStation())
                .addEqualityGroup(new PoliceUnit.Builder()
                        .from(dunsan)
                        .kind(PoliceUnitKind.DIVISION)
                        .build())
                .addEqualityGroup(Fixtures.daejeonPoliceAgency())
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(Fixtures.daejeonCity(), Fixtures.daejeonCity())
                .addEqualityGroup(
                        Authority.government(AuthorityKind.MUNICIPAL_GOVERNMENT, "대전광역시", DistrictId.of("3000000000")))
                .addEqualityGroup(
                        Authority.government(AuthorityKind.PROVINCIAL_GOVERNMENT, "대전시", DistrictId.of("3000000000")))
                .addEqualityGroup(Fixtures.dunsanPolice())
                .testEquals();
    }
}
