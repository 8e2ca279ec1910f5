package dev.tactful.inbox.classify;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the day someone says they are back, in an out-of-office text: a date shortly after a phrase such as
 * "back on", "until", "zurück am", "bis", "de retour le", "jusqu'au", "regreso el" or "hasta". Dates may be ISO
 * ({@code 2027-01-12}), numeric day first ({@code 12.01.2027}, {@code 12.1.}), or with a month name in English,
 * German, French or Spanish, day first or (English) month first. A date without a year is the next such day on or
 * after the message date. "Until 12 January" is read as back on 12 January: the planner waits one business day
 * more anyway. Deliberately modest: anything it cannot read confidently gives no date, which changes nothing.
 */
final class ReturnDates {

    /** How far after an anchor phrase the date may start (weekday names and "the" fit in between). */
    private static final int WINDOW = 40;

    private static final Pattern ANCHOR = Pattern.compile(
            "\\b(back (?:in the office )?on|back|return(?:ing)? (?:on)?|returning|until|till|through|"
                    + "zuruck (?:am|ab)|wieder (?:am|ab)|ab dem|bis (?:zum|einschliesslich)?|bis|"
                    + "de retour (?:le|au bureau le)?|jusqu'au|a partir du|des le|"
                    + "regreso el|regresare el|de vuelta el|hasta el|hasta|a partir del)\\b");

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})?(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:of\\s+|de\\s+)?([a-z]+)\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?");

    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        month(1, "january", "jan", "januar", "janner", "janvier", "enero");
        month(2, "february", "feb", "februar", "fevrier", "febrero");
        month(3, "march", "mar", "marz", "maerz", "mars", "marzo");
        month(4, "april", "apr", "avril", "abril");
        month(5, "may", "mai", "mayo");
        month(6, "june", "jun", "juni", "juin", "junio");
        month(7, "july", "jul", "juli", "juillet", "julio");
        month(8, "august", "aug", "aout", "agosto");
        month(9, "september", "sep", "sept", "septembre", "septiembre", "setiembre");
        month(10, "october", "oct", "oktober", "octobre", "octubre");
        month(11, "november", "nov", "novembre", "noviembre");
        month(12, "december", "dec", "dezember", "dez", "decembre", "diciembre");
    }

    private ReturnDates() {
    }

    private static void month(int number, String... names) {
        for (String n : names) {
            MONTHS.put(n, number);
        }
    }

    /** The return date named in {@code text}, judged against the day the message was written. */
    static Optional<LocalDate> find(String text, LocalDate written) {
        String plain = OutOfOffice.normalise(text);
        Matcher anchor = ANCHOR.matcher(plain);
        while (anchor.find()) {
            int from = anchor.end();
            String window = plain.substring(from, Math.min(plain.length(), from + WINDOW));
            Optional<LocalDate> date = firstDate(window, written);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> firstDate(String window, LocalDate written) {
        Candidate best = null;
        for (Candidate c : java.util.Arrays.asList(iso(window), numeric(window, written), dayMonth(window, written), monthDay(window, written))) {
            if (c != null && (best == null || c.at < best.at)) {
                best = c;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.date).filter(d -> plausible(d, written));
    }

    private record Candidate(int at, LocalDate date) {
    }

    private static Candidate iso(String w) {
        Matcher m = ISO.matcher(w);
        return m.find() ? of(m.start(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) : null;
    }

    private static Candidate numeric(String w, LocalDate written) {
        Matcher m = NUMERIC.matcher(w);
        if (!m.find()) {
            return null;
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        Integer year = m.group(3) == null ? null : Integer.parseInt(m.group(3));
        if (year != null && year < 100) {
            year += 2000;
        }
        return withYear(m.start(), day, month, year, written);
    }

    private static Candidate dayMonth(String w, LocalDate written) {
        Matcher m = DAY_MONTH.matcher(w);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2));
            if (month != null) {
                return withYear(m.start(), Integer.parseInt(m.group(1)), month,
                        m.group(3) == null ? null : Integer.parseInt(m.group(3)), written);
            }
        }
        return null;
    }

    private static Candidate monthDay(String w, LocalDate written) {
        Matcher m = MONTH_DAY.matcher(w);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1));
            if (month != null) {
                return withYear(m.start(), Integer.parseInt(m.group(2)), month,
                        m.group(3) == null ? null : Integer.parseInt(m.group(3)), written);
            }
        }
        return null;
    }

    private static Candidate withYear(int at, int day, int month, Integer year, LocalDate written) {
        if (year != null) {
            return of(at, year, month, day);
        }
        Candidate thisYear = of(at, written.getYear(), month, day);
        if (thisYear == null) {
            return null;
        }
        return thisYear.date.isBefore(written.minusDays(1)) ? of(at, written.getYear() + 1, month, day) : thisYear;
    }

    private static Candidate of(int at, int year, int month, int day) {
        try {
            return new Candidate(at, LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A return date before the message or more than a year after it is a misreading, not a plan. */
    private static boolean plausible(LocalDate d, LocalDate written) {
        return !d.isBefore(written.minusDays(1)) && !d.isAfter(written.plusDays(366));
    }
}
