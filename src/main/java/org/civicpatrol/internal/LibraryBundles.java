package org.civicpatrol.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/** The library's own resource bundles, found in its module, each in the language asked for. */
public final class LibraryBundles {

    private LibraryBundles() {}

    /**
     * Loads the library's bundle {@code baseName} for {@code locale}.
     *
     * @param baseName the bundle's base name, in one of the library's packages
     * @param locale the language wanted
     * @return the bundle
     * @throws IllegalStateException if the library holds no bundle in that language, so that a
     *     missing file is not hidden by the fallback to the JVM's default locale
     */
    public static ResourceBundle load(String baseName, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, LibraryBundles.class.getModule());
        if (!bundle.getLocale().getLanguage().equals(locale.getLanguage())) {
            throw new IllegalStateException("the library's " + baseName + " in " + locale + " are missing");
        }
        return bundle;
    }
}
