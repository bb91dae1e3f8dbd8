package vn.vanban.infrastructure.transaction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityWritesTest {

    @Test
    void aWriteOfAnotherEntityLeavesWhatIsKnownOfAccountsCurrent() {
        long accounts = EntityWrites.accountCount();
        long entities = EntityWrites.count();

        EntityWrites.happened();

        assertThat(EntityWrites.accountCount()).isEqualTo(accounts);
        assertThat(EntityWrites.count()).isGreaterThan(entities);
    }

    @Test
    void aWriteOfAnAccountCountsAsAnEntityWrittenToo() {
        long accounts = EntityWrites.accountCount();
        long entities = EntityWrites.count();

        EntityWrites.accountWritten();

        assertThat(EntityWrites.accountCount()).isGreaterThan(accounts);
        assertThat(EntityWrites.count()).isGreaterThan(entities);
    }
}
