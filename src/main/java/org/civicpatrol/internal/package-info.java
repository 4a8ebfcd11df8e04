/**
 * Checks shared by the library's packages. Not part of the API: the module does not export this
 * package, and on a plain class path nothing in it is promised to stay.
 */
@NullMarked
@CheckReturnValue
package org.civicpatrol.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
