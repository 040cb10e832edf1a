package org.guildhall.hr.notify.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.guildhall.hr.notify.control.Notifications;
import org.guildhall.hr.notify.entity.Notification;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.web.PageRequest;

/** The caller's own notifications, newest first, and marking one read. */
@Path("tenants/{tenant}/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @GET
    public PageRequest.Page<NotificationView> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        return paging.page(notifications.mine(paging.offset(), paging.size()).stream().map(NotificationView::of).toList(),
                notifications.count(false));
    }

    @POST
    @Path("{id}/read")
    public NotificationView read(@PathParam("id") long id) {
        return NotificationView.of(notifications.markRead(id));
    }

    public record NotificationView(long id, String subject, String text, String link, Instant createdAt, Instant readAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.subject(), n.body(), n.link(), n.createdAt(), n.readAt());
        }
    }
}
