/**
 * Display names, in Korean and in English, for what the library's reports print: the constants
 * of its enums (activity types, roles, statuses, grant categories, site kinds and concerns,
 * police unit kinds, federation tiers, ...), age bands, and the "unknown" keys.
 *
 * <p>The texts are resource bundles ({@code labels.properties} in English and {@code
 * labels_ko.properties} in Korean, UTF-8) inside the module.
 */
@NullMarked
@CheckReturnValue
package org.civicpatrol.text;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
