package org.wayfinder.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.testing.ChangelogRules;

/**
 * The checker behind IsolationIT's check of every changelog the installation migrates: it finds a
 * change that cannot be undone, and lets one through when its changeset marks itself as ran.
 */
class ChangelogRulesTest {

    @Test
    void aChangeThatCannotBeUndoneIsFoundUnlessItsChangesetHasAMarkRanPrecondition() throws Exception {
        assertThat(ChangelogRules.changesThatCannotBeUndone(List.of("db/rules/cannot-be-undone.xml"), getClass().getClassLoader()))
                .hasSize(2)
                .anyMatch(problem -> problem.contains("drops-a-column") && problem.contains("dropColumn columnName=id"))
                .anyMatch(problem -> problem.contains("inserts-into-an-old-table"));
    }
}
