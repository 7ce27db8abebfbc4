package cn.cppcc.liaison.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A participant who is not a member (村民代表, 网格员, 部门负责人…), with their unit. */
@Embeddable
public record Guest(
        @Column(name = "name")
        @NotBlank(message = "列席人员姓名不能为空") @Size(max = 50, message = "姓名最多 50 个字") String name,
        @Column(name = "kind") @Enumerated(EnumType.STRING)
        @NotNull(message = "列席人员类别不能为空（VILLAGE_REP、GRID_WORKER、OFFICIAL、RESIDENT、EXPERT、OTHER）") GuestKind kind,
        @Column(name = "unit") @Size(max = 100, message = "单位最多 100 个字") String unit) {
}
