package org.atelier.search.lucene;

/**
 * Four short articles, each written to prove something: accents and plurals, elision with both apostrophes,
 * product names, hyphenated names, facets by outlet and language, and dates.
 */
final class Articles {
    static final String SANCTIONS_TEXT = """
            Les États-Unis ont renforcé les restrictions sur l’exportation des puces électroniques.
            Nvidia vend désormais la H20 en Chine, une puce bridée pour respecter les règles américaines.""";
    static final String HUAWEI_TEXT = """
            Huawei livre des puces Ascend 910B à ByteDance. L'IA chinoise progresse, notamment en Asie du Sud-Est,
            où les centres de données se multiplient.""";
    static final String A100_TEXT = """
            Une seule puce A100 suffit pour entraîner un petit modèle d’intelligence artificielle. L’IA n’a pas
            besoin d'un supercalculateur pour tout.""";
    static final String WEATHER_TEXT = """
            The weather in the south east of the country stays mild, the United States service said.""";

    private Articles() {}

    /** The four articles in {@code store}. */
    static MemoryStore into(MemoryStore store) {
        return store
                .put(MemoryStore.info("sanctions", "Sanctions américaines sur les puces", "Le Monde", "fr", "2024-03-01"),
                        SANCTIONS_TEXT)
                .put(MemoryStore.info("huawei", "Huawei et ByteDance", "Les Échos", "fr", "2025-06-15"), HUAWEI_TEXT)
                .put(MemoryStore.info("a100", "Une puce suffit", "Le Monde", "fr", "2025-01-10"), A100_TEXT)
                .put(MemoryStore.info("weather", "Weather report", "Reuters", "en", "2023-11-02"), WEATHER_TEXT);
    }
}
