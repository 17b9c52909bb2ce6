package org.wayfinder.platform.safeguarding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wayfinder.platform.spi.safeguarding.ContactScreen;

/**
 * Finds what must not pass between a young person and an adult unseen: contact details (email
 * addresses, UK phone numbers, links, social media handles, postal addresses and postcodes), the
 * steps towards them (invitations to talk on another app or in private, requests for someone's
 * details, invitations to meet in person) and the phrases a programme has flagged. Messages and
 * Chat lines with a finding are held for a moderator; everything else goes through. The mentoring
 * plugin's messages and the Zone plugin's Chats both screen with this, so the two hold the same
 * things.
 *
 * <p>People who want to swap details disguise them, so the text is first undone the way a reader
 * would ({@link Reading}): "seven seven double oh" is {@code 7700}, "O77OO" and "０７７００" are
 * {@code 07700}, "jo dot bloggs at gmail dot com" is an address. Where a rule cannot tell a
 * disguised detail from an innocent sentence it holds rather than passes: a moderator's minute is
 * cheaper than a child's address. The rules and the judgement calls behind them are in
 * docs/safeguarding.md, with the corpora they were measured on.
 */
@ApplicationScoped
public class ContactDetailsScreen implements ContactScreen {

    @Override
    public List<Finding> screen(String text, Collection<String> flagged) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String read = Reading.read(text);
        Set<Finding> found = new LinkedHashSet<>();
        String withoutEmails = OnlineAddresses.findEmails(read, found);
        OnlineAddresses.findLinks(withoutEmails, found);
        PhoneNumbers.find(read, found);
        Handles.find(withoutEmails, found);
        Places.find(read, found);
        OffPlatform.find(read, found);
        DetailRequests.find(read, found);
        Meetings.find(read, found);
        String spaced = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        for (String phrase : flagged == null ? List.<String>of() : flagged) {
            String wanted = phrase == null ? "" : phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (!wanted.isEmpty() && spaced.contains(" " + wanted + " ")) {
                found.add(new Finding(Kind.FLAGGED_PHRASE, phrase.strip()));
            }
        }
        return new ArrayList<>(found);
    }


    /** Adds every match of the rules as a finding of one kind, as read, for the rules that are phrases rather than details. */
    static void addMatches(Kind kind, List<Pattern> rules, String read, Collection<Finding> found) {
        for (Pattern rule : rules) {
            for (Matcher m = rule.matcher(read); m.find(); ) {
                found.add(new Finding(kind, m.group().strip()));
            }
        }
    }
}
