package org.atelier.corpus.importer;

/** The limits of {@link ImportSettings}, as the import uses them. */
record Limits(long maxFileBytes, long maxArchiveBytes, int maxArchiveEntries) {
    static final Limits DEFAULT = new Limits(50L * 1024 * 1024, 1024L * 1024 * 1024, 100_000);

    static Limits of(ImportSettings settings) {
        return new Limits(positive(settings.maxFileBytes(), DEFAULT.maxFileBytes()),
                positive(settings.maxArchiveBytes(), DEFAULT.maxArchiveBytes()),
                (int) positive(settings.maxArchiveEntries(), DEFAULT.maxArchiveEntries()));
    }

    private static long positive(long value, long otherwise) {
        return value > 0 ? value : otherwise;
    }

    /** {@code 52428800} as {@code 50 MiB}. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
        return number + " " + units[unit];
    }
}
