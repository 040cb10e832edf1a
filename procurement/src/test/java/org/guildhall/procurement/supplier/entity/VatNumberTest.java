package org.guildhall.procurement.supplier.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VatNumberTest {

    @Test
    void hmrcsTestNumberAndOnesFromEachSeriesAreValid() {
        // 9 x (8+7+6+5+4+3+2) = 315, + 73 = 388 = 4 x 97
        assertEquals(Optional.of("GB999999973"), VatNumber.normalise("GB999999973"));
        // 1x8 + 2x7 + 3x6 + 4x5 + 5x4 + 6x3 + 7x2 = 112; 112 + 82 = 194 = 2 x 97 (first series)
        assertEquals(Optional.of("GB123456782"), VatNumber.normalise("gb 123 4567 82"));
        // 112 + 55 = 167; 167 + 27 = 194 (since 2010)
        assertEquals(Optional.of("GB123456727"), VatNumber.normalise("GB123456727"));
        // a branch: the first nine checked, three more digits
        assertEquals(Optional.of("GB999999973001"), VatNumber.normalise("GB999999973001"));
    }

    @Test
    void aWrongCheckOrShapeIsRefused() {
        for (String wrong : new String[] {"GB999999974", "GB12345678", "GB1234567890", "FR999999973", "999999973", "GBABCDEFGHI", "", null}) {
            assertEquals(Optional.empty(), VatNumber.normalise(wrong), String.valueOf(wrong));
        }
    }
}
