package cn.cppcc.liaison.proposal;

import cn.cppcc.liaison.kernel.ExportColumn;
import cn.cppcc.liaison.member.MemberRef;
import java.util.List;
import java.util.stream.Collectors;

/** The columns of the proposals' export (提案), over the proposals as the caller reads them in the list. */
final class ProposalExport {

    static final List<ExportColumn<Proposal>> COLUMNS = List.of(
            ExportColumn.number("编号", Proposal::id),
            ExportColumn.text("案由", Proposal::title),
            ExportColumn.text("类别", p -> p.category().label),
            ExportColumn.date("提交日期", Proposal::filedOn),
            ExportColumn.text("领衔委员", p -> p.leadMember() == null ? null : p.leadMember().name()),
            ExportColumn.text("联名委员", p -> p.coSigners().stream().map(MemberRef::name).collect(Collectors.joining("、"))),
            ExportColumn.text("状态", p -> p.status().label),
            ExportColumn.text("案号", Proposal::caseNumber),
            ExportColumn.text("承办单位", Proposal::handlingUnit),
            ExportColumn.date("立案日期", Proposal::acceptedOn),
            ExportColumn.text("不予立案理由", Proposal::notAcceptedReason),
            ExportColumn.date("答复日期", Proposal::answeredOn),
            ExportColumn.text("答复", Proposal::answer));

    private ProposalExport() {
    }
}
