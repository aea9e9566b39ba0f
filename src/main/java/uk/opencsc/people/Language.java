package uk.opencsc.people;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** First language: the languages most often recorded in English local authorities (ISO 639-3 codes), with Other and Not known. */
public enum Language implements CodeList {
    ENGLISH("eng", "English"),
    ALBANIAN("sqi", "Albanian"),
    AMHARIC("amh", "Amharic"),
    ARABIC("ara", "Arabic"),
    BENGALI("ben", "Bengali"),
    BSL("bfi", "British Sign Language"),
    BULGARIAN("bul", "Bulgarian"),
    CANTONESE("yue", "Cantonese"),
    CZECH("ces", "Czech"),
    DARI("prs", "Dari"),
    FARSI("pes", "Persian (Farsi)"),
    FRENCH("fra", "French"),
    GUJARATI("guj", "Gujarati"),
    HINDI("hin", "Hindi"),
    HUNGARIAN("hun", "Hungarian"),
    ITALIAN("ita", "Italian"),
    KURDISH("kur", "Kurdish"),
    LATVIAN("lav", "Latvian"),
    LITHUANIAN("lit", "Lithuanian"),
    MANDARIN("cmn", "Mandarin Chinese"),
    PASHTO("pus", "Pashto"),
    POLISH("pol", "Polish"),
    PORTUGUESE("por", "Portuguese"),
    PUNJABI("pan", "Punjabi"),
    ROMANI("rom", "Romani"),
    ROMANIAN("ron", "Romanian"),
    RUSSIAN("rus", "Russian"),
    SLOVAK("slk", "Slovak"),
    SOMALI("som", "Somali"),
    SPANISH("spa", "Spanish"),
    SWAHILI("swa", "Swahili"),
    TAMIL("tam", "Tamil"),
    TIGRINYA("tir", "Tigrinya"),
    TURKISH("tur", "Turkish"),
    TWI("twi", "Twi"),
    UKRAINIAN("ukr", "Ukrainian"),
    URDU("urd", "Urdu"),
    VIETNAMESE("vie", "Vietnamese"),
    WELSH("cym", "Welsh"),
    YORUBA("yor", "Yoruba"),
    OTHER("other", "Other language"),
    NOT_KNOWN("unknown", "Not known");

    private final String code;
    private final String label;

    Language(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** @throws UnknownCodeException when the code is not in this list */
    public static Language of(String code) {
        return CodeList.fromCode(Language.class, "firstLanguage", code);
    }
}
