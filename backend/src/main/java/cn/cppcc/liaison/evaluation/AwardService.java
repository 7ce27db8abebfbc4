package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.Text;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;

/**
 * Awards (表彰): the office marks members outstanding. An award scores in the year it is given, so it cannot be
 * added or removed once that year's evaluation is closed.
 */
@ApplicationScoped
public class AwardService {

    private static final Map<String, String> SORTABLE = Map.of("awardedOn", "awardedOn", "id", "id");

    @Inject
    CallerContext callerContext;

    @Inject
    OfficeClock clock;

    public PageResult<Award> list(PageParams page, Long committeeId, Integer year, Long memberId) {
        Filter filter = callerContext.get().filter("committee.id")
                .equal("committee.id", "committeeId", committeeId)
                .where("year = :year", "year", year == null ? null : year.shortValue())
                .equal("member.id", "memberId", memberId);
        return PageResult.of(AwardEntity.find(filter.query(), Sorting.parse(page.sort, SORTABLE, "-awardedOn"),
                filter.parameters()), page, Award::of);
    }

    @Transactional
    public Award create(AwardFields fields) {
        CommitteeEntity committee = CommitteeEntity.referenced(callerContext.get(), "committeeId", fields.committeeId());
        LocalDate today = clock.today();
        FieldChecks checks = new FieldChecks()
                .check(fields.awardedOn().isAfter(today), "awardedOn", "颁发日期不能晚于今天（" + today + "）")
                .check(fields.year() > fields.awardedOn().getYear(), "year",
                        "表彰的年度不能晚于颁发日期所在的年份（" + fields.awardedOn().getYear() + "）");
        MemberEntity member = checks.read(() -> MemberService.referenced("memberId", fields.memberId(), committee.id));
        checks.done();
        EvaluationRulesService.requireOpen(committee.id, fields.awardedOn().getYear(),
                "表彰按颁发日期计入该年度的得分，不能再记录该年颁发的表彰");
        String title = fields.title().strip();
        if (AwardEntity.count("member.id = ?1 and year = ?2 and title = ?3", member.id, fields.year().shortValue(),
                title) > 0) {
            throw ApiProblem.duplicate("title", "委员" + member.name + "已有 " + fields.year() + " 年度的“" + title + "”");
        }
        AwardEntity award = new AwardEntity();
        award.committee = committee;
        award.member = member;
        award.year = fields.year().shortValue();
        award.title = title;
        award.awardedOn = fields.awardedOn();
        award.note = Text.blankToNull(fields.note());
        award.recordedBy = callerContext.get().name();
        award.persistAndFlush();
        return Award.of(award);
    }

    @Transactional
    public void delete(long id) {
        AwardEntity award = callerContext.visible(AwardEntity.findById(id), "表彰", id);
        EvaluationRulesService.requireOpen(award.committee.id, award.awardedOn.getYear(),
                "表彰按颁发日期计入该年度的得分，不能再删除该年颁发的表彰");
        award.delete();
    }
}
