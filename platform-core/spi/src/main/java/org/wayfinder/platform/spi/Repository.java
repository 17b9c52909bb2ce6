package org.wayfinder.platform.spi;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way to read and write a tenant's records.
 *
 * <p>Before every use it puts the current tenant on the transaction's EntityManager, which makes
 * EclipseLink scope every query, find, update and delete to that tenant. Each method joins the
 * caller's transaction or starts one, because the tenant property lives only as long as the
 * transaction's EntityManager does. A concrete repository is an {@code @ApplicationScoped} bean with
 * a no-argument constructor that passes its entity class up.
 *
 * @param <T> the tenant-owned entity this repository keeps
 */
@Transactional
public abstract class Repository<T extends TenantOwned> {

    @PersistenceContext(unitName = "wayfinder")
    private EntityManager em;

    @Inject
    private TenantContext tenantContext;

    private final Class<T> type;

    protected Repository(Class<T> type) {
        this.type = type;
    }

    /**
     * For CDI's client proxies only: Weld rebuilds the proxy of a repository injected into a
     * view-scoped page when a session is read back from the store, and needs this to do it.
     */
    protected Repository() {
        this.type = null;
    }

    /** The EntityManager, scoped to the current tenant. */
    protected EntityManager em() {
        em.setProperty(TenantOwned.TENANT_PROPERTY, tenantContext.tenantId());
        return em;
    }

    protected TypedQuery<T> query(String jpql) {
        return em().createQuery(jpql, type);
    }

    /** The record with this id in the current tenant, if there is one. */
    public Optional<T> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em().find(type, id));
    }

    /** The record with this id in the current tenant; {@link RecordNotFoundException} otherwise. */
    public T get(String id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException(describe()));
    }

    /** The records with these ids in the current tenant, by id, read in one query: for lists whose rows name them. */
    public Map<String, T> byIds(Collection<String> ids) {
        return byIds(type, ids);
    }

    /** As {@link #byIds(Collection)}, for another of the plugin's tenant-owned entities. */
    protected <E extends TenantOwned> Map<String, E> byIds(Class<E> entity, Collection<String> ids) {
        Map<String, E> found = new HashMap<>();
        List<String> wanted = ids.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        if (wanted.isEmpty()) {
            return found;
        }
        em().createQuery("SELECT r FROM " + em.getMetamodel().entity(entity).getName() + " r WHERE r.id IN :ids", entity)
                .setParameter("ids", wanted).getResultList().forEach(record -> found.put(record.getId(), record));
        return found;
    }

    public T add(T record) {
        em().persist(record);
        return record;
    }

    /**
     * What this person already stored with this {@link SendKeys send key}, for an entity with a
     * {@code sendKey} field: empty when there is none or the key is null. Call it after
     * {@link People#lock} on the person, so that a send arriving again while its first sending is
     * still under way waits for it and then finds it; a unique key on
     * {@code (tenant_id, <person column>, send_key)} is the backstop.
     *
     * @param personField the entity's field holding who sent it ({@code senderId}, {@code askerId})
     */
    protected Optional<T> sentBefore(String personField, String personId, String sendKey) {
        if (sendKey == null) {
            return Optional.empty();
        }
        return query("SELECT r FROM " + entityName() + " r WHERE r." + personField + " = :person AND r.sendKey = :key")
                .setParameter("person", personId).setParameter("key", sendKey).getResultStream().findFirst();
    }

    public List<T> list(int first, int max) {
        return query("SELECT r FROM " + entityName() + " r ORDER BY r.id").setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public long count() {
        return em().createQuery("SELECT COUNT(r) FROM " + entityName() + " r", Long.class).getSingleResult();
    }

    /** How a missing record is named in messages: "API token", "Account". */
    protected String describe() {
        return type.getSimpleName();
    }

    protected String entityName() {
        return em.getMetamodel().entity(type).getName();
    }
}
