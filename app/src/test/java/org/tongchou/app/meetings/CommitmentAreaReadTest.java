package org.tongchou.app.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.security.AreaCodes;
import org.tongchou.app.security.ScopeService;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.support.ValueFixture;

/**
 * The reads of an area's commitments and meetings with more unit codes than a statement may carry parameters
 * (PostgreSQL: 65,535), as a province's leader has them: the codes go as arrays of at most {@value AreaCodes#CHUNK}
 * ({@code town_code = ANY(?)}), so the lists, the counts and the meetings of the area are read in one statement each
 * and hold exactly the area's towns. On both databases.
 */
class CommitmentAreaReadTest {
    private static final String YANGSHE = "320582100000";
    private static final String JINFENG = "320582104000";
    /** More codes than PostgreSQL takes parameters in a statement, and more than one array's worth. */
    private static final int MANY = 70_000;

    abstract static class Contract {
        @Autowired
        CommitmentRepository commitments;
        @Autowired
        MeetingRepository meetings;
        @Autowired
        ScopeService scopes;
        @Autowired
        FrameworkService frameworks;
        @Autowired
        IndicatorService indicators;
        @Autowired
        TestDatabase db;
        @Autowired
        JdbcClient jdbc;
        long yangsheMeeting;
        long jinfengMeeting;

        @BeforeEach
        void setUp() {
            ValueFixture.emptyCityWithDefaultFramework(db, indicators, frameworks, jdbc);
            OffsetDateTime now = OffsetDateTime.now();
            yangsheMeeting = meeting("杨舍的会", YANGSHE, now);
            jinfengMeeting = meeting("锦丰的会", null, now);
            commitment(yangsheMeeting, YANGSHE, "杨舍的承诺", true, now);
            commitment(jinfengMeeting, JINFENG, "锦丰的承诺", true, now);
            commitment(jinfengMeeting, JINFENG, "锦丰的草稿", false, now);
        }

        /** {@value #MANY} codes that name no unit, and the given real ones. */
        private static Set<String> many(String... real) {
            Set<String> codes = new HashSet<>(List.of(real));
            for (int i = 0; i < MANY; i++) codes.add(String.format("9%011d", i));
            return codes;
        }

        @Test
        void commitmentsOfAnAreaOfMoreCodesThanAStatementTakesParametersAreRead() {
            Set<String> area = many(YANGSHE);
            assertThat(area.size()).isGreaterThan(65_535);
            assertThat(AreaCodes.chunks(area)).hasSize(2).allSatisfy(c -> assertThat(c.size()).isLessThanOrEqualTo(AreaCodes.CHUNK));
            List<Commitment> found = commitments.find(CommitmentFilter.all().visibility(true, null).within(area));
            assertThat(found).extracting(Commitment::text).containsExactly("杨舍的承诺");
            assertThat(commitments.find(CommitmentFilter.all().within(many(YANGSHE, JINFENG)))).extracting(Commitment::text)
                    .containsExactlyInAnyOrder("杨舍的承诺", "锦丰的承诺", "锦丰的草稿");
            assertThat(commitments.find(CommitmentFilter.all().within(Set.of()))).isEmpty();
            Map<Long, Map<CommitmentStatus, Long>> counts = commitments.countsByMeeting(List.of(yangsheMeeting, jinfengMeeting), true, area);
            assertThat(counts).containsOnlyKeys(yangsheMeeting);
            assertThat(counts.get(yangsheMeeting)).containsEntry(CommitmentStatus.ON_TRACK, 1L);
        }

        @Test
        void theMeetingsOfAnAreaOfMoreCodesThanAStatementTakesParametersAreRead() {
            assertThat(meetings.list(many(YANGSHE))).extracting(Meeting::title).containsExactly("杨舍的会");
            assertThat(meetings.list(many(JINFENG))).as("by a published commitment of the area's town").extracting(Meeting::title)
                    .containsExactly("锦丰的会");
            assertThat(meetings.holds(jinfengMeeting, many(YANGSHE))).isFalse();
            assertThat(meetings.holds(jinfengMeeting, many(JINFENG))).isTrue();
            assertThat(meetings.list(Set.of())).isEmpty();
        }

        @Test
        void unitsWithinAnAreaAreDecidedAsOneSetOfAnySize() {
            Set<String> codes = many(YANGSHE, JINFENG, "320582000000");
            assertThat(scopes.within(codes, "320582000000")).containsExactlyInAnyOrder(YANGSHE, JINFENG, "320582000000");
            assertThat(scopes.within(codes, YANGSHE)).containsExactly(YANGSHE);
            assertThat(scopes.within(List.of(YANGSHE, "32058210", "not a code"), "320582000000")).as("malformed codes are within nothing")
                    .containsExactly(YANGSHE);
            assertThat(scopes.within(codes, ScopeService.COUNTRY)).as("the country holds every code").hasSize(codes.size());
            assertThat(scopes.codesWithin("320582000000")).contains(YANGSHE, JINFENG, "320582000000");
            assertThat(scopes.containing(YANGSHE)).containsExactlyInAnyOrder(YANGSHE, "320582000000");
        }

        private long meeting(String title, String host, OffsetDateTime now) {
            GeneratedKeyHolder kh = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO meeting (kind_code, title, held_on, host_unit_code, created_by, created_at, updated_by, updated_at)"
                            + " VALUES ('PROGRESS', ?, ?, ?, 'analyst', ?, 'analyst', ?)")
                    .params(title, LocalDate.of(2026, 3, 1), host, now, now).update(kh, "id");
            return kh.getKey().longValue();
        }

        private void commitment(long meeting, String town, String text, boolean published, OffsetDateTime now) {
            jdbc.sql("INSERT INTO commitment (meeting_id, town_code, town_name, text, owner_office, kind, deadline, status, review, published,"
                            + " created_by, created_at, updated_at) VALUES (?, ?, ?, ?, 'office', 'MILESTONE', ?, 'ON_TRACK', 'NONE', ?, 'analyst', ?, ?)")
                    .params(meeting, town, town, text, LocalDate.of(2026, 6, 30), published, now, now).update();
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Contract {
    }

    @Nested
    @PostgresTest
    class OnPostgres extends Contract {
    }
}
