package org.emisworkbench.gui;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.Sheets;

/**
 * A Portuguese district workbook of several schools' forms, one per sheet, in a style no built-in template and no
 * sample has: a cover sheet without a school, then one sheet per school ("EP Mecúfi 1" …) with its code and name
 * beside their labels, two teacher labels whose words the program does not know ("Educadoras", "Educadores"), and
 * an age × class × sex table under a title, the classes merged over "Rapazes | Raparigas".
 *
 * @param enrolment [school][age][class][sex: 0 boys, 1 girls]
 * @param women     women teachers per school
 * @param men       men teachers per school
 */
record SchoolSheets(int[][][][] enrolment, int[] women, int[] men) {
    static final String[] AGES = {"6 anos", "7 anos", "8 anos e mais"};
    static final String[] AGE_CODES = {"6", "7", "8+"};
    static final String[] CLASSES = {"1ª classe", "2ª classe"};

    /** Figures drawn from {@code seed}, for {@code schools} schools. */
    static SchoolSheets draw(long seed, int schools) {
        Random rnd = new Random(seed);
        int[][][][] e = new int[schools][AGES.length][CLASSES.length][2];
        int[] w = new int[schools];
        int[] m = new int[schools];
        for (int s = 0; s < schools; s++) {
            for (int[][] byClass : e[s]) {
                for (int[] bySex : byClass) {
                    bySex[0] = 1 + rnd.nextInt(40);
                    bySex[1] = 1 + rnd.nextInt(40);
                }
            }
            w[s] = 1 + rnd.nextInt(9);
            m[s] = 1 + rnd.nextInt(9);
        }
        return new SchoolSheets(e, w, m);
    }

    int schools() {
        return women.length;
    }

    static String code(int school) {
        return "MZ-31" + (school + 10);
    }

    static String sheet(int school) {
        return "EP Mecúfi " + (school + 1);
    }

    /** Writes the workbook as {@code file}. */
    Path write(Path file) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet cover = wb.createSheet("Capa");
        Sheets.row(cover, 0, "Serviço Distrital de Educação de Mecúfi");
        Sheets.row(cover, 2, "Mapas estatísticos das escolas primárias");
        Sheets.row(cover, 3, "Número de escolas", schools());
        for (int s = 0; s < schools(); s++) {
            Sheet sh = wb.createSheet(sheet(s));
            Sheets.row(sh, 0, "MAPA ESTATÍSTICO — ENSINO PRIMÁRIO");
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            Sheets.row(sh, 2, "Código da escola:", code(s));
            Sheets.row(sh, 3, "Nome da escola:", "EP de Mecúfi " + (s + 1));
            Sheets.row(sh, 5, "Educadoras:", women[s]);
            Sheets.row(sh, 6, "Educadores:", men[s]);
            Sheets.row(sh, 8, "Alunos matriculados por idade, classe e sexo");
            Sheets.row(sh, 9, "Idade", CLASSES[0], null, CLASSES[1], null);
            sh.addMergedRegion(new CellRangeAddress(9, 9, 1, 2));
            sh.addMergedRegion(new CellRangeAddress(9, 9, 3, 4));
            Sheets.row(sh, 10, null, "Rapazes", "Raparigas", "Rapazes", "Raparigas");
            for (int a = 0; a < AGES.length; a++) {
                int[][] e = enrolment[s][a];
                Sheets.row(sh, 11 + a, AGES[a], e[0][0], e[0][1], e[1][0], e[1][1]);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }
}
