package org.contractregistry.maven.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BaselineSpecTest {
    @Test
    void parsesTheThreeForms() {
        assertThat(BaselineSpec.parse("registry")).contains(new BaselineSpec.Registry());
        assertThat(BaselineSpec.parse(" git:origin/main ")).contains(new BaselineSpec.Git("origin/main"));
        assertThat(BaselineSpec.parse("dir:src/test/old")).contains(new BaselineSpec.Dir("src/test/old"));
    }

    @Test
    void rejectsAnythingElse() {
        assertThat(BaselineSpec.parse("git:")).isEmpty();
        assertThat(BaselineSpec.parse("svn:trunk")).isEmpty();
        assertThat(BaselineSpec.parse("")).isEmpty();
        assertThat(BaselineSpec.parse(null)).isEmpty();
    }
}
