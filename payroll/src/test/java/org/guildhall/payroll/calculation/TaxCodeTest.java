package org.guildhall.payroll.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.payroll.calculation.entity.TaxRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxCodeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // written,      region,      kind,        number, non-cumulative, normal form
            "1257L,          REST_OF_UK, ALLOWANCE,    1257,  false, 1257L",
            "1257M,          REST_OF_UK, ALLOWANCE,    1257,  false, 1257M",
            "1131N,          REST_OF_UK, ALLOWANCE,    1131,  false, 1131N",
            "757T,           REST_OF_UK, ALLOWANCE,    757,   false, 757T",
            "0T,             REST_OF_UK, ALLOWANCE,    0,     false, 0T",
            "K475,           REST_OF_UK, K,            475,   false, K475",
            "BR,             REST_OF_UK, BASIC_RATE,   0,     false, BR",
            "D0,             REST_OF_UK, HIGHER_RATE,  0,     false, D0",
            "D1,             REST_OF_UK, HIGHER_RATE,  1,     false, D1",
            "NT,             REST_OF_UK, NO_TAX,       0,     false, NT",
            "S1257L,         SCOTLAND,   ALLOWANCE,    1257,  false, S1257L",
            "SK100,          SCOTLAND,   K,            100,   false, SK100",
            "SBR,            SCOTLAND,   BASIC_RATE,   0,     false, SBR",
            "SD3,            SCOTLAND,   HIGHER_RATE,  3,     false, SD3",
            "S0T,            SCOTLAND,   ALLOWANCE,    0,     false, S0T",
            "C1257L,         WALES,      ALLOWANCE,    1257,  false, C1257L",
            "CD1,            WALES,      HIGHER_RATE,  1,     false, CD1",
            "1257L W1,       REST_OF_UK, ALLOWANCE,    1257,  true,  1257L W1/M1",
            "1257L M1,       REST_OF_UK, ALLOWANCE,    1257,  true,  1257L W1/M1",
            "1257L X,        REST_OF_UK, ALLOWANCE,    1257,  true,  1257L W1/M1",
            "1257LX,         REST_OF_UK, ALLOWANCE,    1257,  true,  1257L W1/M1",
            "1257L W1/M1,    REST_OF_UK, ALLOWANCE,    1257,  true,  1257L W1/M1",
            "s1257l m1,      SCOTLAND,   ALLOWANCE,    1257,  true,  S1257L W1/M1",
            "'1257L	W1',    REST_OF_UK, ALLOWANCE,    1257,  true,  1257L W1/M1",
            "K1000 M1,       REST_OF_UK, K,            1000,  true,  K1000 W1/M1",
            "0T M1,          REST_OF_UK, ALLOWANCE,    0,     true,  0T W1/M1",
            "BR W1,          REST_OF_UK, BASIC_RATE,   0,     true,  BR W1/M1",
            "999999L,        REST_OF_UK, ALLOWANCE,    999999, false, 999999L",
    })
    void readsEveryFormHmrcIssues(String written, TaxRegion region, TaxCode.Kind kind, int number, boolean nonCumulative, String normal) {
        TaxCode code = TaxCode.parse(written);
        assertEquals(region, code.region());
        assertEquals(kind, code.kind());
        assertEquals(number, code.number());
        assertEquals(nonCumulative, code.nonCumulative());
        assertEquals(normal, code.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1257Q      | 1257Q is not a tax code: 'Q' is not a suffix HMRC uses; the suffix is L, M, N or T",
            "1257       | 1257 is not a tax code: an allowance needs a suffix letter L, M, N or T after the number, as in 1257L",
            "K          | K is not a tax code: a K code is K followed by a number, such as K475",
            "K0         | K0 is not a tax code: a K code's number is at least 1",
            "KL         | KL is not a tax code: a K code is K followed by a number, such as K475",
            "D          | D is not a tax code: a D code is D followed by one digit, such as D0 or D1",
            "D12        | D12 is not a tax code: a D code is D followed by one digit, such as D0 or D1",
            "S          | S is not a tax code: it has a prefix but no code after it",
            "X          | X is not a tax code: W1, M1 and X mark a code as non-cumulative; write the code before it, as in 1257L W1",
            "12A57L     | 12A57L is not a tax code: an allowance is a number followed by L, M, N or T, such as 1257L",
            "01257L     | 01257L is not a tax code: the number does not start with 0",
            "1234567L   | 1234567L is not a tax code: an allowance is a number followed by L, M, N or T, such as 1257L (at most 6 digits)",
            "L          | L is not a tax code: an allowance is a number followed by L, M, N or T, such as 1257L",
            "1257L W2   | 1257L W2 is not a tax code: the only markers after a code are W1, M1 and X, for a non-cumulative code",
            "BR M12     | BR M12 is not a tax code: the only markers after a code are W1, M1 and X, for a non-cumulative code",
            "1257LP     | 1257LP is not a tax code: 'P' is not a suffix HMRC uses; the suffix is L, M, N or T",
            "W1         | W1 is not a tax code: W1, M1 and X mark a code as non-cumulative; write the code before it, as in 1257L W1",
            "１２５７L   | １２５７L is not a tax code: an allowance is a number followed by L, M, N or T, such as 1257L",
    })
    void refusesWhatHmrcDoesNotIssueAndSaysWhy(String written, String message) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> TaxCode.parse(written));
        assertEquals(message, refused.getMessage());
    }

    @Test
    void anEmptyCodeAsksForOne() {
        assertEquals("Enter a tax code, such as 1257L", assertThrows(IllegalArgumentException.class, () -> TaxCode.parse(" ")).getMessage());
    }
}
