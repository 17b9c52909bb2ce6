package org.wayfinder.config.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wayfinder.config.notice.NoticeText.Block;
import org.wayfinder.config.notice.NoticeText.Type;

class NoticeTextTest {

    @Test
    void headingsParagraphsAndListsAreTheOnlyStructureAndMarkupStaysText() {
        List<Block> blocks = NoticeText.parse("""
                ## Who we are
                <script>alert(1)</script> runs this site.
                Wycliffe House
                - your name
                * your email

                ### Smaller
                Last line""");

        assertThat(blocks).containsExactly(
                new Block(Type.HEADING, "Who we are", List.of()),
                new Block(Type.PARAGRAPH, "<script>alert(1)</script> runs this site.\nWycliffe House", List.of()),
                new Block(Type.LIST, "", List.of("your name", "your email")),
                new Block(Type.SUBHEADING, "Smaller", List.of()),
                new Block(Type.PARAGRAPH, "Last line", List.of()));
    }

    @Test
    void windowsLineEndsAndControlCharactersAreMadePlain() {
        assertThat(NoticeText.normalise(" One\r\n\r\nTwo\u0000\u0007\tthree \n")).isEqualTo("One\n\nTwo\tthree");
        assertThat(NoticeText.parse("One\r\n\r\nTwo")).extracting(Block::text).containsExactly("One", "Two");
    }

    @Test
    void eachPartStillToCompleteIsListedOnceInOrder() {
        assertThat(NoticeText.stillToComplete("[To complete: who] wrote [To complete: when], and [To complete: who] again"))
                .containsExactly("[To complete: who]", "[To complete: when]");
        assertThat(NoticeText.stillToComplete("All written [by us]")).isEmpty();
    }

    @Test
    void aTemplateNamesTheProgrammeAndMarksWhatTheOwnerMustWrite() {
        String withEmail = NoticeTemplate.text(NoticeKind.PRIVACY,
                new NoticeTemplate.Details("Trust careers", "https://careers.trust.example", "dpo@trust.example"));
        assertThat(withEmail).contains("Trust careers").contains("https://careers.trust.example").contains("dpo@trust.example");
        assertThat(NoticeText.stillToComplete(withEmail)).isNotEmpty()
                .allMatch(part -> part.startsWith("[To complete:") && part.endsWith("]"))
                .noneMatch(part -> part.contains("email address, and a postal address"));

        String withoutEmail = NoticeTemplate.text(NoticeKind.ACCESSIBILITY,
                new NoticeTemplate.Details("Trust careers", "https://careers.trust.example", null));
        assertThat(NoticeText.stillToComplete(withoutEmail)).anyMatch(part -> part.contains("an email address"));
        assertThat(NoticeText.parse(withoutEmail)).filteredOn(Block::heading).extracting(Block::text)
                .contains("Feedback and contact information", "Enforcement procedure");
    }
}
