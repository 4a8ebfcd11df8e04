package org.civicpatrol.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.report.Node;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson module that reads and writes the library's types as JSON: every public value of the
 * model (patrols, members, activities, grants, ... and the values they hold, such as {@code
 * Attendance}), the {@link org.civicpatrol.registry.Registry}, {@link
 * org.civicpatrol.validation.Violation}s and {@link org.civicpatrol.validation.ValidationReport}s,
 * a {@link org.civicpatrol.validation.Policy}, and the roll-up's {@link
 * org.civicpatrol.report.Summary} and {@link org.civicpatrol.report.Node} (read as {@code
 * Node<District>}, {@code Node<Federation>} or {@code Node<PoliceUnit>}).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CivicPatrolModule());
 * String json = mapper.writeValueAsString(registry);
 * Registry read = mapper.readValue(json, Registry.class);
 * }</pre>
 *
 * <h2>The forms</h2>
 *
 * <ul>
 *   <li>A value is an object of its attributes, named as its accessors, in their order; an empty
 *       optional attribute is left out, a collection is an array, a map an object, a multimap an
 *       object of arrays.
 *   <li>An id (a {@code PatrolId}, a {@code MemberId}, ...) and a {@code RuleCode} are their
 *       text; an enum constant its name.
 *   <li>Dates, instants, zones, durations and periods are ISO-8601 text: {@code "2024-03-01"},
 *       {@code "2024-03-01T11:30:00Z"}, {@code "Asia/Seoul"}, {@code "PT2H"}, {@code "P2Y"}.
 *   <li>A {@code DateRange} is {@code {"start": "2024-01-01", "end": "2025-01-01"}}, the end
 *       exclusive; an unbounded end is left out.
 *   <li>Money is {@code {"amount": "50000000", "currency": "KRW"}}: the amount as decimal text,
 *       so that no JSON reader turns it into a binary fraction (a number is read too).
 *   <li>A registry is an object with one array per kind, in the order added ({@code districts},
 *       {@code policeUnits}, {@code federations}, {@code patrols}, {@code members}, {@code
 *       memberships}, {@code federationOfficers}, {@code trainingRecords}, {@code sites}, {@code
 *       activities}, {@code vehicles}, {@code equipmentIssues}, {@code grants}, {@code
 *       expenditures}, {@code refunds}), and {@code rostersRecorded}.
 *   <li>A validation report is {@code {"violations": [...]}}.
 *   <li>A summary is an object of its parts ({@code patrols}, {@code reportedHeadcounts}, {@code
 *       members}, {@code activities}, {@code funding}, {@code training}, {@code coverage}), each
 *       with its figures (counts by role, age band and sex, ...) and what they are made of
 *       (members by id with their flows and roles, activities by day, amounts by key, training
 *       flags by member), so that a summary read back adds to others as the original would.
 *       Reading derives the figures again from what they are made of and ignores the written
 *       ones. A node is {@code {"entity": ..., "depth": 0, "summary": ...}}.
 * </ul>
 *
 * <p>Everything written reads back equal (a registry with equal contents, in the same order).
 * Reading is strict: a field the type does not have, a value of the wrong JSON type, and a value
 * the model rejects (a blank name, an activity that ends before it starts, a missing required
 * attribute) fail with a {@link JsonMappingException} whose message gives the path, such as
 * {@code at $.patrols[3]: patrol tanbang has a blank name}. A {@code null} field is read as
 * absent.
 *
 * <h2>Personal data</h2>
 *
 * <p>A member's name, birth date, sex, residence or business districts, residences and
 * disqualifications, and the reason a membership ended, are personal data. The module created by
 * {@link #CivicPatrolModule()} neither writes nor reads them. A member read by it is named
 * {@code "(withheld)"} and has no birth date, sex, districts, residences or disqualifications;
 * validation then cannot judge the rules that need them (age, residence, disqualification), and
 * summaries count the member under the unknown age band and sex. A membership's end keeps its
 * status and date, without a reason. A summary keeps its figures, but its member entries lose
 * their age band and sex; read back, those members are in the unknown age band and sex group.
 * Only {@link #withPersonalData()} writes and reads them all,
 * for a caller whose storage is entitled to hold them.
 *
 * <p>The module is immutable and thread-safe, and can be registered with any number of mappers.
 */
public final class CivicPatrolModule extends Module {

    private final boolean personalData;
    private final Codecs codecs;

    /** Creates a module that neither writes nor reads personal data. */
    public CivicPatrolModule() {
        this(false);
    }

    private CivicPatrolModule(boolean personalData) {
        this.personalData = personalData;
        this.codecs = new Codecs(personalData);
    }

    /**
     * Returns a module that writes and reads personal data too: members' names, birth dates,
     * sex, districts, residences and disqualifications, and the reasons memberships ended.
     *
     * @return a module with personal data
     */
    public static CivicPatrolModule withPersonalData() {
        return new CivicPatrolModule(true);
    }

    /**
     * Returns whether this module writes and reads personal data.
     *
     * @return true for {@link #withPersonalData()}
     */
    public boolean includesPersonalData() {
        return personalData;
    }

    @Override
    public String getModuleName() {
        return "civic-patrol";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public Object getTypeId() {
        // Two modules that differ in personal data must both register if asked: the later wins.
        return getModuleName() + (personalData ? "+personal" : "");
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new Serializers.Base() {
            @Override
            public @Nullable JsonSerializer<?> findSerializer(
                    SerializationConfig config, JavaType type, BeanDescription description) {
                return codecs.modelTypeOf(type.getRawClass())
                        .<JsonSerializer<?>>map(ModelSerializer::new)
                        .orElse(null);
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public @Nullable JsonDeserializer<?> findBeanDeserializer(
                    JavaType type, DeserializationConfig config, BeanDescription description) {
                if (type.getRawClass() == Node.class) {
                    return new NodeDeserializer(type.containedTypeOrUnknown(0).getRawClass());
                }
                return codecs.modelTypeOf(type.getRawClass())
                        .filter(model -> model == type.getRawClass())
                        .<JsonDeserializer<?>>map(ModelDeserializer::new)
                        .orElse(null);
            }
        });
    }

    @Override
    public String toString() {
        return "CivicPatrolModule{personalData=" + personalData + "}";
    }

    private final class ModelSerializer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        private final Class<?> model;

        ModelSerializer(Class<?> model) {
            super(Object.class);
            this.model = model;
        }

        @Override
        public void serialize(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
            codecs.write(model, value, out);
        }
    }

    private final class NodeDeserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        private final Class<?> entity;

        NodeDeserializer(Class<?> entity) {
            super(Node.class);
            this.entity = entity;
        }

        @Override
        public Object deserialize(JsonParser in, DeserializationContext context) throws IOException {
            JsonNode node = context.readTree(in);
            try {
                return codecs.readNode(entity, node, "$");
            } catch (Codecs.ReadException e) {
                throw JsonMappingException.from(in, e.getMessage(), e);
            }
        }
    }

    private final class ModelDeserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        ModelDeserializer(Class<?> model) {
            super(model);
        }

        @Override
        public Object deserialize(JsonParser in, DeserializationContext context) throws IOException {
            try {
                if (handledType() == Registry.class) {
                    return codecs.readRegistry(in, context);
                }
                return codecs.read(handledType(), context.readTree(in), "$");
            } catch (Codecs.ReadException e) {
                throw JsonMappingException.from(in, e.getMessage(), e);
            }
        }
    }
}
