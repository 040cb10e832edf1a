package org.guildhall.platform.tenant.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.tenant.entity.Tenant;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a tenant's export: in one transaction scoped to the tenant (row-level security is the second wall around
 * what it reads), every table with a {@code tenant_id} or {@code tenant_code} column, found in the catalogue so that
 * tables added later are exported too, streamed by PostgreSQL's COPY as CSV with a header straight into the ZIP; the
 * tenant's own row; its users and their roles; a manifest of every file's row count; and its audit chain's
 * verification. The file appears under its name only when it is whole.
 */
@ApplicationScoped
public class ExportWriter {

    static final String CATALOGUE = """
            select c.table_name, c.column_name from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
            where c.table_schema = current_schema() and c.column_name in ('tenant_id', 'tenant_code') and c.table_name <> 'tenant_export'
            order by c.table_name""";

    @Inject
    TenantSession session;

    @Inject
    TenantExports exports;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(String tenant, long id) {
        if (!Tenant.CODE.matcher(tenant).matches()) {
            throw new IllegalArgumentException("not a tenant code");
        }
        session.enter(tenant);
        Connection connection = session.connection();
        Path file = exports.file(tenant, id);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            List<String[]> tables = tables(connection);
            int total = tables.size() + 2;
            Files.createDirectories(file.getParent());
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            JsonObjectBuilder counts = Json.createObjectBuilder();
            long rows = 0;
            int done = 0;
            AuditTrail.Verification chain;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha256); ZipOutputStream zip = new ZipOutputStream(out)) {
                OutputStream entry = new FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        zip.write(bytes, offset, length);
                    }

                    @Override
                    public void close() {
                        // the ZIP stays open for the next entry
                    }
                };
                rows += copy(copy, zip, entry, counts, "tenant.csv", "select * from tenant where code = " + literal(tenant));
                rows += copy(copy, zip, entry, counts, "users-and-roles.csv", """
                        select u.username, u.display_name, m.employee_number, string_agg(r.role, ' ' order by r.role) as roles
                        from tenant_membership m join user_account u on u.id = m.user_id
                        left join tenant_membership_role r on r.membership_id = m.id
                        where m.tenant_code = %s group by u.username, u.display_name, m.employee_number order by u.username""".formatted(literal(tenant)));
                done += 2;
                exports.progress(tenant, id, total, done, rows);
                for (String[] table : tables) {
                    rows += copy(copy, zip, entry, counts, "tables/" + table[0] + ".csv", "select * from " + identifier(table[0]) + " where "
                            + identifier(table[1]) + " = " + literal(tenant));
                    exports.progress(tenant, id, total, ++done, rows);
                }
                chain = audit.verify();
                JsonObjectBuilder verification = Json.createObjectBuilder().add("valid", chain.valid()).add("checkedEvents", chain.checkedEvents());
                if (chain.firstInvalidSeq() != null) {
                    verification.add("firstInvalidSeq", chain.firstInvalidSeq());
                }
                text(zip, "audit-chain-verification.json", verification.build().toString());
                text(zip, "manifest.json", Json.createObjectBuilder().add("tenant", tenant).add("export", id)
                        .add("exportedAt", clock.instant().toString()).add("rows", counts).build().toString());
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            exports.ready(tenant, id, Files.size(file), HexFormat.of().formatHex(sha256.digest()), chain.valid());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the export of " + tenant, e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the tables of " + tenant, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String[]> tables(Connection connection) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(CATALOGUE); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                tables.add(new String[] {row.getString(1), row.getString(2)});
            }
        }
        return tables;
    }

    private static long copy(CopyManager copy, ZipOutputStream zip, OutputStream entry, JsonObjectBuilder counts, String name, String select)
            throws SQLException, IOException {
        zip.putNextEntry(new ZipEntry(name));
        long rows = copy.copyOut("COPY (" + select + ") TO STDOUT WITH (FORMAT csv, HEADER)", entry);
        zip.closeEntry();
        counts.add(name, rows);
        return rows;
    }

    private static void text(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A tenant code as an SQL literal: it matches {@link Tenant#CODE}, so it holds no quote. */
    private static String literal(String tenant) {
        return "'" + tenant + "'";
    }

    /** A name from the catalogue as an SQL identifier. */
    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
