package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.work.WorkKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The two rule sets that ship, written in the spirit of the published rules and marked as templates to adjust:
 * 铁力's "四个一" puts the duty turns and consultations first; 岳塘's 委员履职评价办法 weighs the studios' visits
 * and opinions and shares a co-signed proposal (the lead half, as 桐城 does).
 */
public final class EvaluationTemplates {

    public enum Code {
        TIELI("参照铁力市政协“四个一”机制（一乡一平台、一月一轮值、一季一协商、一年一考评）拟定的示例分值：轮值和协商为主，"
                + "全年至少接待走访、社情民意各一项为最低要求（每个平台每月一人轮值，不是每位委员每年都能轮到，所以轮值计分"
                + "不列入最低要求；每位委员每年都有轮值的，可把它加入最低要求）。请按本会的考核工作方案调整后使用。"),
        YUETANG("参照岳塘区政协《委员履职评价办法》和“三动四线”工作法拟定的示例分值：委员工作室接待和社情民意为主，"
                + "有附议人的提案领衔人得一半、附议人平分另一半。请按本会的评价办法调整后使用。");

        public final String description;

        Code(String description) {
            this.description = description;
        }
    }

    public record Template(Code code, String description, EvaluationRulesFields rules) {
    }

    private EvaluationTemplates() {
    }

    public static List<Template> all() {
        return List.of(new Template(Code.TIELI, Code.TIELI.description, of(Code.TIELI, null)),
                new Template(Code.YUETANG, Code.YUETANG.description, of(Code.YUETANG, null)));
    }

    /** The template's rules, named for {@code year} when one is given. */
    public static EvaluationRulesFields of(Code code, Integer year) {
        String suffix = year == null ? "（模板）" : "（" + year + "年，据模板拟定）";
        return code == Code.TIELI ? tieli("铁力市政协委员履职考评细则" + suffix)
                : yuetang("岳塘区政协委员履职评价细则" + suffix);
    }

    private static EvaluationRulesFields tieli(String name) {
        Items items = new Items()
                .add(EvaluationItemKind.DUTY_DONE, "4", "16").add(EvaluationItemKind.DUTY_MISSED, "-5", "15")
                .add(EvaluationItemKind.VISIT, "1", "10").people("1", 20, "5")
                .add(EvaluationItemKind.OPINION_SUBMITTED, "2", "10").add(EvaluationItemKind.OPINION_ACCEPTED, "1", "5")
                .add(EvaluationItemKind.OPINION_FORWARDED, "1", "3").add(EvaluationItemKind.OPINION_ADOPTED, "3", "9")
                .add(EvaluationItemKind.OPINION_SOLVED, "2", "10")
                .add(EvaluationItemKind.CONSULTATION_PRESENT, "2", "8")
                .add(EvaluationItemKind.CONSULTATION_EXCUSED, "-1", "4")
                .add(EvaluationItemKind.CONSULTATION_ABSENT, "-3", "12")
                .add(EvaluationItemKind.PROPOSAL_LED, "4", "12").add(EvaluationItemKind.PROPOSAL_COSIGNED, "1", "4")
                .add(EvaluationItemKind.PROPOSAL_ACCEPTED, "2", "8")
                .add(EvaluationItemKind.ACTIVITY_RESEARCH, "3", "9").add(EvaluationItemKind.ACTIVITY_TRAINING, "1", "4")
                .add(EvaluationItemKind.ACTIVITY_VOLUNTEER, "2", "10")
                .add(EvaluationItemKind.ACTIVITY_SCHOOL_READING, "2", "6")
                .add(EvaluationItemKind.ACTIVITY_BUSINESS_FORUM, "2", "6").add(EvaluationItemKind.ACTIVITY_OTHER, "1", "4")
                .add(EvaluationItemKind.AWARD, "5", "10");
        return new EvaluationRulesFields(name, new BigDecimal("60"), new BigDecimal("100"), items.list, null,
                List.of(new EvaluationRulesFields.Minimum(WorkKind.VISIT, 1),
                        new EvaluationRulesFields.Minimum(WorkKind.OPINION_SUBMITTED, 1)),
                EvaluationRating.BASICALLY_COMPETENT,
                new EvaluationRulesFields.Thresholds(new BigDecimal("85"), new BigDecimal("60"), new BigDecimal("50")));
    }

    private static EvaluationRulesFields yuetang(String name) {
        Items items = new Items()
                .add(EvaluationItemKind.VISIT, "2", "12").people("1", 10, "6")
                .add(EvaluationItemKind.OPINION_SUBMITTED, "2", "12").add(EvaluationItemKind.OPINION_ACCEPTED, "2", "8")
                .add(EvaluationItemKind.OPINION_ADOPTED, "5", "15").add(EvaluationItemKind.OPINION_SOLVED, "2", "10")
                .add(EvaluationItemKind.DUTY_DONE, "2", "8").add(EvaluationItemKind.DUTY_MISSED, "-3", "9")
                .add(EvaluationItemKind.CONSULTATION_PRESENT, "2", "10")
                .add(EvaluationItemKind.CONSULTATION_EXCUSED, "-1", "4")
                .add(EvaluationItemKind.CONSULTATION_ABSENT, "-5", "15")
                .add(EvaluationItemKind.PROPOSAL_LED, "10", "20").add(EvaluationItemKind.PROPOSAL_COSIGNED, "0", "10")
                .add(EvaluationItemKind.PROPOSAL_ACCEPTED, "5", "10")
                .add(EvaluationItemKind.ACTIVITY_RESEARCH, "3", "9").add(EvaluationItemKind.ACTIVITY_TRAINING, "1", "5")
                .add(EvaluationItemKind.ACTIVITY_VOLUNTEER, "2", "10")
                .add(EvaluationItemKind.ACTIVITY_SCHOOL_READING, "2", "6")
                .add(EvaluationItemKind.ACTIVITY_BUSINESS_FORUM, "2", "6").add(EvaluationItemKind.ACTIVITY_OTHER, "1", "5")
                .add(EvaluationItemKind.AWARD, "5", "10");
        return new EvaluationRulesFields(name, new BigDecimal("60"), new BigDecimal("100"), items.list, 50,
                List.of(new EvaluationRulesFields.Minimum(WorkKind.VISIT, 1),
                        new EvaluationRulesFields.Minimum(WorkKind.OPINION_SUBMITTED, 1),
                        new EvaluationRulesFields.Minimum(WorkKind.CONSULTATION_PRESENT, 1)),
                EvaluationRating.BASICALLY_COMPETENT,
                new EvaluationRulesFields.Thresholds(new BigDecimal("90"), new BigDecimal("70"), new BigDecimal("60")));
    }

    private static final class Items {
        final List<EvaluationRulesFields.Item> list = new ArrayList<>();

        Items add(EvaluationItemKind kind, String points, String cap) {
            list.add(new EvaluationRulesFields.Item(kind, new BigDecimal(points), null, new BigDecimal(cap)));
            return this;
        }

        Items people(String points, int per, String cap) {
            list.add(new EvaluationRulesFields.Item(EvaluationItemKind.PEOPLE_RECEIVED, new BigDecimal(points), per,
                    new BigDecimal(cap)));
            return this;
        }
    }
}
