package cn.cppcc.liaison.committee;

import cn.cppcc.liaison.kernel.CommitteeNames;
import jakarta.enterprise.context.ApplicationScoped;

/** The kernel's look-up of a committee's name, from the committee's row. */
@ApplicationScoped
class CommitteeNamesByEntity implements CommitteeNames {

    @Override
    public String nameOf(long committeeId) {
        CommitteeEntity committee = CommitteeEntity.findById(committeeId);
        return committee == null ? null : committee.name;
    }
}
