package org.emisworkbench.model;

/**
 * A school of a year whose return counts and whose code the import found a likely typo (IMP-35) the officer has not
 * confirmed as right: perhaps a phantom school made by a mistyped code, its figures another school's counted twice.
 *
 * @param code   the school's code
 * @param name   its name, or null
 * @param typoOf the school its code looks like a typo of, or null (a code that disagrees with its sheet's or file's
 *               name)
 * @param file   the file that held the code
 * @param cell   where the code stands ({@code Enseignants!A7}), or null
 */
public record LikelyTypo(String code, String name, String typoOf, String file, String cell) {
}
