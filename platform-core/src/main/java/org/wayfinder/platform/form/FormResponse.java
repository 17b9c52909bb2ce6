package org.wayfinder.platform.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.TenantOwned;

/** Someone's answers to a form, against the version they answered. */
@Entity
@Table(name = "form_response")
public class FormResponse extends TenantOwned implements CacheScoped {

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_version_id", nullable = false)
    private FormVersion formVersion;

    /** The form's key, kept here too so reports need not join through the version. */
    @Column(name = "form_key", nullable = false, length = 60)
    private String formKey;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected FormResponse() {
    }

    FormResponse(FormVersion version, String accountId, Instant submittedAt) {
        this.formVersion = version;
        this.formKey = version.getForm().getKey();
        this.accountId = accountId;
        this.submittedAt = submittedAt;
    }

    public FormVersion getFormVersion() {
        return formVersion;
    }

    public String getFormKey() {
        return formKey;
    }

    public String getAccountId() {
        return accountId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** A person's latest answers are read through their cache: they decide which steps of their journey apply. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return List.of(Cache.person(tenantId, accountId));
    }
}
