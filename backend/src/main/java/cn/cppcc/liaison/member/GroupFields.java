package cn.cppcc.liaison.member;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a client may write about a sector activity group. */
public record GroupFields(
        @NotNull(message = "所属政协不能为空") @Min(value = 1, message = "政协编号无效") Long committeeId,
        @NotBlank(message = "名称不能为空") @Size(max = 50, message = "名称最多 50 个字") String name,
        @Min(value = 1, message = "界别编号无效") Long sectorId,
        @Min(value = 1, message = "召集人编号无效") Long convenorId,
        @Size(max = 50, message = "联络员姓名最多 50 个字") String liaisonName,
        @Size(max = 100, message = "联络员职务最多 100 个字") String liaisonTitle) {
}
