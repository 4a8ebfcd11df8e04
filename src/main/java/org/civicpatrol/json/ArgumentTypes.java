package org.civicpatrol.json;

import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Optional;
import org.civicpatrol.geo.DistrictCode;
import org.civicpatrol.geo.DistrictLevel;
import org.civicpatrol.time.DateRange;
import org.civicpatrol.validation.Subject;
import org.joda.money.Money;

/**
 * The names of the types of message arguments in JSON: {@code text}, {@code int}, {@code date},
 * {@code money}, …, and the simple name of one of the library's enums or ids ({@code
 * ActivityType}, {@code PatrolId}).
 */
final class ArgumentTypes {

    private static final ImmutableBiMap<String, Class<?>> BY_NAME = ImmutableBiMap.<String, Class<?>>builder()
            .put("text", String.class)
            .put("int", Integer.class)
            .put("long", Long.class)
            .put("number", Double.class)
            .put("date", LocalDate.class)
            .put("year", Year.class)
            .put("dateRange", DateRange.class)
            .put("duration", Duration.class)
            .put("period", Period.class)
            .put("money", Money.class)
            .put("subject", Subject.class)
            .put("districtLevel", DistrictLevel.class)
            .put("districtCode", DistrictCode.class)
            .buildOrThrow();

    /** The packages whose enums and ids a message may hold. */
    private static final ImmutableList<String> PACKAGES = ImmutableList.of(
            "time", "geo", "patrol", "member", "activity", "equipment", "funding", "registry", "validation", "report");

    private ArgumentTypes() {}

    /** Returns the class whose form an argument of {@code type} is written in. */
    static Class<?> typeOf(Class<?> type) {
        for (Class<?> form : BY_NAME.values()) {
            if (form.isAssignableFrom(type)) {
                return form;
            }
        }
        return type.isEnum()
                        || type.getSuperclass() == null
                        || !type.getSuperclass().isEnum()
                ? type
                : type.getSuperclass();
    }

    /** Returns the name of the type of an argument of class {@code type}. */
    static String nameOf(Class<?> type) {
        Class<?> form = typeOf(type);
        String name = BY_NAME.inverse().get(form);
        return name != null ? name : form.getSimpleName();
    }

    /** Returns the class of the argument type {@code name}, if the library has one. */
    static Optional<Class<?>> forName(String name) {
        Class<?> known = BY_NAME.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || name.indexOf('.') >= 0) {
            return Optional.empty();
        }
        for (String p : PACKAGES) {
            try {
                Class<?> type =
                        Class.forName("org.civicpatrol." + p + "." + name, false, ArgumentTypes.class.getClassLoader());
                if ((type.isEnum() || (type.isRecord() && name.endsWith("Id"))) && type.getEnclosingClass() == null) {
                    return Optional.of(type);
                }
            } catch (ClassNotFoundException e) {
                // not in this package
            }
        }
        return Optional.empty();
    }
}
