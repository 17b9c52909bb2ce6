package org.wayfinder.platform.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.definition.DraftOutcome.Result;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;

/** The editing model every kind of definition shares, on a kind made up for the test. */
class DraftsTest {

    public record Notice(String title, String body) {
    }

    static final class Board extends VersionedDefinition {
        Board(String title) {
            super(title);
        }
    }

    static final class BoardVersion extends PublishedVersion {
        final Board board;

        BoardVersion(Board board, int number, String json, Instant at) {
            super(number, json, at);
            this.board = board;
        }
    }

    /** A notice needs a title; the rules can tighten after a draft is saved, as a form a journey names can be withdrawn. */
    private final List<String> banned = new ArrayList<>();
    private final Drafts<Notice> drafts = new Drafts<>(Notice.class, Notice::title, notice -> Problems.of(
            notice.title().isBlank() ? List.of(new FieldError("title", "Give the notice a title."))
                    : banned.contains(notice.title()) ? List.of(new FieldError("title", "That title is not allowed.")) : List.of()));

    @Test
    void aDraftWithProblemsIsRefusedAtItsPathAndNothingIsStored() {
        Board board = new Board("Notices");

        assertThatThrownBy(() -> drafts.save(board, new Notice(" ", "text")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .containsExactly(new FieldError("title", "Give the notice a title.")));
        assertThat(board.hasDraft()).isFalse();
    }

    @Test
    void publishingMakesTheDraftTheNextVersionTitledAsItSaysAndLeavesNoDraft() {
        Board board = new Board("Notices");
        drafts.save(board, new Notice("Open day", "Saturday"));
        assertThat(drafts.draft(board)).contains(new Notice("Open day", "Saturday"));

        BoardVersion first = drafts.publish(board, BoardVersion::new);
        drafts.save(board, new Notice("Open days", "Saturdays"));
        BoardVersion second = drafts.publish(board, BoardVersion::new);

        assertThat(first.getNumber()).isEqualTo(1);
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.board).isSameAs(board);
        assertThat(drafts.definitionOf(first)).isEqualTo(new Notice("Open day", "Saturday"));
        assertThat(drafts.definitionOf(second)).isEqualTo(new Notice("Open days", "Saturdays"));
        assertThat(board.getCurrentVersion()).isEqualTo(2);
        assertThat(board.getTitle()).isEqualTo("Open days");
        assertThat(board.hasDraft()).isFalse();
    }

    @Test
    void publishingWithoutADraftOrWithADraftTheRulesNowRefuseChangesNothing() {
        Board board = new Board("Notices");
        assertThatThrownBy(() -> drafts.publish(board, BoardVersion::new))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .containsExactly(new FieldError("draft", "There are no changes to publish.")));

        drafts.save(board, new Notice("Bake sale", "Friday"));
        banned.add("Bake sale");

        assertThatThrownBy(() -> drafts.publish(board, BoardVersion::new)).isInstanceOf(InvalidInputException.class);
        assertThat(board.getCurrentVersion()).isZero();
        assertThat(drafts.draft(board)).contains(new Notice("Bake sale", "Friday"));
    }

    @Test
    void theEditorsSaveStoresANewDefinitionInANewRecordAndReportsNoPublishedVersion() {
        Board added = new Board("Notices");

        DraftOutcome outcome = drafts.save(new Checked<>(new Notice("Open day", "Saturday"), Problems.none()), Optional.empty(),
                Optional.empty(), () -> added);

        assertThat(outcome).isEqualTo(DraftOutcome.of(Result.SAVED, 0));
        assertThat(drafts.draft(added)).contains(new Notice("Open day", "Saturday"));
    }

    @Test
    void theEditorsSaveOfExactlyThePublishedVersionDropsTheDraftInsteadOfStoringIt() {
        Notice live = new Notice("Open day", "Saturday");
        Board board = new Board("Notices");
        drafts.save(board, live);
        drafts.publish(board, BoardVersion::new);
        drafts.save(board, new Notice("Open day", "Sunday"));

        DraftOutcome saved = drafts.save(new Checked<>(live, Problems.none()), Optional.of(board), Optional.of(live), () -> null);
        DraftOutcome published = drafts.publish(new Checked<>(live, Problems.none()), Optional.of(board), Optional.of(live), () -> null,
                record -> drafts.publish(record, BoardVersion::new).getNumber());

        assertThat(saved).isEqualTo(DraftOutcome.of(Result.UNCHANGED, 1));
        assertThat(published).isEqualTo(DraftOutcome.of(Result.UNCHANGED, 1));
        assertThat(board.hasDraft()).isFalse();
        assertThat(board.getCurrentVersion()).isEqualTo(1);
    }

    @Test
    void theEditorsPublishRefusesACheckWithProblemsAndOtherwisePublishesTheSavedDraft() {
        Board board = new Board("Notices");
        AtomicBoolean added = new AtomicBoolean();
        Problems problems = Problems.of(List.of(new FieldError("body", "Say what is happening.")));

        DraftOutcome refused = drafts.publish(new Checked<>(new Notice("Open day", ""), problems), Optional.empty(), Optional.empty(),
                () -> {
                    added.set(true);
                    return board;
                }, record -> drafts.publish(record, BoardVersion::new).getNumber());
        DraftOutcome published = drafts.publish(new Checked<>(new Notice("Open day", "Saturday"), Problems.none()), Optional.of(board),
                Optional.empty(), () -> null, record -> drafts.publish(record, BoardVersion::new).getNumber());

        assertThat(refused.refused()).isTrue();
        assertThat(refused.problems()).isEqualTo(problems);
        assertThat(added).isFalse();
        assertThat(published).isEqualTo(DraftOutcome.of(Result.PUBLISHED, 1));
        assertThat(board.getTitle()).isEqualTo("Open day");
        assertThat(board.hasDraft()).isFalse();
    }

    @Test
    void problemsKeepTheirOrderAndRefuseOnlyWhenThereAreAny() {
        Problems first = Problems.of(List.of(new FieldError("title", "Give it a title.")));
        Problems both = first.and(Problems.of(List.of(new FieldError("steps[0].form", "Choose a form."))));

        assertThat(both.list()).extracting(FieldError::field).containsExactly("title", "steps[0].form");
        assertThat(first.and(Problems.none())).isSameAs(first);
        Problems.none().refuseIfAny();
        assertThatThrownBy(both::refuseIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.errors()).isEqualTo(both.list()));
    }
}
