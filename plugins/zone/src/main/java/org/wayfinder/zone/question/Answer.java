package org.wayfinder.zone.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/** A professional's answer to an approved question; several professionals may answer one question. */
@Entity
@Table(name = "zone_answer")
public class Answer extends TenantOwned {

    @Column(name = "question_id", nullable = false, length = 36)
    private String questionId;

    @Column(name = "professional_id", nullable = false, length = 36)
    private String professionalId;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected Answer() {
    }

    public Answer(String questionId, String professionalId, String body, Instant postedAt) {
        this.questionId = questionId;
        this.professionalId = professionalId;
        this.body = body;
        this.postedAt = postedAt;
    }

    public String getQuestionId() {
        return questionId;
    }

    public String getProfessionalId() {
        return professionalId;
    }

    public String getBody() {
        return body;
    }

    public Instant getPostedAt() {
        return postedAt;
    }
}
