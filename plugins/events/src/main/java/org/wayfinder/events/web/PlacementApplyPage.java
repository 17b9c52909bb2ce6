package org.wayfinder.events.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.wayfinder.events.event.EventBookings;
import org.wayfinder.events.placement.PlacementApplication;
import org.wayfinder.events.placement.Placements;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.web.Messages;

/**
 * A student applying for a work experience placement: which of their choices it is, their date of
 * birth and school (offered again from last time), and why they want it. Reached from the placement's
 * "Apply" on the Events page; a placement not open to them is not found here.
 */
@Named("placementApplyPage")
@ViewScoped
public class PlacementApplyPage implements Serializable {

    @Inject
    Placements placements;

    @Inject
    EventBookings bookings;

    @Inject
    Messages messages;

    private String id;
    private Placements.Open open;
    private List<Integer> choicesLeft;
    private Integer choice;
    private LocalDate bornOn;
    private String school;
    private String statement;
    private String sendKey = SendKeys.fresh();

    /** Runs when the page opens: the placement must take applications and the person be a student. */
    public void load() {
        if (open != null) {
            return;
        }
        Placements.ForStudent view = placements.forStudent(Instant.now());
        open = view.open().stream().filter(one -> one.placement().getId().equals(id)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Placement"));
        // A choice is taken by any application still waiting, whether or not its placement still takes applications.
        List<Integer> taken = view.mine().stream().filter(one -> one.application().getStatus() == PlacementApplication.Status.APPLIED)
                .map(one -> one.application().getChoice()).toList();
        choicesLeft = IntStream.rangeClosed(1, Placements.MOST_CHOICES).boxed().filter(c -> !taken.contains(c)).toList();
        choice = choicesLeft.isEmpty() ? null : choicesLeft.get(0);
        // Their date of birth as they gave it last time, to save typing it again.
        bornOn = view.mine().stream().max(java.util.Comparator.comparing((Placements.Mine one) -> one.application().getAppliedAt()))
                .map(one -> one.application().getBornOn()).orElse(null);
        school = bookings.lastSchool();
    }

    /** Whether they have applied for this placement already (and not withdrawn). */
    public boolean isApplied() {
        return open != null && open.mine() != null
                && open.mine().getStatus() != PlacementApplication.Status.WITHDRAWN;
    }

    public String send() {
        try {
            placements.apply(id, choice, bornOn, school, statement, sendKey, Instant.now());
            messages.info("Thank you for applying. When applications close, staff give the places and we email you.");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/events/index.xhtml?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "apply");
            return null;
        }
    }

    public String choiceLabel(int number) {
        return "My " + PlacementApplication.ordinal(number) + " choice";
    }

    public Placements.Open getOpen() {
        return open;
    }

    public List<Integer> getChoicesLeft() {
        return choicesLeft;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Integer getChoice() {
        return choice;
    }

    public void setChoice(Integer choice) {
        this.choice = choice;
    }

    public LocalDate getBornOn() {
        return bornOn;
    }

    public void setBornOn(LocalDate bornOn) {
        this.bornOn = bornOn;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getSendKey() {
        return sendKey;
    }

    public void setSendKey(String sendKey) {
        this.sendKey = sendKey;
    }
}
