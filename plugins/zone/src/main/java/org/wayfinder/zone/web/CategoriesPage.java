package org.wayfinder.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.zone.question.Category;
import org.wayfinder.zone.question.Questions;

/** The owner's list of question categories: add, rename, retire and bring back. */
@Named
@ViewScoped
public class CategoriesPage implements Serializable {

    @Inject
    Messages messages;

    @Inject
    Questions questions;

    @Inject
    CurrentUser currentUser;

    private String name;
    private final Map<String, String> names = new HashMap<>();

    /** Runs when the page opens: owners only. */
    public void load() {
        if (!currentUser.hasRole(Roles.OWNER)) {
            throw new org.wayfinder.platform.spi.AccessDeniedException("Owners only.");
        }
    }

    public List<Category> getCategories() {
        List<Category> all = questions.categories(true);
        all.forEach(c -> names.putIfAbsent(c.getId(), c.getName()));
        return all;
    }

    public void add() {
        try {
            Category category = questions.addCategory(name);
            names.put(category.getId(), category.getName());
            name = null;
            messages.info("Added " + category.getName() + ".");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "categories");
        }
    }

    public void rename(String categoryId) {
        try {
            questions.renameCategory(categoryId, names.get(categoryId));
            messages.info("Renamed.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public void retire(String categoryId, boolean retired) {
        questions.retireCategory(categoryId, retired);
        messages.info(retired ? "Retired: questions keep it, moderators no longer see it offered." : "Back in use.");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Map<String, String> getNames() {
        return names;
    }
}
