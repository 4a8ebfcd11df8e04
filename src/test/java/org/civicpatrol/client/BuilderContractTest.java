package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.tngtech.archunit.core.domain.JavaClass;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicpatrol.fixtures.Contracts;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.member.StatusChange;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.junit.jupiter.api.Test;

/**
 * What every public builder promises a caller: its methods are documented in the published
 * Javadoc, an attribute left unset and a {@code null} are refused in the library's own words,
 * naming the type and the attribute.
 */
class BuilderContractTest {

    private static final ImmutableList<Class<?>> BUILDERS = publicValueBuilders();

    /** The public {@code Builder} classes nested in values (the registry's is hand-written). */
    private static ImmutableList<Class<?>> publicValueBuilders() {
        List<Class<?>> builders = new ArrayList<>();
        for (JavaClass type : Contracts.libraryClasses()) {
            if (type.getSimpleName().equals("Builder")
                    && type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                    && !type.getPackageName().startsWith("org.civicpatrol.internal")
                    && !type.reflect().getEnclosingClass().equals(Registry.class)) {
                builders.add(type.reflect());
            }
        }
        return ImmutableList.copyOf(builders);
    }

    @Test
    void theSixteenValueBuildersAreFound() {
        assertThat(BUILDERS).hasSize(16).contains(Patrol.Builder.class);
    }

    @Test
    void anEmptyBuilderNamesItsTypeAndEveryRequiredAttribute() throws ReflectiveOperationException {
        Pattern message = Pattern.compile("cannot build (\\w+): (.+) (is|are) required but not set");
        for (Class<?> builder : BUILDERS) {
            Class<?> value = builder.getEnclosingClass();
            Object empty = builder.getConstructor().newInstance();
            Method build = builder.getMethod("build");
            InvocationTargetException thrown = org.junit.jupiter.api.Assertions.assertThrows(
                    InvocationTargetException.class, () -> build.invoke(empty), builder.getName());
            assertThat(thrown.getCause()).as(builder.getName()).isExactlyInstanceOf(IllegalStateException.class);
            Matcher matcher = message.matcher(thrown.getCause().getMessage());
            assertThat(matcher.matches()).as(thrown.getCause().getMessage()).isTrue();
            assertThat(matcher.group(1)).isEqualTo(value.getSimpleName());
            for (String attribute : Splitter.on(Pattern.compile(", | and ")).split(matcher.group(2))) {
                assertThat(value.getMethod(attribute).getParameterCount())
                        .as("%s names %s, an accessor of %s", builder.getName(), attribute, value)
                        .isZero();
            }
        }
    }

    @Test
    void aPatrolBuilderNamesTheAttributesNotYetSet() {
        assertThatThrownBy(() -> new Patrol.Builder().build())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("cannot build Patrol: id, name and policeUnit are required but not set");
        assertThatThrownBy(() -> new Patrol.Builder()
                        .id(PatrolId.of("tanbang"))
                        .name("탄방동 자율방범대")
                        .build())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("cannot build Patrol: policeUnit is required but not set");
        Patrol built = new Patrol.Builder()
                .id(PatrolId.of("tanbang"))
                .name("탄방동 자율방범대")
                .policeUnit(PoliceUnitId.of("dunsan"))
                .formedOn(LocalDate.of(1993, 3, 1))
                .addActivityArea(DistrictId.of("3017055500"))
                .build();
        assertThat(built.rosterRecorded()).as("the default").isTrue();
    }

    @Test
    void aNullAttributeIsRefusedNamingTheAttribute() {
        assertThatThrownBy(() -> new Patrol.Builder().name(nullString()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("name must not be null (an optional attribute is left unset instead)");
        assertThatThrownBy(() -> new Patrol.Builder().formedOn(nullDate()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("formedOn must not be null (an optional attribute is left unset instead)");
        assertThatThrownBy(() -> StatusChange.of(null, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("status must not be null");
        assertThatThrownBy(() -> new Patrol.Builder().from(nullPatrol()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("the value to copy from must not be null");
    }

    @SuppressWarnings("NullAway") // passing null on purpose
    private static Patrol nullPatrol() {
        return null;
    }

    /** Every builder's setters, each given null: the message names the attribute set. */
    @Test
    void everySetterOfEveryBuilderNamesItsAttributeWhenGivenNull() throws ReflectiveOperationException {
        int checked = 0;
        for (Class<?> builder : BUILDERS) {
            Class<?> value = builder.getEnclosingClass();
            for (Method setter : builder.getMethods()) {
                Class<?>[] parameters = setter.getParameterTypes();
                if (setter.getDeclaringClass().equals(builder) // hand-written verbs, such as appointedOn(date)
                        || parameters.length != 1
                        || parameters[0].isPrimitive()
                        || parameters[0].isArray()
                        || Iterable.class.isAssignableFrom(parameters[0])
                        || java.util.Map.class.isAssignableFrom(parameters[0])
                        || com.google.common.collect.Multimap.class.isAssignableFrom(parameters[0])
                        || parameters[0].equals(Optional.class)
                        || !isAccessorOf(value, setter.getName())) {
                    continue;
                }
                Object fresh = builder.getConstructor().newInstance();
                setter.setAccessible(true);
                InvocationTargetException thrown = org.junit.jupiter.api.Assertions.assertThrows(
                        InvocationTargetException.class,
                        () -> setter.invoke(fresh, new Object[] {null}),
                        setter.toString());
                assertThat(thrown.getCause()).as(setter.toString()).isInstanceOf(NullPointerException.class);
                assertThat(thrown.getCause().getMessage())
                        .as(setter.toString())
                        .isEqualTo(
                                setter.getName() + " must not be null (an optional attribute is left unset instead)");
                checked++;
            }
        }
        assertThat(checked).as("setters checked").isGreaterThan(80);
    }

    /**
     * Every public method of a builder is documented in the published Javadoc: it is declared by
     * the builder itself, or by a class that is not public (the generated builder), whose members
     * the Javadoc tool shows, with their comments, in the public builder. A public generated
     * builder would leave them as bare names "inherited from" an undocumented class.
     */
    @Test
    void everyBuilderMethodIsDeclaredWhereTheJavadocShowsIt() {
        for (Class<?> builder : BUILDERS) {
            for (Method method : builder.getMethods()) {
                Class<?> declaring = method.getDeclaringClass();
                if (declaring.equals(Object.class) || declaring.equals(builder)) {
                    continue;
                }
                assertThat(Modifier.isPublic(declaring.getModifiers()))
                        .as("%s is declared in public %s, which the Javadoc does not show", method, declaring)
                        .isFalse();
                assertThat(declaring.getPackage()).isEqualTo(builder.getPackage());
            }
        }
    }

    private static boolean isAccessorOf(Class<?> value, String name) {
        try {
            return value.getMethod(name).getParameterCount() == 0;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @SuppressWarnings("NullAway") // the null is the point
    private static String nullString() {
        return null;
    }

    @SuppressWarnings("NullAway") // the null is the point
    private static LocalDate nullDate() {
        return null;
    }
}
