package org.civicpatrol.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.sample.RegistryGenerator;
import org.civicpatrol.time.DateRange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The second baseline of the roll-up by district (issue 13): DuckDB, in process and on one
 * thread, answering the same measures as {@link PrimitiveRollUp} with SQL over tables loaded in
 * advance (the memberships, members, activities and grants, and the patrols and grants below each
 * district node). Its answers are compared with the loop's, and so with the library's, at every
 * node before anything is measured. Only in the {@code jmh} profile, which adds DuckDB's JDBC
 * driver; nothing else of the project depends on it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class DuckDbBaselineBenchmark {

    /** Patrols in multiples of 4,200 (1 is Korea's national count); {@code -p scale=1,2,4} shows the scaling. */
    @Param({"1"})
    public int scale;

    private static final LocalDate AS_OF = LocalDate.of(2016, 12, 31);
    private static final DateRange YEAR = DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1));

    private static final String MEMBERS_BY_BAND_AND_SEX = """
            SELECT np.node, m.band, m.sex, count(DISTINCT ms.member)
            FROM node_patrol np
            JOIN membership ms ON ms.patrol = np.patrol
            JOIN member m ON m.member = ms.member
            WHERE ms.tenure_from <= ? AND ? < ms.tenure_to
            GROUP BY GROUPING SETS ((np.node, m.band), (np.node, m.sex))
            """;
    private static final String ACTIVITIES = """
            SELECT np.node, count(*), sum(a.seconds * a.present), sum(a.rostered)
            FROM node_patrol np
            JOIN activity a ON a.patrol = np.patrol
            WHERE a.day >= ? AND a.day < ?
            GROUP BY np.node
            """;
    private static final String GRANTS = """
            SELECT node, sum(amount) FROM node_grant WHERE day >= ? AND day < ? GROUP BY node
            """;

    private Connection connection;
    private int nodes;

    /** Generates the registry, loads DuckDB and checks its answers; none of it is measured. */
    @Setup
    public void load() throws SQLException {
        Registry registry = RegistryGenerator.withSeed(42)
                .patrols(4_200 * scale)
                .membersPerPatrol(24)
                .generate();
        PrimitiveRollUp loop = new PrimitiveRollUp(registry, DistrictId.of("KR"), AS_OF, YEAR);
        nodes = loop.subtreeEnd.length;
        connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET threads = 1");
            load(statement, "node_patrol", "node INTEGER, patrol INTEGER", out -> {
                for (int node = 0; node < nodes; node++) {
                    for (int p = loop.patrolStart[node]; p < loop.patrolStart[loop.subtreeEnd[node]]; p++) {
                        out.write(node + "," + p + "\n");
                    }
                }
            });
            load(
                    statement,
                    "membership",
                    "patrol INTEGER, member INTEGER, tenure_from BIGINT, tenure_to BIGINT",
                    out -> {
                        for (int p = 0; p < loop.membershipStart.length - 1; p++) {
                            for (int s = loop.membershipStart[p]; s < loop.membershipStart[p + 1]; s++) {
                                out.write(p + "," + loop.membershipMember[s] + "," + loop.tenureFrom[s] + ","
                                        + loop.tenureTo[s] + "\n");
                            }
                        }
                    });
            load(statement, "member", "member INTEGER, band INTEGER, sex INTEGER", out -> {
                for (int m = 0; m < loop.band.length; m++) {
                    out.write(m + "," + loop.band[m] + "," + loop.sex[m] + "\n");
                }
            });
            load(
                    statement,
                    "activity",
                    "patrol INTEGER, day BIGINT, seconds BIGINT, present INTEGER, rostered INTEGER",
                    out -> {
                        for (int p = 0; p < loop.activityStart.length - 1; p++) {
                            for (int a = loop.activityStart[p]; a < loop.activityStart[p + 1]; a++) {
                                out.write(p + "," + loop.activityDay[a] + "," + loop.activitySeconds[a] + ","
                                        + loop.activityPresent[a] + "," + loop.activityRostered[a] + "\n");
                            }
                        }
                    });
            load(statement, "node_grant", "node INTEGER, day BIGINT, amount BIGINT", out -> {
                for (int node = 0; node < nodes; node++) {
                    for (int g = 0; g < loop.grantPosition.length; g++) {
                        if (loop.grantPosition[g] >= node && loop.grantPosition[g] < loop.subtreeEnd[node]) {
                            out.write(node + "," + loop.grantDay[g] + "," + loop.grantAmount[g] + "\n");
                        }
                    }
                }
            });
        }
        long[][] expected = loop.run();
        long[][] actual = rollUp();
        for (int node = 0; node < nodes; node++) {
            if (!Arrays.equals(expected[node], actual[node])) {
                throw new IllegalStateException("node " + node + ": loop " + Arrays.toString(expected[node])
                        + ", DuckDB " + Arrays.toString(actual[node]));
            }
        }
    }

    /** Writes rows to a file of CSV. */
    private interface Rows {
        void write(Writer out) throws IOException;
    }

    private static void load(Statement statement, String table, String columns, Rows rows) throws SQLException {
        try {
            Path file = Files.createTempFile("civic-patrol-" + table, ".csv");
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                rows.write(out);
            }
            statement.execute("CREATE TABLE " + table + " (" + columns + ")");
            statement.execute("COPY " + table + " FROM '" + file + "' (HEADER false)");
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the database. */
    @TearDown
    public void close() throws SQLException {
        connection.close();
    }

    /**
     * The same measures as the loop's, by SQL.
     *
     * @return the measures of every node, laid out as {@link PrimitiveRollUp#run()} lays them
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public long[][] rollUpByDistrictDuckDb() throws SQLException {
        return rollUp();
    }

    private long[][] rollUp() throws SQLException {
        int bands = PrimitiveRollUp.BANDS;
        int sexes = PrimitiveRollUp.SEXES;
        long[][] result = new long[nodes][bands + sexes + 4];
        long asOf = AS_OF.toEpochDay();
        try (PreparedStatement members = connection.prepareStatement(MEMBERS_BY_BAND_AND_SEX)) {
            members.setLong(1, asOf);
            members.setLong(2, asOf);
            try (ResultSet rows = members.executeQuery()) {
                while (rows.next()) {
                    int node = rows.getInt(1);
                    int band = rows.getInt(2);
                    if (rows.wasNull()) {
                        result[node][bands + rows.getInt(3)] = rows.getLong(4);
                    } else {
                        result[node][band] = rows.getLong(4);
                    }
                }
            }
        }
        long start = YEAR.start().toEpochDay();
        long end = YEAR.end().toEpochDay();
        try (PreparedStatement activities = connection.prepareStatement(ACTIVITIES)) {
            activities.setLong(1, start);
            activities.setLong(2, end);
            try (ResultSet rows = activities.executeQuery()) {
                while (rows.next()) {
                    long[] row = result[rows.getInt(1)];
                    row[bands + sexes] = rows.getLong(2);
                    row[bands + sexes + 1] = rows.getLong(3);
                    row[bands + sexes + 2] = rows.getLong(4);
                }
            }
        }
        try (PreparedStatement grants = connection.prepareStatement(GRANTS)) {
            grants.setLong(1, start);
            grants.setLong(2, end);
            try (ResultSet rows = grants.executeQuery()) {
                while (rows.next()) {
                    result[rows.getInt(1)][bands + sexes + 3] = rows.getLong(2);
                }
            }
        }
        return result;
    }
}
