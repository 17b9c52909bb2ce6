package org.wayfinder.platform.spi.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Finding;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Kind;

/**
 * The safeguarding screen against two corpora kept here: contact details as people disguise them,
 * every one of which must be held, and ordinary messages between mentees and mentors or in a Chat,
 * every one of which must go through. The rates are printed and recorded in docs/safeguarding.md.
 */
class ContactScreenTest {

    /** Contact details, plain and disguised; each must be held. */
    static final List<String> DISGUISED = List.of(
            "my email is jo.bloggs@gmail.com",
            "Email me: JO.BLOGGS@GMAIL.COM",
            "jo bloggs at gmail dot com",
            "jo.bloggs (at) gmail (dot) com",
            "jo[at]hotmail[dot]co[dot]uk",
            "write to jo_b @ outlook . com",
            "sam dot smith at nhs dot net",
            "my number is 07700 900123",
            "07700900123",
            "call me on 07700-900-123",
            "+44 7700 900123",
            "0044 7700 900 123",
            "(020) 7946 0000",
            "020 7946 0000 is my home",
            "0 7 7 0 0 9 0 0 1 2 3",
            "zero seven seven zero zero nine zero zero one two three",
            "oh seven seven double oh nine double oh one two three",
            "07seven00 nine00 123",
            "7700 900123 text me",
            "ring me: 0161 496 0000",
            "my mum's mobile is 07 700 900 456",
            "07700.900.789",
            "seven seven double zero, nine double zero, one two three (put a zero first)",
            "check out www.example.com",
            "https://example.org/my-page",
            "http : // bit.ly/3abc",
            "go to bit.ly/abc123",
            "wa.me/447700900123",
            "my site is jobloggs dot co dot uk",
            "discord.gg/abcd",
            "add me on insta",
            "my insta is jo_bloggs99",
            "insta: @jo.bloggs",
            "snap me @jobloggs",
            "sc: jo_b_2009",
            "follow me @jo_bloggs",
            "message me on whatsapp",
            "my snapchat username jobloggs",
            "dm me on tiktok",
            "my tiktok is @jo.creates",
            "talk to me on discord",
            "find me on facebook");

    /** Ordinary messages, full of numbers, dates and full stops; each must go through. */
    static final List<String> ORDINARY = List.of(
            "Hi! Thanks for agreeing to be my mentor.",
            "I got 7 out of 10 in my biology mock.",
            "My predicted grades are A*AA.",
            "The UCAS deadline is 15 October 2026 for medicine.",
            "I have 120 UCAS points so far.",
            "Can we meet at 3:30 on 12/05?",
            "Our next session is 07/05/2026 at 16:00.",
            "I'm in Year 12 at school.",
            "The NHS employs about 1.5 million people.",
            "Is 350,000 nurses right?",
            "My personal statement is 4,000 characters and 47 lines.",
            "I did 2 weeks of work experience in A&E.",
            "Thanks so much. Me too!",
            "I'm at home. Co-ordinating my revision now.",
            "I saw a video on TikTok about paramedics.",
            "Do you think I should apply to 5 universities?",
            "My interview is on the 3rd of December at 10.30.",
            "Room 101, block B, 2nd floor.",
            "I read chapter 3, pages 45-67.",
            "I want to be a midwife, i.e. help people, e.g. at births.",
            "The ratio was 1:4 on the ward.",
            "Oh no, I forgot my notes. Sorry!",
            "One question: is nursing a 3 year degree?",
            "I scored 9 8 8 7 in my GCSEs.",
            "Let's talk about the interview again next week.",
            "It costs £9,250 a year.",
            "Ward 7 was busy at 8 o'clock.",
            "My bus is the 243 at 07:45.",
            "We had 30 people at the open day on 14.06.2025.",
            "I emailed the admissions office about my application.",
            "Is it true that 1 in 5 doctors work part time?",
            "I'm 17 and I live in Hackney.",
            "Year 13 starts in September; I'll be 18 in March.",
            "Thanks for the feedback on paragraph two.",
            "The course code is B740 for nursing.",
            "Our school has 1200 students and 85 teachers.",
            "I wrote 2 drafts: version 1 and version 2.",
            "At the hospital. Then we went home.",
            "Hello, how was your shift?",
            "See you next Tuesday at half past four.");

    @Test
    void everyDisguisedContactDetailInTheCorpusIsHeld() {
        List<String> missed = DISGUISED.stream().filter(message -> ContactScreen.isClear(message, List.of())).toList();
        System.out.printf("Safeguarding screen: held %d of %d disguised contact details (%.1f%%)%n",
                DISGUISED.size() - missed.size(), DISGUISED.size(), 100.0 * (DISGUISED.size() - missed.size()) / DISGUISED.size());
        assertThat(missed).as("contact details that got through").isEmpty();
    }

    @Test
    void everyOrdinaryMessageInTheCorpusGoesThrough() {
        List<String> held = ORDINARY.stream().filter(message -> !ContactScreen.isClear(message, List.of())).toList();
        System.out.printf("Safeguarding screen: passed %d of %d ordinary messages (%.1f%% held by mistake)%n",
                ORDINARY.size() - held.size(), ORDINARY.size(), 100.0 * held.size() / ORDINARY.size());
        assertThat(held).as("ordinary messages held (with what was found): %s",
                held.stream().map(message -> message + " -> " + ContactScreen.screen(message, List.of())).toList()).isEmpty();
    }

    @Test
    void aFindingSaysWhatWasFoundAsTheModeratorShouldReadIt() {
        assertThat(ContactScreen.screen("oh seven seven double oh nine double oh one two three", List.of()))
                .containsExactly(new Finding(Kind.PHONE, "07700900123"));
        assertThat(ContactScreen.screen("jo bloggs at gmail dot com", List.of()))
                .containsExactly(new Finding(Kind.EMAIL, "bloggs@gmail.com"));
        assertThat(ContactScreen.screen("+44 7700 900123", List.of())).containsExactly(new Finding(Kind.PHONE, "447700900123"));
        assertThat(ContactScreen.screen("see https://example.org/x", List.of())).extracting(Finding::kind).containsExactly(Kind.LINK);
        assertThat(ContactScreen.screen("my site is jobloggs dot co dot uk", List.of()))
                .containsExactly(new Finding(Kind.LINK, "jobloggs.co.uk"));
        assertThat(Kind.PHONE.description()).isEqualTo("a phone number");
    }

    @Test
    void theProgrammesOwnPhrasesAreHeldAsWholeWordsWhateverTheCaseAndSpacing() {
        List<String> flagged = List.of("meet up", "keep it secret");
        assertThat(ContactScreen.screen("shall we MEET   UP after school?", flagged))
                .containsExactly(new Finding(Kind.FLAGGED_PHRASE, "meet up"));
        assertThat(ContactScreen.screen("Keep it secret, ok", flagged)).extracting(Finding::kind).containsExactly(Kind.FLAGGED_PHRASE);
        assertThat(ContactScreen.isClear("the meetup for open day", flagged)).as("a whole phrase, not part of a word").isTrue();
        assertThat(ContactScreen.isClear("nothing to see", null)).isTrue();
        assertThat(ContactScreen.isClear("   ", List.of("x"))).isTrue();
    }

    @Test
    void onlyUkPhoneNumbersCount() {
        assertThat(ContactScreen.isUkPhone("07700900123", false)).isTrue();
        assertThat(ContactScreen.isUkPhone("02079460000", false)).isTrue();
        assertThat(ContactScreen.isUkPhone("447700900123", true)).isTrue();
        assertThat(ContactScreen.isUkPhone("7700900123", false)).as("a mobile without its 0").isTrue();
        assertThat(ContactScreen.isUkPhone("07052026", false)).as("a date").isFalse();
        assertThat(ContactScreen.isUkPhone("9887", false)).isFalse();
        assertThat(ContactScreen.isUkPhone("12345678901", false)).isFalse();
    }
}
