package org.wayfinder.platform.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.safeguarding.ContactScreen;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Finding;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Kind;

/**
 * The safeguarding screen against two corpora kept as test resources: contact details as people
 * disguise them, every one of which must be held, and ordinary messages between mentees and
 * mentors or in a Chat, of which fewer than one in a hundred may be held. The rates are printed and
 * recorded in docs/safeguarding.md. The tests after the corpora are the screen's specification, one
 * category at a time, and its judgement calls.
 */
class ContactScreenTest {

    private static final ContactScreen SCREEN = new ContactDetailsScreen();

    static final Corpus DISGUISED = Corpus.read("/safeguarding/disguised.txt");
    static final Corpus ORDINARY = Corpus.read("/safeguarding/ordinary.txt");

    @Test
    void theCorporaAreLargeEnoughToMeanSomething() {
        assertThat(DISGUISED.size()).isGreaterThanOrEqualTo(300);
        assertThat(ORDINARY.size()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void everyDisguisedContactDetailInTheCorpusIsHeld() {
        List<Corpus.Entry> missed = DISGUISED.entries().stream().filter(entry -> SCREEN.isClear(entry.message(), List.of())).toList();
        System.out.printf("Safeguarding screen: held %d of %d disguised contact details (%.1f%%)%n",
                DISGUISED.size() - missed.size(), DISGUISED.size(), 100.0 * (DISGUISED.size() - missed.size()) / DISGUISED.size());
        assertThat(missed).as("contact details that got through (category: message)%n%s",
                missed.stream().map(entry -> entry.category() + ": " + entry.message()).collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void fewerThanOneInAHundredOrdinaryMessagesInTheCorpusAreHeld() {
        List<Corpus.Entry> held = ORDINARY.entries().stream().filter(entry -> !SCREEN.isClear(entry.message(), List.of())).toList();
        double rate = 100.0 * held.size() / ORDINARY.size();
        System.out.printf("Safeguarding screen: passed %d of %d ordinary messages (%.1f%% held by mistake)%n",
                ORDINARY.size() - held.size(), ORDINARY.size(), rate);
        assertThat(rate).as("ordinary messages held (category: message -> findings)%n%s", held.stream()
                .map(entry -> entry.category() + ": " + entry.message() + " -> " + SCREEN.screen(entry.message(), List.of()))
                .collect(Collectors.joining("\n"))).isLessThan(1.0);
    }

    @Test
    void aFindingSaysWhatWasFoundAsTheModeratorShouldReadIt() {
        assertThat(SCREEN.screen("oh seven seven double oh nine double oh one two three", List.of()))
                .containsExactly(new Finding(Kind.PHONE, "07700900123"));
        assertThat(SCREEN.screen("jo bloggs at gmail dot com", List.of()))
                .containsExactly(new Finding(Kind.EMAIL, "bloggs@gmail.com"));
        assertThat(SCREEN.screen("+44 7700 900123", List.of())).containsExactly(new Finding(Kind.PHONE, "447700900123"));
        assertThat(SCREEN.screen("see https://example.org/x", List.of())).extracting(Finding::kind).containsExactly(Kind.LINK);
        assertThat(SCREEN.screen("my site is jobloggs dot co dot uk", List.of()))
                .containsExactly(new Finding(Kind.LINK, "jobloggs.co.uk"));
        assertThat(SCREEN.screen("O77OO 9OO l23", List.of())).containsExactly(new Finding(Kind.PHONE, "07700900123"));
        assertThat(SCREEN.screen("I live at 12 Oak Road", List.of())).containsExactly(new Finding(Kind.ADDRESS, "12 oak road"));
        assertThat(Kind.PHONE.description()).isEqualTo("a phone number");
    }

    @Test
    void everyKindReadsOnFromHeldBecauseItSeemsToContainAndAllOfThemFitTheHeldBecauseColumn() {
        for (Kind kind : Kind.values()) {
            assertThat(kind.description()).as(kind.name()).matches("an? [a-z][a-z ]+");
        }
        String everyReason = Arrays.stream(Kind.values()).map(Kind::description).collect(Collectors.joining(", "));
        assertThat(everyReason.length()).as("mentoring's held_because is varchar(500) and is not cut").isLessThan(500);
    }

    @Test
    void theProgrammesOwnPhrasesAreHeldAsWholeWordsWhateverTheCaseAndSpacing() {
        List<String> flagged = List.of("meet up", "keep it secret");
        assertThat(SCREEN.screen("shall we MEET   UP after school?", flagged)).contains(new Finding(Kind.FLAGGED_PHRASE, "meet up"));
        assertThat(SCREEN.screen("Keep it secret, ok", flagged)).extracting(Finding::kind).containsExactly(Kind.FLAGGED_PHRASE);
        assertThat(SCREEN.isClear("the meetup for open day", flagged)).as("a whole phrase, not part of a word").isTrue();
        assertThat(SCREEN.isClear("nothing to see", null)).isTrue();
        assertThat(SCREEN.isClear("   ", List.of("x"))).isTrue();
    }

    @Test
    void onlyUkPhoneNumbersCount() {
        assertThat(PhoneNumbers.isUkPhone("07700900123", false)).isTrue();
        assertThat(PhoneNumbers.isUkPhone("02079460000", false)).isTrue();
        assertThat(PhoneNumbers.isUkPhone("447700900123", true)).isTrue();
        assertThat(PhoneNumbers.isUkPhone("7700900123", false)).as("a mobile without its 0").isTrue();
        assertThat(PhoneNumbers.isUkPhone("07052026", false)).as("a date").isFalse();
        assertThat(PhoneNumbers.isUkPhone("9887", false)).isFalse();
        assertThat(PhoneNumbers.isUkPhone("12345678901", false)).isFalse();
        assertThat(PhoneNumbers.isUkPhone("0198526636", false)).as("an ISBN-10, ten digits starting 0").isFalse();
    }

    @Test
    void holdsUkNumbersWrittenWithPlus44AndBracketedZero() {
        assertHeldAs(Kind.PHONE, "+44 (0) 7700 900123", "+44(0)7700 900 717", "+44 (0)20 7946 0123", "0044 (0) 7700 900818",
                "call me on +44 0 7700 900 232", "(+44) 7700 900813", "00 44 7700 900 121");
    }

    @Test
    void readsTheLetterOAsZeroAndLOrIAsOneInsideNumbers() {
        assertHeldAs(Kind.PHONE, "O77OO 9OO123", "07700 9OOI23", "0l61 496 O636", "o 7 7 o o 9 o o 7 4 7");
        assertPassed("lol", "I'm in the i7 lab", "oil and water");
    }

    @Test
    void readsNumbersSplitBySlashesUnderscoresPipesAndEmoji() {
        assertHeldAs(Kind.PHONE, "07700/900/123", "077_00_900_969", "07700|900|282", "07700 ✨ 900 ✨ 393", "07700🔥900🔥515",
                "07700*900*959", "07700~900~172");
        assertPassed("Our next session is 07/05/2026 at 16:00.", "We got 7/10, 8/10, 9/10 and 10/10 over the four weeks");
    }

    @Test
    void readsNumbersPartlyInWords() {
        assertHeldAs(Kind.PHONE, "my number is 07700 nine hundred 394", "oh seven seven hundred nine hundred five one five",
                "zero seven seven zero zero, then nine zero zero, then zero six zero",
                "oh seven seven zero zero nine hundred and four seven nine", "o7 7oo 9oo 4 zero 4");
        assertPassed("Between 2 and 3 hundred people came", "one two three four, I declare a thumb war");
    }

    @Test
    void readsDigitsOfOtherAlphabetsAndEmojiKeycaps() {
        assertHeldAs(Kind.PHONE, "０７７００ ９００１２３", "𝟎𝟕𝟕𝟎𝟎 𝟗𝟎𝟎 𝟔𝟐𝟔", "⓪⑦⑦⓪⓪ ⑨⓪⓪ ⑦③⑦", "0️⃣7️⃣7️⃣0️⃣0️⃣9️⃣0️⃣0️⃣8️⃣4️⃣8️⃣",
                "⁰⁷⁷⁰⁰ ⁹⁰⁰ ⁹⁵⁹", "٠٧٧٠٠٩٠٠١٢٣", "07700\u200b900\u200b123");
    }

    @Test
    void findsANumberThatRunsOnIntoTheNextOneAndTheFirstPartOfAMobileGivenInPieces() {
        assertThat(SCREEN.screen("my number's 07700 900123, 4pm is best", List.of()))
                .containsExactly(new Finding(Kind.PHONE, "07700900123"));
        assertHeldAs(Kind.PHONE, "my number ends in 146, starts 07700 900");
        assertPassed("Shift 07:30-19:30 and 19:30-07:30", "It's 07 12 2026 today", "The textbook is ISBN 978 0 19 852663 6");
    }

    @Test
    void holdsEmailsWithSpacesAroundTheDotOrSpelledOutLetterByLetter() {
        assertHeldAs(Kind.EMAIL, "jo.bloggs @ gmail .com", "jobloggs@gmail. com", "fatima.a@ gmail . com",
                "j o b l o g g s @ g m a i l . c o m", "maya underscore r at hotmail dot co dot uk");
        assertPassed("I'm at home. Co-ordinating my revision now.", "Thanks so much. Me too!");
    }

    @Test
    void holdsEmailsWithoutAnEndingOrWithTheServiceNamedInstead() {
        assertHeldAs(Kind.EMAIL, "jo bloggs at gmail", "maya.r@gmail", "my gmail is maya.r2009", "my hotmail is coolkid_2010",
                "send it to my gmail, it's sam.t.smith", "email: jo.bloggs2008", "my apple id email is jo.b.2009");
        assertPassed("My email isn't working on the school laptop", "Email the admissions team if the form breaks");
    }

    @Test
    void holdsLinksWithoutAScheme() {
        assertHeldAs(Kind.LINK, "t.me/jobloggs", "linktr.ee/jo.bloggs", "zoom.us/j/98765432101", "x.com/jobloggs",
                "goo.gl/maps/AbCdEf12345", "youtu.be/dQw4w9WgXcQ", "rb.gy/abc12", "instagr.am/jo.b", "hxxps://discord.gg/xyz123");
        assertPassed("Dose is 0.5mg/kg up to 20mg", "The BP was 120/80 and pulse 72");
    }

    @Test
    void letsLinksToTheNhsGovUkUcasAndUniversitiesThroughButNotLookalikes() {
        assertPassed("Have a look at healthcareers.nhs.uk, it has a quiz", "www.nhs.uk has the job profiles",
                "https://www.ucas.com/explore", "The careers page on gov.uk explains apprenticeships", "see www.kcl.ac.uk/nursing");
        assertHeldAs(Kind.LINK, "nhs.uk.example.com/jo", "mynhs.uk/jo");
        assertHeldAs(Kind.EMAIL, "sam.smith@leedsth.nhs.uk", "sam.smith at leedsth.nhs.uk");
    }

    @Test
    void holdsHandlesAfterTheAppWrittenWithDotsOrUnderscores() {
        assertHeldAs(Kind.SOCIAL_HANDLE, "snap: jo.b.2009", "insta jo.bloggs.x", "snap - j.o.b.l.o.g.g.s", "my snap is jobloggs.09",
                "snap is jo.b.2009", "my @ is jo.b.2009", "xbox gamertag is JoB 2009", "discord: jobloggs#1234");
    }

    @Test
    void holdsHandlesPlacedBeforeTheApp() {
        assertHeldAs(Kind.SOCIAL_HANDLE, "jo_b on snap", "jo.bloggs on insta", "im maya.r on tiktok", "ruby.s.x on the gram",
                "add jobloggs on snap", "i'm on snap, same name as here");
        assertPassed("I saw it on Instagram", "There are loads of student nurse accounts on Instagram");
    }

    @Test
    void doesNotReadAnAppFollowedByIsAsAHandle() {
        assertPassed("Instagram is full of nursing content", "TikTok is where I first heard about ODPs", "WhatsApp is banned at our school",
                "the insta-famous nurse on there isn't realistic tbh", "my insta is private", "ig that makes sense");
    }

    @Test
    void holdsInvitationsToTalkOnAnotherAppOrInPrivateWithNoHandle() {
        assertHeldAs(Kind.OFF_PLATFORM, "let's talk on snap instead", "can we move this to whatsapp?", "do you have snap?", "r u on snapchat",
                "we should talk somewhere the moderators can't read", "let's keep chatting off here", "dm me", "text me instead",
                "go on snap i sent you something", "we can facetime if you want", "give me a ring later", "ur on snap right?");
        assertPassed("I talk to my cousin on WhatsApp, she's a nurse in Dubai", "I'm on snap a lot but it's a waste of time",
                "Please call me Sam, everyone does", "Message me here if you have any questions", "Add me to the list for the next webinar please",
                "Can you add me as a reference on my application? Or should I ask my teacher");
    }

    @Test
    void holdsRequestsForContactDetailsButNotWarningsAgainstSharingThem() {
        assertHeldAs(Kind.DETAILS_REQUEST, "what's your number?", "what’s ur snap", "send me ur addy", "where do you live?",
                "lmk ur insta", "send me a pic of your address", "wat road do u live on");
        assertPassed("Please don't share your phone number or address in the Chat.", "What's your number one tip for interviews?",
                "Where do you work?", "Make sure your address is right on the UCAS form");
    }

    @Test
    void holdsStreetAddressesButNotDistancesOrCarParks() {
        assertHeldAs(Kind.ADDRESS, "I live at 12 Oak Road", "its 14b high st", "my house is 3 The Crescent", "flat 3, 27 Church Street",
                "we live on Oak Road", "i live at number 14", "number 9, Elm Grove");
        assertPassed("It's a 10 minute walk from the station", "It's about 2 hours drive from here", "Level 3 car park is closest to outpatients",
                "A band 5 pay rise is due in April", "We did 3 laps of the park for PE", "I'm doing Unit 5 in health and social care");
    }

    @Test
    void aSchoolOrHospitalRoadWithoutAHouseNumberIsNotAnAddress() {
        assertPassed("My school is on Oak Road", "The hospital is on Dudley Road", "I work at the Tesco on the high street on Saturdays");
    }

    @Test
    void holdsPostcodesButNotScottishSchoolYearsOrRooms() {
        assertHeldAs(Kind.ADDRESS, "SW1A 1AA", "my postcode is m1 1ae", "sw1a1aa", "ec1v 2nx", "my postcode starts LS6", "i'm in M14 near the curry mile");
        assertPassed("I'm in S5 so I do Highers next year", "I'm in Y12 and my sister's in Y9", "The lecture is in G14",
                "The M62 was closed so I was late");
    }

    @Test
    void holdsInvitationsToMeetInPersonButNotProgrammeEventsOrSessionTimes() {
        assertHeldAs(Kind.MEETING, "meet me outside Tesco at 4", "come to mine after school", "wanna meet?", "let's meet at the park",
                "i'll wait for you outside the leisure centre", "can you pick me up from the station?", "come round after school");
        assertPassed("Meet the team at the open day!", "It was great to meet you at the careers fair", "Can we meet at 3:30 on 12/05?",
                "My mum is picking me up at 5", "I met up with my friends after school to revise", "Did that come over as rude?");
    }

    /** Held for a moderator though each may be innocent; docs/safeguarding.md says why for each. */
    @Test
    void holdsForReviewWhatMayBeInnocentBecauseAModeratorsMinuteIsCheaperThanAChildsAddress() {
        assertHeldAs(Kind.OFF_PLATFORM, "Text me the answers lol jk", "Are you on TikTok? Just kidding, I know you can't say",
                "You can call me anytime in the Chat", "Do you use LinkedIn? Should I make one?");
        assertHeldAs(Kind.DETAILS_REQUEST, "Where do you live, like which part of the country do you work in? Sorry that came out weird");
        assertHeldAs(Kind.SOCIAL_HANDLE, "follow @NHSEngland for updates", "@Sarah great question!", "Instagram: loads of nurses post there");
        assertHeldAs(Kind.EMAIL, "email admissions@kcl.ac.uk about it", "my gmail is full");
        assertHeldAs(Kind.PHONE, "The NHS Careers line is 0345 606 0655", "my NHS number is 721 234 5678");
        assertHeldAs(Kind.ADDRESS, "The open day is at St James's, Beckett Street, LS9 7TF");
        assertHeldAs(Kind.MEETING, "I'll meet you at reception at 9", "Let's meet at the open day");
    }

    @Test
    void screensHostileInputOfTwentyThousandCharacters() {
        assertThat(SCREEN.screen("a.a.a.a@".repeat(2500), List.of())).isEmpty();
        assertThat(SCREEN.screen("1 ".repeat(10_000), List.of())).isEmpty();
        assertThat(SCREEN.screen("0".repeat(20_000), List.of())).isEmpty();
        assertThat(SCREEN.screen("o".repeat(20_000), List.of())).isEmpty();
        assertThat(SCREEN.screen("a ".repeat(10_000), List.of())).isEmpty();
        assertThat(SCREEN.screen(" dot at".repeat(2_850), List.of())).isEmpty();
        assertThat(SCREEN.screen("12 oak ".repeat(2_850), List.of())).isEmpty();
        assertThat(SCREEN.screen("a_b.".repeat(5_000) + " jo_b on snap", List.of())).extracting(Finding::kind).contains(Kind.SOCIAL_HANDLE);
        assertThat(SCREEN.screen("07700 900123 ".repeat(1_500), List.of())).extracting(Finding::kind).containsOnly(Kind.PHONE);
        assertThat(SCREEN.screen("x".repeat(20_000) + "@gmail.com", List.of())).extracting(Finding::kind).containsOnly(Kind.EMAIL);
    }

    private static void assertHeldAs(Kind kind, String... messages) {
        for (String message : messages) {
            assertThat(SCREEN.screen(message, List.of())).as(message).extracting(Finding::kind).contains(kind);
        }
    }

    private static void assertPassed(String... messages) {
        for (String message : messages) {
            assertThat(SCREEN.screen(message, List.of())).as(message).isEmpty();
        }
    }
}
