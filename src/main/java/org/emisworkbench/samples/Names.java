package org.emisworkbench.samples;

import java.util.SplittableRandom;

/** Invented Lumerian personal names for rosters. */
final class Names {
    private static final String[] FEMALE = {"Ama", "Bela", "Cira", "Dina", "Esi", "Fara", "Gina", "Hana", "Ines",
        "Jala", "Kemi", "Lina", "Mara", "Nia", "Oya", "Pila", "Rina", "Sela", "Tama", "Vera", "Wena", "Yara", "Zola"};
    private static final String[] MALE = {"Abel", "Bako", "Cato", "Dano", "Emil", "Fodi", "Goran", "Hugo", "Ivo",
        "Jomo", "Kofi", "Luka", "Milo", "Nuno", "Otto", "Pavo", "Rami", "Sami", "Tano", "Vico", "Wale", "Yuri"};
    private static final String[] FAMILY = {"Akande", "Bessari", "Coraldi", "Domani", "Eweka", "Fanta", "Galeno",
        "Hossu", "Ibara", "Jessop", "Kalu", "Lomari", "Mensah", "Nkosi", "Obeng", "Pereira", "Quaye", "Rossi",
        "Sabo", "Tetteh", "Umaru", "Varga", "Wanjiru", "Yeboah", "Zulu"};

    private Names() {
    }

    static String person(SplittableRandom rng, int sex) {
        String[] given = sex == Lumeria.F ? FEMALE : MALE;
        return given[rng.nextInt(given.length)] + " " + FAMILY[rng.nextInt(FAMILY.length)];
    }
}
