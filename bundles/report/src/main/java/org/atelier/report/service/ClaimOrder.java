package org.atelier.report.service;

import java.util.Comparator;
import java.util.Locale;

import org.atelier.api.claims.Claim;
import org.atelier.api.report.ReportDocument;

/** The stable orders of a report: documents by title then id, claims by position, ids as people count them. */
final class ClaimOrder {
    private ClaimOrder() {}

    static final Comparator<ReportDocument> DOCUMENTS = Comparator
            .comparing((ReportDocument d) -> d.title().toLowerCase(Locale.ROOT))
            .thenComparing(ReportDocument::title)
            .thenComparing(ReportDocument::id);

    /** Within one document. */
    static final Comparator<Claim> POSITION = Comparator
            .comparingInt((Claim c) -> c.position().start())
            .thenComparingInt(c -> c.position().end())
            .thenComparing(Claim::id, ClaimOrder::compareIds);

    /** {@code c2} before {@code c10}: runs of digits compare by value. */
    static int compareIds(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                String na = stripZeros(a.substring(i, endA));
                String nb = stripZeros(b.substring(j, endB));
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
