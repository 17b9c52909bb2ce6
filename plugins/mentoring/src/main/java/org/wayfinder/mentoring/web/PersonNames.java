package org.wayfinder.mentoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.wayfinder.platform.spi.People;

/**
 * People's names for the mentoring pages ({@code #{personNames.of(match.mentorId)}}), looked up once
 * per request however often a page shows them.
 */
@Named
@RequestScoped
public class PersonNames {

    @Inject
    People people;

    private final Map<String, String> names = new HashMap<>();

    public String of(String accountId) {
        return names.computeIfAbsent(accountId, id -> people.find(id).map(People.Person::name).orElse("(account closed)"));
    }
}
