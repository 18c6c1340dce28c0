package org.atelier.claims.french;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.api.claims.Figure;
import org.atelier.claims.text.FoldedText;

/**
 * Reads the figures of French text and normalises them: amounts of money ({@code 7 milliards de dollars} = 7e9
 * USD), counts ({@code 100 000 puces} = 100000 chips, {@code 51 millions d'utilisateurs}), percentages, years
 * ({@code en 2025}) and dates ({@code 3 mars 2025}). Model names ({@code H20}, {@code Ascend 910B}) and list
 * numbers are not figures.
 */
public final class FigureParser {
    /** A figure and where it is written: UTF-16 indexes into the text parsed. */
    public record Found(Figure figure, int start, int end) {}

    private static final String MONTHS =
            "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre";
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<day>1er|\\d{1,2})\\s+(?<month>" + MONTHS + ")\\s+(?<year>\\d{4})(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A number: French thousands separated by (narrow, non-breaking) spaces, a decimal comma or point. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(?<currency>US\\$|\\$|€|£)?\\s?"
                    + "(?<num>\\d{1,3}(?:[ \u00A0\u202F]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)(?![\\p{L}\\p{N}])"
                    + "|(?<![\\p{L}])(?<word>un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze"
                    + "|vingt|trente|quarante|cinquante|soixante|cent)(?=\\s+(?:millions?|milliards?)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SCALE = Pattern.compile(
            "^\\s*(?<scale>milliards?|millions?|mille|billions?|mds?|mrds?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CURRENCY = Pattern.compile(
            "^\\s*(?:de\\s+|d['’]\\s*)?(?<cur>dollars?(?:\\s+(?:am[ée]ricains|us))?|euros?|yuans?|renminbis?|yens?"
                    + "|livres?\\s+sterling|francs?\\s+suisses|US\\$|\\$|€|£|usd|eur|cny|jpy|gbp|chf)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PERCENT = Pattern.compile(
            "^\\s*(?:%|pour\\s*cents?(?![\\p{L}])|pourcents?(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NOUN = Pattern.compile(
            "^\\s*(?<of>de\\s+|d['’]\\s*)?(?:(?:nouveaux|nouvelles|nouveau|nouvelle|premiers|premi[èe]res|derniers"
                    + "|derni[èe]res|autres|suppl[ée]mentaires|petits|petites|grands|grandes)\\s+)?"
                    + "(?<noun>\\p{L}[\\p{L}\\-]*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EN_CLITIC = Pattern.compile("(?<![\\p{L}])(?:n['’])?en\\s+(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"),
            Map.entry("euro", "EUR"), Map.entry("€", "EUR"), Map.entry("eur", "EUR"),
            Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("cny", "CNY"),
            Map.entry("yen", "JPY"), Map.entry("jpy", "JPY"),
            Map.entry("livre", "GBP"), Map.entry("£", "GBP"), Map.entry("gbp", "GBP"),
            Map.entry("franc", "CHF"), Map.entry("chf", "CHF"));
    private static final Map<String, Double> WORD_NUMBERS = Map.ofEntries(
            Map.entry("un", 1.0), Map.entry("une", 1.0), Map.entry("deux", 2.0), Map.entry("trois", 3.0),
            Map.entry("quatre", 4.0), Map.entry("cinq", 5.0), Map.entry("six", 6.0), Map.entry("sept", 7.0),
            Map.entry("huit", 8.0), Map.entry("neuf", 9.0), Map.entry("dix", 10.0), Map.entry("onze", 11.0),
            Map.entry("douze", 12.0), Map.entry("quinze", 15.0), Map.entry("vingt", 20.0),
            Map.entry("trente", 30.0), Map.entry("quarante", 40.0), Map.entry("cinquante", 50.0),
            Map.entry("soixante", 60.0), Map.entry("cent", 100.0));
    /** What is counted, by French noun (folded, singular), in the words of normalised units. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("puce", "chips"), Map.entry("processeur", "processors"), Map.entry("gpu", "GPUs"),
            Map.entry("serveur", "servers"), Map.entry("utilisateur", "users"), Map.entry("abonne", "subscribers"),
            Map.entry("client", "customers"), Map.entry("employe", "employees"), Map.entry("salarie", "employees"),
            Map.entry("emploi", "jobs"), Map.entry("personne", "people"), Map.entry("habitant", "inhabitants"),
            Map.entry("entreprise", "companies"), Map.entry("societe", "companies"), Map.entry("unite", "units"),
            Map.entry("exemplaire", "copies"), Map.entry("telechargement", "downloads"),
            Map.entry("visiteur", "visitors"), Map.entry("ingenieur", "engineers"), Map.entry("tonne", "t"),
            Map.entry("megawatt", "MW"), Map.entry("kilometre", "km"), Map.entry("km", "km"),
            Map.entry("jour", "days"), Map.entry("semaine", "weeks"), Map.entry("mois", "months"),
            Map.entry("an", "years"), Map.entry("annee", "years"), Map.entry("heure", "hours"),
            Map.entry("modele", "models"), Map.entry("pays", "countries"), Map.entry("action", "shares"),
            Map.entry("vehicule", "vehicles"), Map.entry("voiture", "cars"), Map.entry("smartphone", "smartphones"),
            Map.entry("appareil", "devices"), Map.entry("centre", "centres"), Map.entry("source", "sources"));
    /** Words that may follow a number without being what it counts. */
    private static final Set<String> NOT_UNITS = Set.copyOf(List.of("a", "au", "aux", "de", "des", "du", "d", "en", "et", "ou",
            "pour", "par", "sur", "dans", "avec", "sans", "sous", "entre", "vers", "chez", "contre", "depuis",
            "pendant", "avant", "apres", "le", "la", "les", "l", "un", "une", "que", "qu", "qui", "quoi", "dont",
            "ce", "cet", "cette", "ces", "se", "sa", "son", "ses", "leur", "leurs", "il", "elle", "ils", "elles",
            "on", "ne", "n", "y", "est", "sont", "etait", "ete", "sera", "seront", "plus", "moins", "mais", "donc",
            "or", "ni", "car", "selon", "soit", "jusqu", "des", "lors", "alors", "comme", "si", "tout", "tous",
            "toute", "toutes", "deja", "encore", "environ", "pres", "fin", "debut", "mi", "contre", "afin",
            "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
            "novembre", "decembre", "millions", "million", "milliards", "milliard", "mille", "ont", "avait",
            "aurait", "pourrait", "devrait", "serait", "fait", "font", "dollars", "euros"));

    private FigureParser() {}

    /** The figures of {@code text}, in order. */
    public static List<Found> parse(String text) {
        return parse(text, null);
    }

    /**
     * The figures of {@code text}, in order. A bare count ({@code n'en aurait reçu que 30 000}) in a sentence
     * that refers back with {@code en} counts {@code inheritedUnit}, the unit of the previous count.
     */
    public static List<Found> parse(String text, String inheritedUnit) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            int day = date.group("day").equalsIgnoreCase("1er") ? 1 : Integer.parseInt(date.group("day"));
            int month = month(date.group("month"));
            int year = Integer.parseInt(date.group("year"));
            try {
                LocalDate value = LocalDate.of(year, month, day);
                found.add(new Found(new Figure(date.group(), value.toEpochDay(), null, Figure.Kind.DATE),
                        date.start(), date.end()));
                mark(taken, date.start(), date.end());
            } catch (java.time.DateTimeException e) {
                // "31 février 2025" is no date; the year is still read below
            }
        }
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            if (taken[number.start()]) {
                continue;
            }
            Found figure = read(text, number, inheritedUnit);
            if (figure != null) {
                found.add(figure);
                mark(taken, figure.start(), figure.end());
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private static Found read(String text, Matcher number, String inheritedUnit) {
        boolean fromWord = number.group("word") != null;
        String digits = fromWord ? null : number.group("num");
        double value = fromWord
                ? WORD_NUMBERS.get(number.group("word").toLowerCase(Locale.ROOT))
                : Double.parseDouble(digits.replaceAll("[ \u00A0\u202F]", "").replace(',', '.'));
        int start = number.group("currency") != null ? number.start("currency")
                : fromWord ? number.start("word") : number.start("num");
        int end = fromWord ? number.end("word") : number.end("num");
        boolean plain = !fromWord && digits.matches("\\d+");

        boolean scaled = false;
        Matcher scale = SCALE.matcher(text.substring(end));
        if (scale.find()) {
            value *= scale(scale.group("scale"));
            end += scale.end();
            scaled = true;
        }
        String prefixCurrency = number.group("currency");
        Matcher currency = CURRENCY.matcher(text.substring(end));
        if (prefixCurrency != null || currency.find()) {
            String code;
            if (prefixCurrency != null) {
                code = currencyCode(prefixCurrency);
            } else {
                code = currencyCode(currency.group("cur"));
                end += currency.end();
            }
            return found(text, start, end, value, code, Figure.Kind.MONEY);
        }
        Matcher percent = PERCENT.matcher(text.substring(end));
        if (percent.find()) {
            return found(text, start, end + percent.end(), value, "%", Figure.Kind.PERCENT);
        }
        Matcher noun = NOUN.matcher(text.substring(end));
        String unit = null;
        int unitEnd = end;
        if (noun.find()) {
            String word = FoldedText.fold(noun.group("noun"), FoldedText.Mode.LOOSE);
            // After a scale, what is counted comes with "de": "51 millions d'utilisateurs".
            if (!NOT_UNITS.contains(word) && (!scaled || noun.group("of") != null)) {
                unit = unit(word);
                unitEnd = end + noun.end();
            }
        }
        boolean yearLike = plain && digits.length() == 4 && value >= 1900 && value <= 2100;
        if (yearLike && (unit == null || !UNITS.containsKey(singular(
                FoldedText.fold(noun.group("noun"), FoldedText.Mode.LOOSE))))) {
            return found(text, start, end, value, null, Figure.Kind.YEAR);
        }
        if (unit != null) {
            return found(text, start, unitEnd, value, unit, Figure.Kind.QUANTITY);
        }
        if (scaled || value >= 1000) {
            String inherited = inheritedUnit != null && EN_CLITIC.matcher(text).find() ? inheritedUnit : null;
            return found(text, start, end, value, inherited, Figure.Kind.QUANTITY);
        }
        return null; // a small bare number says too little to be a figure
    }

    private static Found found(String text, int start, int end, double value, String unit, Figure.Kind kind) {
        return new Found(new Figure(text.substring(start, end), value, unit, kind), start, end);
    }

    private static double scale(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("milliard") || w.startsWith("md") || w.startsWith("mrd")) {
            return 1e9;
        }
        if (w.startsWith("million")) {
            return 1e6;
        }
        if (w.startsWith("billion")) {
            return 1e12; // the French billion
        }
        return 1e3;
    }

    private static String currencyCode(String written) {
        String w = FoldedText.fold(written, FoldedText.Mode.LOOSE);
        for (Map.Entry<String, String> entry : CURRENCIES.entrySet()) {
            if (w.equals(entry.getKey()) || w.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return w.toUpperCase(Locale.ROOT);
    }

    private static String unit(String foldedNoun) {
        String singular = singular(foldedNoun);
        return UNITS.getOrDefault(singular, singular);
    }

    private static String singular(String word) {
        if (word.length() > 3 && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")
                && !word.equals("mois") && !word.equals("pays")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static int month(String name) {
        String m = FoldedText.fold(name, FoldedText.Mode.LOOSE);
        String[] months = {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
            "octobre", "novembre", "decembre"};
        for (int i = 0; i < months.length; i++) {
            if (months[i].equals(m)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end && i < taken.length; i++) {
            taken[i] = true;
        }
    }
}
