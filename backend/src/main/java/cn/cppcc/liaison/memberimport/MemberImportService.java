package cn.cppcc.liaison.memberimport;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.committee.CommitteeService;
import cn.cppcc.liaison.common.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class MemberImportService {

    @Transactional
    public MemberImportReport importMembers(long committeeId, boolean dryRun, String contentType, byte[] file) {
        CommitteeEntity committee = CommitteeService.referenced("committeeId", committeeId);
        RosterSheet sheet = RosterFile.read(contentType, file);
        RosterHeader header = RosterHeader.locate(sheet);
        List<RosterRow> rows = header.rows(sheet);
        if (rows.isEmpty()) {
            throw ApiProblem.invalid("body", "第 " + header.row() + " 行表头下面没有委员数据");
        }
        return new MemberImportReport(dryRun, committee.id, rows.size(), rows.size(), 0, List.of());
    }
}
