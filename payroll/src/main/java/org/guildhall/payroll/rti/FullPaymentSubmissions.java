package org.guildhall.payroll.rti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.payroll.run.control.PayeReferences;
import org.guildhall.payroll.run.control.RunQueries;
import org.guildhall.payroll.run.entity.PayeReference;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * An approved run's Full Payment Submission: checked in one transaction ({@link #ready}), then made once, streamed from
 * the database twice (the IRmark, then the document) into a gzip file, stored with its IRmark and offered to the
 * {@link RtiTransport} ({@link #stored}), and from then on read back as it was made ({@link #copy}). The figures to date
 * are those after the run's approval, so a run is reported before a later run of its schedule is approved.
 */
@ApplicationScoped
public class FullPaymentSubmissions {

    @Inject
    TenantSession session;

    @Inject
    PayeReferences references;

    @Inject
    RunQueries queries;

    @Inject
    RtiTransport transport;

    @Inject
    Myself me;

    @Inject
    Clock clock;

    /** A run found fit for a submission, and the employer's side of it. */
    public record Ready(String tenant, long run, FpsDocument.Employer employer, String by) {
        public String fileName() {
            return "payroll-run-" + run + "-fps.xml";
        }
    }

    /** A stored submission. */
    public record Stored(long id, String irmark, long size, String status) {
    }

    @Transactional
    @InTenant
    public Ready ready(long id) {
        PayrollRun run = queries.find(id);
        if (run.status() != PayrollRun.Status.APPROVED) {
            throw new StateConflict("Only an approved run is reported to HMRC: this one is " + run.status() + ".");
        }
        PayeReference reference = references.current().orElseThrow(() -> new RuleRefused(
                "An FPS carries the employer's PAYE references, which are not set yet: a payroll admin sets them at paye-reference."));
        FpsDocument.Employer employer = new FpsDocument.Employer(reference.taxOfficeNumber(), reference.taxOfficeReference(),
                reference.accountsOfficeReference(), run.taxYear());
        Ready ready = new Ready(session.current(), id, employer, me.username());
        if (find(session.connection(), ready) != null) {
            return ready;
        }
        List<String> later = list("""
                select r.id::text from payroll_run r join payroll_run this on this.tenant_id = r.tenant_id and this.id = ?
                where r.tenant_id = ? and r.schedule = this.schedule and r.tax_year = this.tax_year and r.status = 'APPROVED'
                  and r.pay_date > this.pay_date order by r.id""", id);
        if (!later.isEmpty()) {
            throw new StateConflict("An FPS reports the figures to date of its payment, and run " + later.get(0)
                    + " has been approved since, which moved them: report each run before the next is approved.");
        }
        List<String> noGender = list("""
                select s.employee_number from payslip s left join payroll_profile p on p.tenant_id = s.tenant_id and p.employee_number = s.employee_number
                where s.run_id = ? and s.tenant_id = ? and p.gender is null order by s.employee_number limit 10""", id);
        if (!noGender.isEmpty()) {
            throw new RuleRefused("HMRC needs each employee's gender as it records it, which these employees' payroll profiles lack: "
                    + String.join(", ", noGender) + ".");
        }
        List<String> starters = list("""
                select s.employee_number from payslip s join employee e on e.tenant_id = s.tenant_id and e.employee_number = s.employee_number
                join payroll_run r on r.tenant_id = s.tenant_id and r.id = s.run_id
                left join payroll_profile p on p.tenant_id = s.tenant_id and p.employee_number = s.employee_number
                where s.run_id = ? and s.tenant_id = ? and e.start_date >= r.period_start
                  and (p.starter_declaration is null or p.address_lines is null or position(E'\\n' in p.address_lines) = 0)
                order by s.employee_number limit 10""", id);
        if (!starters.isEmpty()) {
            throw new RuleRefused("A starter's first FPS carries their starter declaration and at least two lines of their address, "
                    + "which these starters' payroll profiles lack: " + String.join(", ", starters) + ".");
        }
        return ready;
    }

    /** The run's stored FPS, made and stored first if there is none yet. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored stored(Ready ready) {
        session.enter(ready.tenant());
        Connection connection = session.connection();
        Stored stored = find(connection, ready);
        if (stored != null) {
            return stored;
        }
        Path file = null;
        Path part = null;
        try {
            file = Files.createTempFile("guildhall-fps-", ".xml.gz");
            part = Files.createTempFile("guildhall-fps-employees-", ".xml");
            String irmark;
            long size;
            try (OutputStream out = Files.newOutputStream(file); GZIPOutputStream gzip = new FastGzip(out)) {
                CountingStream counting = new CountingStream(gzip);
                irmark = FpsDocument.write(counting, ready.employer(), each -> employees(connection, ready, each), part);
                size = counting.count;
            }
            RtiTransport.Outcome outcome = transport.offer("FPS", ready.run(), irmark);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into rti_submission (tenant_id, run_id, kind, irmark, size, document, status, created_by, created_at)
                    values (?, ?, 'FPS', ?, ?, ?, ?, ?, ?) on conflict (tenant_id, run_id, kind) do nothing""");
                 InputStream document = Files.newInputStream(file)) {
                insert.setString(1, ready.tenant());
                insert.setLong(2, ready.run());
                insert.setString(3, irmark);
                insert.setLong(4, size);
                insert.setBinaryStream(5, document, Files.size(file));
                insert.setString(6, outcome.name());
                insert.setString(7, ready.by());
                insert.setTimestamp(8, Timestamp.from(clock.instant()));
                insert.executeUpdate();
            }
            return find(connection, ready);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store run " + ready.run() + "'s FPS", e);
        } finally {
            delete(file);
            delete(part);
        }
    }

    /** Writes the stored document to {@code output} as it was made. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void copy(Ready ready, long submission, OutputStream output) {
        session.enter(ready.tenant());
        try (PreparedStatement query = session.connection().prepareStatement(
                "select document from rti_submission where tenant_id = ? and id = ?")) {
            query.setString(1, ready.tenant());
            query.setLong(2, submission);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new Absent("There is no submission " + submission + ".");
                }
                try (InputStream document = new GZIPInputStream(row.getBinaryStream(1), 64 * 1024)) {
                    document.transferTo(output);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stored find(Connection connection, Ready ready) {
        try (PreparedStatement query = connection.prepareStatement(
                "select id, irmark, size, status from rti_submission where tenant_id = ? and run_id = ? and kind = 'FPS'")) {
            query.setString(1, ready.tenant());
            query.setLong(2, ready.run());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new Stored(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hands over every payslip of the run as an FPS employee, in employee number order, streamed. */
    private static void employees(Connection connection, Ready ready, Consumer<FpsDocument.Employee> each) {
        try (PreparedStatement query = connection.prepareStatement("""
                select s.employee_number, e.ni_number, e.given_name, e.family_name, p.address_lines, p.postcode, e.date_of_birth, p.gender,
                       e.start_date, p.starter_declaration, e.end_date, s.ytd_taxable_pay, s.ytd_tax, s.ytd_student_loan,
                       s.ytd_postgraduate_loan, coalesce(ps.frequency, 'MONTHLY'), r.pay_date, r.period, e.weekly_hours, s.tax_code,
                       s.taxable_pay, s.tax, s.employee_ni, s.student_loan, s.postgraduate_loan, coalesce(p.student_loan_plans, ''),
                       s.ni_category, s.niable_pay, s.employer_ni, r.period_start, r.period_end,
                       n.letters, n.niable, n.at_lel, n.lel_to_pt, n.pt_to_uel, n.employee_ni, n.employer_ni
                from payslip s
                join employee e on e.tenant_id = s.tenant_id and e.employee_number = s.employee_number
                join payroll_run r on r.tenant_id = s.tenant_id and r.id = s.run_id
                left join pay_schedule ps on ps.tenant_id = r.tenant_id and ps.code = r.schedule
                left join payroll_profile p on p.tenant_id = s.tenant_id and p.employee_number = s.employee_number
                left join lateral (
                  select array_agg(y.ni_letter::text order by y.ni_letter) letters, array_agg(y.niable_earnings order by y.ni_letter) niable,
                         array_agg(y.at_lel order by y.ni_letter) at_lel, array_agg(y.lel_to_pt order by y.ni_letter) lel_to_pt,
                         array_agg(y.pt_to_uel order by y.ni_letter) pt_to_uel, array_agg(y.employee_ni order by y.ni_letter) employee_ni,
                         array_agg(y.employer_ni order by y.ni_letter) employer_ni
                  from payroll_ytd_ni y where y.tenant_id = s.tenant_id and y.employee_number = s.employee_number and y.tax_year = r.tax_year) n on true
                where s.tenant_id = ? and s.run_id = ? order by s.employee_number""")) {
            // each employee's letters by their key: with one aggregate of the year's letters joined instead, a 100,000-employee
            // benchmark kept PostgreSQL busy for over 13 minutes (a plan looping over the aggregate, presumably), so not that
            query.setFetchSize(1_000);
            query.setString(1, ready.tenant());
            query.setLong(2, ready.run());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    each.accept(employee(row));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read run " + ready.run() + "'s payslips", e);
        }
    }

    private static FpsDocument.Employee employee(ResultSet row) throws SQLException {
        LocalDate periodStart = row.getDate(30).toLocalDate();
        LocalDate periodEnd = row.getDate(31).toLocalDate();
        LocalDate start = row.getDate(9).toLocalDate();
        LocalDate end = row.getDate(11) == null ? null : row.getDate(11).toLocalDate();
        boolean starter = !start.isBefore(periodStart);
        String addressLines = row.getString(5);
        BigDecimal taxable = row.getBigDecimal(21);
        BigDecimal tax = row.getBigDecimal(22);
        BigDecimal employeeNi = row.getBigDecimal(23);
        BigDecimal studentLoan = row.getBigDecimal(24);
        BigDecimal postgraduateLoan = row.getBigDecimal(25);
        String plan = java.util.Arrays.stream(row.getString(26).split(",")).filter(p -> p.startsWith("PLAN_")).findFirst()
                .map(p -> "0" + p.substring("PLAN_".length())).orElse("01");
        char letter = row.getString(27).charAt(0);
        List<FpsDocument.Letter> letters = new ArrayList<>();
        Array names = row.getArray(32);
        if (names != null) {
            String[] which = (String[]) names.getArray();
            BigDecimal[][] figures = new BigDecimal[6][];
            for (int f = 0; f < 6; f++) {
                figures[f] = (BigDecimal[]) row.getArray(33 + f).getArray();
            }
            for (int i = 0; i < which.length; i++) {
                boolean now = which[i].charAt(0) == letter;
                BigDecimal zero = BigDecimal.ZERO.setScale(2);
                letters.add(new FpsDocument.Letter(which[i].charAt(0), now ? row.getBigDecimal(28) : zero, figures[0][i], figures[1][i],
                        figures[2][i], figures[3][i], now ? employeeNi.add(row.getBigDecimal(29)) : zero, figures[4][i].add(figures[5][i]),
                        now ? employeeNi : zero, figures[4][i]));
            }
        }
        String declaration = row.getString(10);
        return new FpsDocument.Employee(row.getString(2).strip(), row.getString(3), row.getString(4),
                addressLines == null ? List.of() : List.of(addressLines.split("\n")), row.getString(6), row.getDate(7).toLocalDate(),
                row.getString(8).charAt(0), starter ? start : null, starter && declaration != null ? declaration.charAt(0) : null,
                row.getString(1), end != null && !end.isAfter(periodEnd) ? end : null, row.getBigDecimal(12), row.getBigDecimal(13),
                row.getBigDecimal(14), row.getBigDecimal(15), row.getString(16), row.getDate(17).toLocalDate(), row.getInt(18),
                row.getBigDecimal(19), row.getString(20), taxable, taxable.subtract(tax).subtract(employeeNi).subtract(studentLoan)
                .subtract(postgraduateLoan), studentLoan, plan, postgraduateLoan, tax, letters);
    }

    private List<String> list(String sql, long run) {
        List<String> found = new ArrayList<>();
        try (PreparedStatement query = session.connection().prepareStatement(sql)) {
            query.setLong(1, run);
            query.setString(2, session.current());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    found.add(row.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file, which the system clears in the end
            }
        }
    }

    /** Gzip at its fastest level: the document is large and repetitive, and speed matters more than the last few per cent. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(java.util.zip.Deflater.BEST_SPEED);
        }
    }

    /** Counts the bytes of the document as written, before compression. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }
}
