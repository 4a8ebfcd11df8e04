package org.civicpatrol.internal;

/**
 * Thrown by a generated builder or factory when {@code null} is passed for an attribute. Named in
 * the {@code @Value.Style} of every package with values.
 */
public final class NullAttributeException extends NullPointerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for an attribute given {@code null}, or for a builder's {@code
     * from(null)}, which the generated code reports as {@code instance} (no value of the library
     * has an attribute of that name).
     *
     * @param attribute the attribute's name, or the generated code's description of it
     */
    public NullAttributeException(String attribute) {
        super(
                attribute.equals("instance")
                        ? "the value to copy from must not be null"
                        : attribute + " must not be null (an optional attribute is left unset instead)");
    }
}
