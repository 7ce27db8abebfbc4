package cn.cppcc.liaison.kernel.report;

/**
 * The figures a report gives for a committee and a period, each with its Chinese name, unit and the one-line
 * definition DOMAIN.md gives it. Which records count is the owning feature's to say, through {@link FigureQuery}.
 */
public enum ReportFigure {
    VISITS("接待走访", "次", "日期在该时期内的接待走访"),
    PEOPLE_RECEIVED("接待群众", "人次", "该时期内接待走访的接待群众人次之和"),
    MEMBERS_PRESENT("委员参与", "人次", "该时期内接待走访的参加委员人次之和（每次走访每位委员计一次）"),
    ACTIVE_STUDIOS("活跃工作室", "个", "该时期内至少有一次接待日的委员工作室"),
    STUDIO_PEOPLE_RECEIVED("工作室接待群众", "人次", "该时期内在委员工作室举行的接待日的接待群众人次之和（即活跃工作室的接待日）"),
    HOUSEHOLD_MEMBER_VISITS("委员走访群众", "人次", "该时期内下户走访的参加委员人次之和（每次走访每位委员计一次）"),
    DUTY_DONE("轮值履职", "次", "月份在该时期内、记录为已履职的轮值"),
    DUTY_MISSED("轮值缺勤", "次", "月份在该时期内、记录为缺勤的轮值"),
    DUTY_UNRECORDED("轮值逾期未记录", "次", "月份在该时期内、该月已过而尚未记录的轮值"),
    OPINIONS_COLLECTED("收集社情民意", "条", "收集日期在该时期内、已上报的社情民意（草稿和被合并的重复件不计）"),
    OPINIONS_ACCEPTED("社情民意采用", "条", "在该时期内被委员工作处采用的社情民意"),
    OPINIONS_FORWARDED("报送上级", "条", "在该时期内报送上级政协的社情民意"),
    OPINIONS_ADOPTED("被上级采用", "条", "在该时期内被上级政协采用的社情民意"),
    OPINIONS_RESOLVED("社情民意办结", "条", "承办单位在该时期内办结、现仍办结的社情民意"),
    OPINIONS_SOLVED("推动解决", "个", "在该时期内群众确认满意或基本满意、或办结后公示期满的社情民意"),
    OPINIONS_OVERDUE("社情民意逾期", "条", "到时期末已过办理期限仍未办结的社情民意"),
    OPINIONS_OPEN("社情民意在办", "条", "到时期末已上报而尚未办结的社情民意"),
    SOLUTION_DAYS_MEDIAN("办理时长中位数", "天", "该时期内解决的社情民意从上报到解决的天数的中位数（最近秩法）；没有解决的不给出"),
    SOLUTION_DAYS_P90("办理时长90%分位", "天", "该时期内解决的社情民意从上报到解决的天数的第 90 百分位数（最近秩法）；没有解决的不给出"),
    CONSULTATIONS("开展协商", "场", "日期在该时期内的协商活动"),
    CONSULTATION_GAPS("一季一协商缺口", "个", "已过去的季度中、联系平台（含其下的委员工作室）一次协商也没有开展的平台季度：时期为整年时为该年各季度，为一个自然季度时为该季度；尚未过去的季度不计，其他时期不给出"),
    OUTCOMES_AGREED("协商成果议定", "项", "在该时期内的协商活动上议定的成果"),
    OUTCOMES_IMPLEMENTED("协商成果落实", "项", "在该时期内落实的协商成果"),
    OUTCOMES_OVERDUE("协商成果逾期", "项", "到时期末已过期限仍未落实的协商成果"),
    PROPOSALS_FILED("提出提案", "件", "提交日期在该时期内的提案"),
    PROPOSALS_ACCEPTED("提案立案", "件", "在该时期内立案的提案"),
    PROPOSALS_ANSWERED("提案答复", "件", "在该时期内答复的提案"),
    ACTIVITIES("自选动作", "次", "日期在该时期内的自选动作（调研、培训、志愿服务等）"),
    PEOPLE_REACHED("自选动作服务", "人次", "该时期内自选动作服务群众人次之和"),
    INACTIVE_MEMBERS("挂牌委员", "人", "该时期内有在职的日子、而该时期内没有任何履职记录（接待走访、轮值履职、社情民意、出席协商、提案、自选动作）的委员"),

    RESEARCH_REPORTS("调研报告", "篇", "日期在该时期内、类型为调研报告的自选动作（撰写调研报告）");

    public final String label;
    public final String unit;
    public final String definition;

    /**
     * Whether the figure of several committees together is the sum of theirs: every count and sum is, since each
     * record belongs to one committee; a median or a percentile of days is not.
     */
    public boolean summable() {
        return this != SOLUTION_DAYS_MEDIAN && this != SOLUTION_DAYS_P90;
    }

    ReportFigure(String label, String unit, String definition) {
        this.label = label;
        this.unit = unit;
        this.definition = definition;
    }
}
