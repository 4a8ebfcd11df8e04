package org.civicpatrol.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.KoreanAdministrativeCode;
import org.civicpatrol.time.DateRange;

/**
 * Daejeon's official administrative district codes as of 2023-07-03 (1 city, 5 gu, 82 dongs), read
 * from a copy of {@code shared/data/daejeon-administrative-dongs-2023-07-03.csv} kept in the test
 * resources. Columns: code, province, gu, dong, created (yyyyMMdd), abolished (yyyyMMdd or empty).
 */
public final class DaejeonDongs {

    /** The class-path resource that holds the code list. */
    public static final String RESOURCE = "daejeon-administrative-dongs-2023-07-03.csv";

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private DaejeonDongs() {}

    /**
     * Returns every district of the code list as a {@link District}, in the order of the file:
     * the city, then each gu followed by its dongs.
     *
     * @return 88 districts whose ids are their codes
     */
    public static ImmutableList<District> districts() {
        ImmutableList.Builder<District> districts = ImmutableList.builder();
        List<String> lines = lines();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                districts.add(parse(line));
            }
        }
        return districts.build();
    }

    private static District parse(String line) {
        String[] cells = line.split(",", -1);
        KoreanAdministrativeCode code = KoreanAdministrativeCode.of(cells[0]);
        String name = !cells[3].isEmpty() ? cells[3] : !cells[2].isEmpty() ? cells[2] : cells[1];
        LocalDate created = LocalDate.parse(cells[4], BASIC_DATE);
        Optional<LocalDate> abolished =
                cells[5].isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(cells[5], BASIC_DATE));
        District.Builder district = new District.Builder()
                .id(DistrictId.of(code.value()))
                .name(name)
                .level(code.level())
                .code(code.toDistrictCode())
                .validity(abolished
                        .map(end -> DateRange.of(created, end))
                        .orElseGet(() -> DateRange.startingOn(created)));
        code.parent().ifPresent(parent -> district.parent(DistrictId.of(parent.value())));
        return district.build();
    }

    /**
     * Returns the lines of the code list, header first.
     *
     * @return the lines
     */
    public static List<String> lines() {
        try (InputStream in = DaejeonDongs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8))) {
                return reader.lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
