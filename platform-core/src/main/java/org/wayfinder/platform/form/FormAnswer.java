package org.wayfinder.platform.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * One value of one answer, in a column that suits it: a number in {@code value_number}, a date in
 * {@code value_date}, everything also as text. A multiple choice has a row per option chosen. So
 * reports count, average and group answers with plain SQL.
 */
@Entity
@Table(name = "form_answer")
public class FormAnswer extends TenantOwned implements CacheScoped {

    @ManyToOne(optional = false)
    @JoinColumn(name = "response_id", nullable = false)
    private FormResponse response;

    @Column(name = "field_id", nullable = false, length = 60)
    private String fieldId;

    @Column(name = "value_text", nullable = false, length = 4000)
    private String text;

    @Column(name = "value_number", precision = 19, scale = 4)
    private BigDecimal number;

    @Column(name = "value_date")
    private LocalDate date;

    protected FormAnswer() {
    }

    FormAnswer(FormResponse response, String fieldId, String text, BigDecimal number, LocalDate date) {
        this.response = response;
        this.fieldId = fieldId;
        this.text = text;
        this.number = number;
        this.date = date;
    }

    /** Blanks the answer at the person's request: for answers in their own words or that identify them (text, dates). */
    void erase(String replacement) {
        text = replacement;
        date = null;
    }

    public FormResponse getResponse() {
        return response;
    }

    public String getFieldId() {
        return fieldId;
    }

    public String getText() {
        return text;
    }

    public BigDecimal getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    /** A person's latest answers are read through their cache: they decide which steps of their journey apply. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return List.of(Cache.person(tenantId, response.getAccountId()));
    }
}
