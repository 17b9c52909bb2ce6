package org.wayfinder.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.TenantOwned;
import org.wayfinder.zone.booking.Chat;

/**
 * In the container, for the Chat's tests: Zone records put straight into the current programme
 * (the lead's services for zones, schools and bookings are not needed to test the Chat), and states
 * set with JPQL updates, always through the tenant-scoped EntityManager.
 */
@ApplicationScoped
public class ChatFixtures extends Repository<Chat> {

    public ChatFixtures() {
        super(Chat.class);
    }

    public <T extends TenantOwned> T put(T record) {
        em().persist(record);
        em().flush();
        return record;
    }

    public int update(String jpql, Map<String, Object> parameters) {
        jakarta.persistence.Query query = em().createQuery(jpql);
        parameters.forEach(query::setParameter);
        return query.executeUpdate();
    }

    public long count(String jpql, Map<String, Object> parameters) {
        jakarta.persistence.TypedQuery<Long> query = em().createQuery(jpql, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The one value a query finds. */
    public String one(String jpql, Map<String, Object> parameters) {
        jakarta.persistence.TypedQuery<String> query = em().createQuery(jpql, String.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
