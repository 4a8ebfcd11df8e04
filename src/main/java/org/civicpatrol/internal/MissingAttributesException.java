package org.civicpatrol.internal;

import com.google.common.collect.ImmutableList;
import java.util.function.Supplier;

/**
 * Thrown by a generated builder when attributes without a default are not set; the value's own
 * builder {@linkplain #build(Class, Supplier) turns it} into an {@link IllegalStateException}
 * that names the value's type. Named in the {@code @Value.Style} of every package with values.
 */
public final class MissingAttributesException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // an ImmutableList is serializable
    private final ImmutableList<String> attributes;

    /**
     * Creates the exception for the attributes a generated builder found not set.
     *
     * @param attributes the names of the attributes not set, in declaration order
     */
    public MissingAttributesException(String... attributes) {
        super(messageFor("a value", ImmutableList.copyOf(attributes)));
        this.attributes = ImmutableList.copyOf(attributes);
    }

    /**
     * Runs a generated builder's {@code build()}, naming {@code type} if attributes are not set.
     *
     * @param <T> the value's type
     * @param type the value's type, whose simple name the message gives
     * @param build the generated builder's {@code build()}
     * @return the value built
     * @throws IllegalStateException if attributes without a default are not set, naming {@code
     *     type} and every attribute not set, as in {@code cannot build Patrol: name and policeUnit
     *     are required but not set}
     */
    public static <T> T build(Class<T> type, Supplier<? extends T> build) {
        try {
            return build.get();
        } catch (MissingAttributesException e) {
            throw new IllegalStateException(messageFor(type.getSimpleName(), e.attributes), e);
        }
    }

    private static String messageFor(String type, ImmutableList<String> attributes) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < attributes.size(); i++) {
            if (i > 0) {
                names.append(i == attributes.size() - 1 ? " and " : ", ");
            }
            names.append(attributes.get(i));
        }
        return "cannot build " + type + ": " + names + (attributes.size() == 1 ? " is" : " are")
                + " required but not set";
    }
}
