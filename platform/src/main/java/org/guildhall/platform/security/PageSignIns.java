package org.guildhall.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import javax.sql.DataSource;

/**
 * The sign-ins of page sessions, kept in PostgreSQL so that a sign-out ends the session on every instance of a cluster
 * (see V47). A sign-in lasts at most {@value #LONGEST_HOURS} hours, however busy its session.
 */
@ApplicationScoped
public class PageSignIns {

    static final int LONGEST_HOURS = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = "java:app/jdbc/guildhall")
    DataSource dataSource;

    /** Records a sign-in of {@code username}; answers its id, for the session to keep. Old sign-ins go at the same time. */
    public String record(String username) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into page_sign_in (id, username) values (?, ?)");
             PreparedStatement expire = connection.prepareStatement(
                     "delete from page_sign_in where signed_in_at < now() - make_interval(hours => " + LONGEST_HOURS + ")")) {
            insert.setString(1, id);
            insert.setString(2, username);
            insert.executeUpdate();
            expire.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a sign-in", e);
        }
    }

    /** Whether the sign-in {@code id} of {@code username} still stands. */
    public boolean live(String id, String username) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select 1 from page_sign_in where id = ? and username = ?"
                     + " and signed_in_at >= now() - make_interval(hours => " + LONGEST_HOURS + ")")) {
            query.setString(1, id);
            query.setString(2, username);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check a sign-in", e);
        }
    }

    /** Ends the sign-in of {@code session}, if it has one, on every instance; then the session itself here. */
    public void endWith(jakarta.servlet.http.HttpSession session) {
        if (session.getAttribute(GuildhallAuthentication.SESSION_SIGN_IN) instanceof String id) {
            end(id);
        }
        session.invalidate();
    }

    /** Ends the sign-in {@code id}, on every instance. */
    public void end(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from page_sign_in where id = ?")) {
            delete.setString(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not end a sign-in", e);
        }
    }
}
