package org.wayfinder.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * One line of a programme's audit trail: who (a person with the roles they held, an API token,
 * the platform, or a visitor not signed in), what, to which record, when (the creation time) and
 * from which address. Written once by {@link AuditEntries} and never changed: every column is
 * insert-only and an attempt to update or remove an entry through JPA fails. Only deleting the
 * whole programme ({@code TenantErasure}, in SQL) removes entries.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends TenantOwned {

    /** Who stood behind an action. */
    public enum ActorKind {
        /** A person signed in with a password (or the person a sign-in was attempted for). */
        PERSON,
        /** An integration presenting an API token. */
        API_TOKEN,
        /** The platform acting on a programme's behalf (provisioning from a template, scheduled work). */
        PLATFORM,
        /** Nobody signed in: a failed sign-in for an unknown address, a registration. */
        VISITOR
    }

    @Column(nullable = false, length = 80, updatable = false)
    private String action;

    @Column(name = "record_type", length = 40, updatable = false)
    private String recordType;

    @Column(name = "record_id", length = 64, updatable = false)
    private String recordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, length = 16, updatable = false)
    private ActorKind actorKind;

    /** The account's id, or the API token's; null for a visitor and the platform. */
    @Column(name = "actor_id", length = 36, updatable = false)
    private String actorId;

    /** The actor's name as it was then, so the trail still reads after a rename. */
    @Column(name = "actor_name", nullable = false, length = 200, updatable = false)
    private String actorName;

    /** The roles held at the time, sorted, comma-separated. */
    @Column(name = "actor_roles", nullable = false, length = 500, updatable = false)
    private String actorRoles;

    /** The address the request came from, as the server saw it; null outside a request. */
    @Column(length = 64, updatable = false)
    private String address;

    @Column(length = 1000, updatable = false)
    private String detail;

    @Lob
    @Column(name = "value_before", updatable = false)
    private String before;

    @Lob
    @Column(name = "value_after", updatable = false)
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Actor actor, String address, String action, String recordType, String recordId, String detail, String before,
               String after) {
        this.actorKind = actor.kind();
        this.actorId = actor.id();
        this.actorName = cut(actor.name(), 200);
        this.actorRoles = cut(String.join(",", actor.roles()), 500);
        this.address = cut(address, 64);
        this.action = cut(action, 80);
        this.recordType = cut(recordType, 40);
        this.recordId = cut(recordId, 64);
        this.detail = cut(detail, 1000);
        this.before = cut(before, 4000);
        this.after = cut(after, 4000);
    }

    static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("An audit entry is never changed or removed");
    }

    public Instant getAt() {
        return getCreatedAt();
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    public String getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorRoles() {
        return actorRoles;
    }

    public String getAddress() {
        return address;
    }

    public String getDetail() {
        return detail;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
