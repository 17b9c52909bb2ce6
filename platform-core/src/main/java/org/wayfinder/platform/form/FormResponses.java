package org.wayfinder.platform.form;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wayfinder.platform.identity.Account;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.report.Csv;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.form.Answers;
import org.wayfinder.platform.spi.form.FieldType;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.form.FormField;
import org.wayfinder.platform.spi.form.SubmittedAnswers;

/** Answers people give to the programme's forms: checked, stored by kind, read back, exported. */
@ApplicationScoped
public class FormResponses extends Repository<FormResponse> implements SubmittedAnswers {

    /** A response as it was given: the version's definition and the answers. */
    public record Given(FormResponse response, FormDefinition definition, Answers answers) {
    }

    @Inject
    Forms forms;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    FieldTypes fieldTypes;

    public FormResponses() {
        super(FormResponse.class);
    }

    /**
     * Stores the signed-in person's answers to the published version of a form, keeping only the
     * answers to questions shown.
     *
     * @throws InvalidInputException with one error per question that needs attention, by field id
     */
    public FormResponse submit(String formKey, Answers answers) {
        String accountId = currentUser.require().accountId();
        FormVersion version = forms.currentVersion(formKey).orElseThrow(() -> new RecordNotFoundException("Form"));
        FormDefinition definition = forms.definitionOf(version);
        FormEngine engine = forms.engine();
        List<FieldError> problems = engine.check(definition, answers);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        FormResponse response = add(new FormResponse(version, accountId, Instant.now()));
        engine.keep(definition, answers).values().forEach((fieldId, values) -> {
            FormField field = definition.field(fieldId).orElseThrow();
            FieldType.ValueKind kind = engine.typeOf(field).kind();
            for (String value : values) {
                em().persist(new FormAnswer(response, fieldId, value,
                        kind == FieldType.ValueKind.NUMBER ? new BigDecimal(value) : null,
                        kind == FieldType.ValueKind.DATE ? LocalDate.parse(value) : null));
            }
        });
        return response;
    }

    /** Someone's most recent response to a form, if they have given one. */
    public Optional<Given> latest(String formKey, String accountId) {
        return query("SELECT r FROM FormResponse r WHERE r.formKey = :key AND r.accountId = :account ORDER BY r.submittedAt DESC, r.id DESC")
                .setParameter("key", formKey).setParameter("account", accountId).setMaxResults(1).getResultStream().findFirst()
                .map(this::given);
    }

    /**
     * The values of someone's most recent response to a form (none when they have given none), in
     * one query: what decides which steps of their journey apply.
     */
    public Answers latestValues(String formKey, String accountId) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        String latest = null;
        for (Object[] row : em().createQuery("SELECT r.id, a.fieldId, a.text FROM FormResponse r LEFT JOIN FormAnswer a ON a.response = r"
                        + " WHERE r.formKey = :key AND r.accountId = :account ORDER BY r.submittedAt DESC, r.id DESC, a.id", Object[].class)
                .setParameter("key", formKey).setParameter("account", accountId).getResultList()) {
            if (latest == null) {
                latest = (String) row[0];
            } else if (!latest.equals(row[0])) {
                break;
            }
            if (row[1] != null) {
                values.computeIfAbsent((String) row[1], id -> new ArrayList<>()).add((String) row[2]);
            }
        }
        return new Answers(values);
    }

    @Override
    public Optional<SubmittedAnswers.Answered> latestAnswers(String formKey, String accountId) {
        return latest(formKey, accountId).map(given -> new SubmittedAnswers.Answered(given.definition(), given.answers().values(),
                given.response().getSubmittedAt()));
    }

    @Override
    public Map<String, SubmittedAnswers.Answered> latestAnswersOfAll(String formKey) {
        Map<String, FormResponse> latest = new LinkedHashMap<>();
        // The versions answered, and their forms, come with the responses: one query however many versions people answered.
        query("SELECT r FROM FormResponse r WHERE r.formKey = :key ORDER BY r.submittedAt DESC, r.id DESC").setParameter("key", formKey)
                .setHint("eclipselink.join-fetch", "r.formVersion.form").getResultList().forEach(response -> latest.putIfAbsent(response.getAccountId(), response));
        Map<String, Map<String, List<String>>> answers = answersByResponse(formKey);
        Map<String, FormDefinition> definitions = new HashMap<>();
        Map<String, SubmittedAnswers.Answered> byAccount = new LinkedHashMap<>();
        latest.forEach((accountId, response) -> byAccount.put(accountId, new SubmittedAnswers.Answered(
                definitions.computeIfAbsent(response.getFormVersion().getId(), id -> forms.definitionOf(response.getFormVersion())),
                new Answers(answers.getOrDefault(response.getId(), Map.of())).values(), response.getSubmittedAt())));
        return byAccount;
    }

    /** Every answer given to a form, by response id then question id, in one query. */
    private Map<String, Map<String, List<String>>> answersByResponse(String formKey) {
        Map<String, Map<String, List<String>>> byResponse = new HashMap<>();
        em().createQuery("SELECT a FROM FormAnswer a WHERE a.response.formKey = :key ORDER BY a.id", FormAnswer.class)
                .setParameter("key", formKey).getResultList()
                .forEach(answer -> byResponse.computeIfAbsent(answer.getResponse().getId(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(answer.getFieldId(), id -> new ArrayList<>()).add(answer.getText()));
        return byResponse;
    }

    @Override
    public void submitAnswers(String formKey, Map<String, List<String>> answers) {
        submit(formKey, new Answers(answers));
    }

    public Given given(FormResponse response) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        em().createQuery("SELECT a FROM FormAnswer a WHERE a.response = :response ORDER BY a.id", FormAnswer.class)
                .setParameter("response", response).getResultList()
                .forEach(answer -> values.computeIfAbsent(answer.getFieldId(), id -> new ArrayList<>()).add(answer.getText()));
        return new Given(response, forms.definitionOf(response.getFormVersion()), new Answers(values));
    }

    /** One answer a person gave, with the question as the version they answered asked it. */
    public record GivenAnswer(String formKey, Instant submittedAt, String question, String answer) {
    }

    /** Every answer the person gave to every form, oldest response first: for their copy of their data. */
    public List<GivenAnswer> answersOf(String accountId) {
        List<GivenAnswer> given = new ArrayList<>();
        for (FormResponse response : responsesOf(accountId)) {
            FormDefinition definition = forms.definitionOf(response.getFormVersion());
            for (FormAnswer answer : answersTo(response)) {
                String question = definition.field(answer.getFieldId()).map(FormField::label).orElse(answer.getFieldId());
                given.add(new GivenAnswer(response.getFormKey(), response.getSubmittedAt(), question, answer.getText()));
            }
        }
        return given;
    }

    /**
     * Blanks the person's answers in their own words or that identify them (text, email, phone,
     * dates) at their request; choices, ratings and numbers stay, so the reports that count them do
     * not change. Returns how many answers were blanked.
     */
    public int eraseAnswersOf(String accountId, String replacement) {
        int erased = 0;
        for (FormResponse response : responsesOf(accountId)) {
            FormDefinition definition = forms.definitionOf(response.getFormVersion());
            for (FormAnswer answer : answersTo(response)) {
                FieldType.ValueKind kind = definition.field(answer.getFieldId()).map(field -> fieldTypes.typeOf(field).kind())
                        .orElse(FieldType.ValueKind.TEXT);
                boolean consent = definition.field(answer.getFieldId()).map(field -> "consent".equals(field.type())).orElse(false);
                if ((kind == FieldType.ValueKind.TEXT && !consent) || kind == FieldType.ValueKind.DATE) {
                    answer.erase(replacement);
                    erased++;
                }
            }
        }
        return erased;
    }

    private List<FormResponse> responsesOf(String accountId) {
        return query("SELECT r FROM FormResponse r WHERE r.accountId = :account ORDER BY r.submittedAt, r.id")
                .setParameter("account", accountId).getResultList();
    }

    private List<FormAnswer> answersTo(FormResponse response) {
        return em().createQuery("SELECT a FROM FormAnswer a WHERE a.response = :response ORDER BY a.id", FormAnswer.class)
                .setParameter("response", response).getResultList();
    }

    public long count(String formKey) {
        return em().createQuery("SELECT COUNT(r) FROM FormResponse r WHERE r.formKey = :key", Long.class)
                .setParameter("key", formKey).getSingleResult();
    }

    /**
     * Every response to a form as CSV: one row per response, one column per question any version
     * asked (labelled as the newest version asks it), then the version answered and when.
     */
    @RequiresRole(Roles.OWNER)
    public String csv(String formKey) {
        Map<String, String> columns = new LinkedHashMap<>();
        forms.versions(formKey).forEach(version -> forms.definitionOf(version).fields()
                .forEach(field -> columns.putIfAbsent(field.id(), field.label())));
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Response", "Submitted", "Version", "Name", "Email"));
        header.addAll(columns.values());
        out.append(Csv.row(header));
        List<FormResponse> responses = query("SELECT r FROM FormResponse r WHERE r.formKey = :key ORDER BY r.submittedAt, r.id")
                .setParameter("key", formKey).getResultList();
        Map<String, Map<String, List<String>>> answers = answersByResponse(formKey);
        for (FormResponse response : responses) {
            Answers given = new Answers(answers.getOrDefault(response.getId(), Map.of()));
            Optional<Account> account = accounts.find(response.getAccountId());
            List<String> row = new ArrayList<>(List.of(response.getId(), response.getSubmittedAt().toString(),
                    String.valueOf(response.getFormVersion().getNumber()), account.map(Account::getDisplayName).orElse(""),
                    account.map(Account::getEmail).orElse("")));
            for (String fieldId : columns.keySet()) {
                Set<String> values = new LinkedHashSet<>(given.of(fieldId));
                row.add(String.join("; ", values));
            }
            out.append(Csv.row(row));
        }
        return out.toString();
    }
}
