package org.emisworkbench.testing;

/**
 * Numbers written in the digits of another script, as a return typed on an Arabic, Devanagari, Khmer or Burmese
 * keyboard writes them: what the tests of other digits put in their workbooks.
 */
public final class ScriptDigits {
    public static final String ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";
    public static final String PERSIAN = "۰۱۲۳۴۵۶۷۸۹";
    public static final String DEVANAGARI = "०१२३४५६७८९";
    public static final String KHMER = "០១២៣៤៥៦៧៨៩";
    public static final String BURMESE = "၀၁၂၃၄၅၆၇၈၉";

    private ScriptDigits() {
    }

    /** {@code n} written in the digits of {@code script} (one of the constants above: its digits 0 to 9 in order). */
    public static String of(long n, String script) {
        StringBuilder sb = new StringBuilder();
        for (char c : Long.toString(n).toCharArray()) {
            sb.append(script.charAt(c - '0'));
        }
        return sb.toString();
    }
}
