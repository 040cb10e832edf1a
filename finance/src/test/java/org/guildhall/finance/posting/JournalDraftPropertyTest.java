package org.guildhall.finance.posting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.guildhall.platform.money.Money;

/** Random journals: every balanced one to postable accounts is accepted, and any one corruption of it is refused. */
class JournalDraftPropertyTest {

    static final List<String> POSTABLE = List.of("11000", "13300", "14000", "21000", "31000", "41000", "51000", "55100");
    static final JournalDraft.Chart CHART = new JournalDraft.Chart(Map.of(
            "11000", true, "13300", true, "14000", true, "21000", true, "31000", true, "41000", true, "51000", true, "55100", true,
            "50000", false), Set.of("CC000", "CC100"));

    @Provide
    Arbitrary<JournalDraft> balancedJournals() {
        Arbitrary<Money> amount = Arbitraries.longs().between(1, 1_000_000_00L).map(p -> Money.of(BigDecimal.valueOf(p, 2)));
        Arbitrary<String> account = Arbitraries.of(POSTABLE);
        Arbitrary<String> costCentre = Arbitraries.of("CC000", "CC100").injectNull(0.5);
        Arbitrary<JournalDraft.Line> debit = Combinators.combine(account, costCentre, amount)
                .as((a, c, m) -> new JournalDraft.Line(a, c, m, null, null));
        return Combinators.combine(debit.list().ofMinSize(1).ofMaxSize(20), account, Arbitraries.integers().between(1, 5))
                .as((debits, creditAccount, splits) -> {
                    // credits: the debit total split across several lines, the last taking the remainder
                    Money total = debits.stream().map(JournalDraft.Line::debit).reduce(Money.ZERO, Money::plus);
                    List<JournalDraft.Line> lines = new ArrayList<>(debits);
                    Money remaining = total;
                    for (int i = 1; i < splits && remaining.amount().movePointRight(2).longValueExact() >= 2; i++) {
                        Money part = Money.of(BigDecimal.valueOf(remaining.amount().movePointRight(2).longValueExact() / 2, 2));
                        lines.add(new JournalDraft.Line(creditAccount, null, null, part, null));
                        remaining = remaining.minus(part);
                    }
                    lines.add(new JournalDraft.Line(creditAccount, null, null, remaining, null));
                    return new JournalDraft(LocalDate.of(2026, 6, 30), "Random", null, lines);
                });
    }

    @Property(tries = 500)
    void balancedJournalsAreAcceptedAndBalance(@ForAll("balancedJournals") JournalDraft journal) {
        assertEquals(List.of(), journal.problems(CHART));
        assertEquals(journal.totalDebits(), journal.totalCredits());
    }

    @Property(tries = 500)
    void anyOneCorruptionIsRefused(@ForAll("balancedJournals") JournalDraft journal, @ForAll("corruptions") int corruption,
                                   @ForAll("lineIndexes") int index) {
        List<JournalDraft.Line> lines = new ArrayList<>(journal.lines());
        int at = index % lines.size();
        JournalDraft.Line line = lines.get(at);
        JournalDraft.Line broken = switch (corruption) {
            case 0 -> new JournalDraft.Line(line.account(), line.costCentre(),
                    line.debit() == null ? null : line.debit().plus(Money.parse("0.01")),
                    line.credit() == null ? null : line.credit().plus(Money.parse("0.01")), null); // unbalanced by a penny
            case 1 -> new JournalDraft.Line("50000", line.costCentre(), line.debit(), line.credit(), null);   // heading account
            case 2 -> new JournalDraft.Line("99999", line.costCentre(), line.debit(), line.credit(), null);   // unknown account
            case 3 -> new JournalDraft.Line(line.account(), "CC999", line.debit(), line.credit(), null);      // unknown cost centre
            case 4 -> new JournalDraft.Line(line.account(), line.costCentre(), line.debit() == null ? null : line.debit().negate(),
                    line.credit() == null ? null : line.credit().negate(), null);                                  // negative
            default -> new JournalDraft.Line(line.account(), line.costCentre(), Money.parse("1.00"), Money.parse("1.00"), null); // both
        };
        lines.set(at, broken);
        JournalDraft corrupted = new JournalDraft(journal.date(), journal.description(), null, lines);
        assertFalse(corrupted.problems(CHART).isEmpty(), "corruption " + corruption + " at line " + at + " was accepted");
    }

    @Provide
    Arbitrary<Integer> corruptions() {
        return Arbitraries.integers().between(0, 5);
    }

    @Provide
    Arbitrary<Integer> lineIndexes() {
        return Arbitraries.integers().between(0, 100);
    }
}
