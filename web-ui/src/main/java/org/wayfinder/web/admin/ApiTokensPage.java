package org.wayfinder.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.wayfinder.platform.apitoken.ApiToken;
import org.wayfinder.platform.apitoken.ApiTokens;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.PluginRole;
import org.wayfinder.platform.spi.web.Messages;

/** The owner's page for API tokens: create one (its secret shown once), see them all, revoke one. */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {

    @Inject
    Messages messages;

    @Inject
    ApiTokens apiTokens;

    private String name;
    private List<String> roles = new ArrayList<>();
    private Integer validForDays = 90;
    private String newSecret;
    private transient List<ApiToken> tokens;

    public void create() {
        try {
            ApiTokens.IssuedToken issued = apiTokens.create(name, new LinkedHashSet<>(roles), validForDays);
            newSecret = issued.secret();
            name = null;
            roles = new ArrayList<>();
            tokens = null;
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "create");
        }
    }

    public void revoke(String tokenId) {
        ApiToken token = apiTokens.revoke(tokenId);
        tokens = null;
        newSecret = null;
        messages.info("The token \u201c" + token.getName() + "\u201d is revoked: it no longer works.");
    }

    public List<ApiToken> getTokens() {
        if (tokens == null) {
            tokens = apiTokens.all();
        }
        return tokens;
    }

    public List<PluginRole> getAssignableRoles() {
        return apiTokens.assignableRoles();
    }

    /** The secret of the token just created; shown once, then forgotten. */
    public String getNewSecret() {
        return newSecret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public Integer getValidForDays() {
        return validForDays;
    }

    public void setValidForDays(Integer validForDays) {
        this.validForDays = validForDays;
    }
}
