package org.guildhall.finance.ledger.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.finance.calendar.entity.FiscalPeriod;
import org.guildhall.finance.posting.JournalDraft;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantScoped;

/**
 * A posted journal. Created only from a validated {@link JournalDraft}; never edited or deleted afterwards: the one
 * change it allows is being marked reversed when its mirror is posted.
 */
@Entity
@Table(name = "journal")
public class Journal extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(nullable = false)
    private int period;

    @Column(name = "journal_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(length = 100)
    private String reference;

    @Column(nullable = false, length = 32)
    private String source;

    @Column(name = "source_reference", nullable = false, length = 200)
    private String sourceReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private JournalStatus status;

    @Column(name = "reverses_id")
    private Long reversesId;

    @Column(name = "reversed_by_id")
    private Long reversedById;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @Column(name = "posted_by", nullable = false, length = 64)
    private String postedBy;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "journal_line", joinColumns = @JoinColumn(name = "journal_id"))
    @OrderBy("lineNo")
    private List<JournalLine> lines = new ArrayList<>();

    protected Journal() {
    }

    /** The journal {@code draft} becomes in {@code period}; call only once the draft has no problems. */
    public static Journal posted(JournalDraft draft, FiscalPeriod period, String source, String sourceReference, Long reversesId,
                                 String postedBy, Instant postedAt) {
        return new Journal(draft, period.fiscalYear(), period.number(), source, sourceReference, reversesId, postedBy, postedAt);
    }

    private Journal(JournalDraft draft, int fiscalYear, int period, String source, String sourceReference, Long reversesId,
            String postedBy, Instant postedAt) {
        this.fiscalYear = fiscalYear;
        this.period = period;
        this.date = draft.date();
        this.description = draft.description();
        this.reference = draft.reference();
        this.source = source;
        this.sourceReference = sourceReference;
        this.reversesId = reversesId;
        this.status = JournalStatus.POSTED;
        this.total = draft.totalDebits().amount();
        this.postedBy = postedBy;
        this.postedAt = postedAt;
        int number = 1;
        for (JournalDraft.Line line : draft.lines()) {
            lines.add(new JournalLine(number++, line.account(), line.costCentre(), line.debitOrZero(), line.creditOrZero(), line.memo()));
        }
    }

    /** The mirror of this journal on {@code date}: every debit a credit and every credit a debit. */
    public JournalDraft reversalDraft(LocalDate on) {
        if (status == JournalStatus.REVERSED) {
            throw new IllegalStateException("already reversed");
        }
        if (reversesId != null) {
            throw new IllegalStateException("a reversal is not itself reversed; post a new journal instead");
        }
        List<JournalDraft.Line> mirrored = lines.stream().map(JournalLine::mirrored)
                .map(l -> new JournalDraft.Line(l.account(), l.costCentre(), positiveOrNull(l.debit()), positiveOrNull(l.credit()), l.memo()))
                .toList();
        return new JournalDraft(on, "Reversal of journal " + id + ": " + description, reference, mirrored);
    }

    /** Marks this journal reversed by {@code reversal}. */
    public void reversedBy(Journal reversal) {
        if (status == JournalStatus.REVERSED) {
            throw new IllegalStateException("already reversed");
        }
        status = JournalStatus.REVERSED;
        reversedById = reversal.id();
    }

    private static Money positiveOrNull(Money amount) {
        return amount.isPositive() ? amount : null;
    }

    public Long id() { return id; }
    public int fiscalYear() { return fiscalYear; }
    public int period() { return period; }
    public LocalDate date() { return date; }
    public String description() { return description; }
    public String reference() { return reference; }
    public String source() { return source; }
    public String sourceReference() { return sourceReference; }
    public JournalStatus status() { return status; }
    public Long reversesId() { return reversesId; }
    public Long reversedById() { return reversedById; }
    public Money total() { return Money.of(total); }
    public String postedBy() { return postedBy; }
    public Instant postedAt() { return postedAt; }
    public long version() { return version; }
    public List<JournalLine> lines() { return List.copyOf(lines); }
}
