/**
 * JSON for the model, the registry and validation reports, through Jackson: register a {@link
 * org.civicpatrol.json.CivicPatrolModule} with an {@code ObjectMapper}.
 *
 * <p>Jackson is an optional dependency: only this package uses it, and the rest of the library
 * works without it on the class path.
 */
@NullMarked
@CheckReturnValue
package org.civicpatrol.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
