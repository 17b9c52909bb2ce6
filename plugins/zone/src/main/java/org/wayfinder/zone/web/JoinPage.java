package org.wayfinder.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.zone.school.Schools;

/**
 * Where a student joins a Zone with their teacher's class code: a first name or nickname and a
 * password, nothing else. They are shown the username they will sign in with.
 */
@Named
@ViewScoped
public class JoinPage implements Serializable {

    @Inject
    Messages messages;

    @Inject
    Schools schools;

    private String code;
    private String displayName;
    private String password;
    private Schools.Joined joined;

    public void join() {
        try {
            joined = schools.joinWithCode(code, displayName, password);
            password = null;
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "join");
        }
    }

    public Schools.Joined getJoined() {
        return joined;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
