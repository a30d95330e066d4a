package vn.dxscorecard.shared;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message catalogue ({@code messages_vi.properties}, {@code messages_en.properties}):
 * every text a sender or a reader sees comes from here. Arguments are written as text
 * before formatting, so a number prints as the caller wrote it ({@code 1234}), never with
 * a locale's grouping.
 */
public final class Messages {

    public static final String BUNDLE = "messages";

    public static final Locale VI = Locale.forLanguageTag("vi");

    public static final Locale EN = Locale.ENGLISH;

    private final MessageSource source;

    private Messages(MessageSource source) {
        this.source = source;
    }

    /** The shipped catalogue. */
    public static Messages catalogue() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(BUNDLE);
        source.setDefaultEncoding("UTF-8");
        // One rule for every text ('' is a quote, {0} an argument), whether it has
        // arguments or not.
        source.setAlwaysUseMessageFormat(true);
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }

    public String vi(String key, Object... args) {
        return get(VI, key, args);
    }

    public String en(String key, Object... args) {
        return get(EN, key, args);
    }

    public Text text(String key, Object... args) {
        return new Text(vi(key, args), en(key, args));
    }

    public Text text(Message message) {
        return text(message.key(), message.args());
    }

    public String get(Locale locale, String key, Object... args) {
        return source.getMessage(key, written(locale, args), locale);
    }

    private Object[] written(Locale locale, Object[] args) {
        return Arrays.stream(args).map(arg -> switch (arg) {
            case null -> "";
            case Message m -> get(locale, m.key(), m.args());
            case Text t -> locale.equals(VI) ? t.vi() : t.en();
            default -> String.valueOf(arg);
        }).toArray();
    }

}
