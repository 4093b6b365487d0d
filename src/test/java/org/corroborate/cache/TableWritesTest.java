package org.corroborate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.corroborate.cache.ChangeFeed.Topic;

/**
 * Which statements announce a change: any statement but a query that names a topic's table, in the shapes
 * Hibernate sends for entities and bulk HQL and in those a native query may take. The application's own write
 * paths are checked end to end in {@link EveryWriteTest}.
 */
class TableWritesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "insert into claim (actor1,actor2,admin1,admin1_key,id) values (?,?,?,?,?)",
            "update claim set actor1=?,admin1=?,version=? where id=? and version=?",
            "delete from claim where id=? and version=?",
            "update claim c1_0 set admin1=?,admin1_key=? where c1_0.id=?",
            "UPDATE claim SET admin1 = ?, admin1_key = ? WHERE id = ?",
            "  update \"claim\" set status = 'OPEN'",
            "UPDATE public.claim SET verdict = NULL",
            "MERGE INTO claim USING (VALUES (1)) v(id) ON claim.id = v.id WHEN MATCHED THEN DELETE",
            "/* bulk */ update claim set revision = revision + 1",
            "-- a note\ndelete from CLAIM where id = 1",
            "with moved as (update claim set status = 'OPEN' returning id) select count(*) from moved",
            "delete from review where claim_id in (select id from claim where status = 'RETRACTED')",
    })
    void aWriteNamingTheClaimTableChangesClaims(String sql) {
        assertThat(TableWrites.written(sql)).containsExactly(Topic.CLAIMS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "insert into app_user (created_at,password,roles,sessions_valid_after,username,id) values (?,?,?,?,?,?)",
            "update app_user set roles=? where id=?",
            "update app_user set sessions_valid_after=? where username=?",
            "delete from app_user where id=?",
            "TRUNCATE TABLE app_user",
    })
    void aWriteNamingTheAccountTableChangesAccounts(String sql) {
        assertThat(TableWrites.written(sql)).containsExactly(Topic.ACCOUNTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "select c1_0.id,c1_0.statement from claim c1_0 where c1_0.admin1_key=? order by c1_0.updated_at desc",
            "SELECT username, password, roles FROM app_user WHERE username = ?",
            "(select id from claim) union (select id from claim)",
            "select c1_0.id from claim c1_0 where c1_0.id=? for update",
            "/* a comment */ select count(*) from claim",
            "-- a note\nselect count(*) from app_user",
            "select next value for claim_seq",
            "insert into review (claim_id,rating,reviewer,id) values (?,?,?,?)",
            "update event_revision set superseded_seq=? where claim_id=? and superseded_seq is null",
            "insert into status_change (claim_id,from_status,to_status,id) values (?,?,?,?)",
            "delete from sign_in_failure where key=?",
            "update claimant set name = ?",
    })
    void queriesAndWritesToOtherTablesChangeNothing(String sql) {
        assertThat(TableWrites.written(sql)).isEmpty();
    }

    @Test
    void aWriteNamingBothTablesChangesBoth() {
        assertThat(TableWrites.written("update app_user set roles = ? where username in (select created_by from claim)"))
                .isEqualTo(Set.of(Topic.CLAIMS, Topic.ACCOUNTS));
    }
}
