package io.tickmark.cli;

import io.tickmark.run.DocumentRun;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converters for option values with a documented range, so that a value beyond it is a usage error
 * naming the option (picocli writes "Invalid value for option '--as-of': ..."), never an overflow deep
 * in the run.
 */
final class Options {
    private Options() {}

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    static final Duration MAX_TIMEOUT = Duration.ofHours(24);

    /** {@code --as-of}: a calendar date YYYY-MM-DD from 1900 to 2199. */
    static final class AsOfDate implements ITypeConverter<LocalDate> {
        private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

        @Override
        public LocalDate convert(String value) {
            LocalDate d;
            try {
                d = LocalDate.parse(value, ISO);
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
            }
            if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
                throw new TypeConversionException("'" + value + "' is outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
            }
            return d;
        }
    }

    /** {@code --timeout}: 90s, 10m, 1h30m, 500ms or plain seconds; more than zero and at most 24h. */
    static final class Timeout implements ITypeConverter<Duration> {
        private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|h|m|s)");

        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(java.util.Locale.ROOT);
            Duration d = Duration.ZERO;
            if (v.matches("\\d{1,9}")) {
                d = Duration.ofSeconds(Long.parseLong(v));
            } else {
                Matcher m = PART.matcher(v);
                int at = 0;
                while (m.find() && m.start() == at) {
                    long n = Long.parseLong(m.group(1));
                    d = d.plus(switch (m.group(2)) {
                        case "h" -> Duration.ofHours(n);
                        case "m" -> Duration.ofMinutes(n);
                        case "s" -> Duration.ofSeconds(n);
                        default -> Duration.ofMillis(n);
                    });
                    at = m.end();
                }
                if (at == 0 || at != v.length()) throw new TypeConversionException("'" + value + "' is not a duration such as 90s, 10m or 1h");
            }
            if (d.isZero() || d.compareTo(MAX_TIMEOUT) > 0) {
                throw new TypeConversionException("'" + value + "' is outside 1ms to " + DocumentRun.describe(MAX_TIMEOUT));
            }
            return d;
        }
    }
}
