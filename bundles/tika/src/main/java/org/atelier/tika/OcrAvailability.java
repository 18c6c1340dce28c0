package org.atelier.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Whether the Tesseract program and the language data OCR needs are installed: asked once per language setting
 * ({@code tesseract --list-langs}), so that a machine without them gets one clear reason per file instead of an
 * error from deep inside Tika.
 */
final class OcrAvailability {
    /** The one reason given for every file that needed OCR where it cannot run. */
    static final String UNAVAILABLE = "OCR unavailable: install tesseract-ocr-fra";

    private final Map<String, Boolean> byLanguage = new ConcurrentHashMap<>();

    /** True when {@code tesseract} runs and knows every language of {@code languages} ({@code fra+eng}). */
    boolean available(String languages) {
        return byLanguage.computeIfAbsent(languages, OcrAvailability::check);
    }

    /** The reason to give when OCR cannot run for {@code languages}. */
    static String unavailableReason(String languages) {
        String packages = Arrays.stream(languages.split("\\+"))
                .map(language -> "tesseract-ocr-" + language.strip().replace('_', '-').toLowerCase())
                .collect(Collectors.joining(" "));
        return "tesseract-ocr-fra".equals(packages) ? UNAVAILABLE : "OCR unavailable: install " + packages;
    }

    private static boolean check(String languages) {
        try {
            Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String output;
            try (InputStream out = process.getInputStream()) {
                output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return false;
            }
            Set<String> installed = output.lines().map(String::strip).collect(Collectors.toSet());
            return Arrays.stream(languages.split("\\+")).map(String::strip).allMatch(installed::contains);
        } catch (IOException e) {
            return false; // no such program
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
