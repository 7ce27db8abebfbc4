package cn.cppcc.liaison.member;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a client may write about a member; the status changes only through its own operation. */
public record MemberFields(
        @NotNull(message = "所属政协不能为空") @Min(value = 1, message = "政协编号无效") Long committeeId,
        @NotBlank(message = "姓名不能为空") @Size(max = 50, message = "姓名最多 50 个字") String name,
        @NotNull(message = "性别不能为空（MALE 男、FEMALE 女）") Gender gender,
        @Min(value = 1900, message = "出生年份不能早于 1900 年")
        @Max(value = 2100, message = "出生年份不能晚于 2100 年") Integer birthYear,
        @Size(max = 20, message = "民族最多 20 个字") String ethnicity,
        @Size(max = 30, message = "党派（政治面貌）最多 30 个字") String party,
        @NotNull(message = "界别不能为空") @Min(value = 1, message = "界别编号无效") Long sectorId,
        @Min(value = 1, message = "界别活动组编号无效") Long groupId,
        @Min(value = 1, message = "乡镇（街道）编号无效") Long townshipId,
        @Size(max = 100, message = "工作单位最多 100 个字") String employer,
        @Size(max = 100, message = "职务最多 100 个字") String jobTitle,
        @Size(max = 20, message = "电话最多 20 个字符")
        @Pattern(regexp = PHONE, message = "电话应为 11 位手机号（如 13904581234）或带区号的固定电话（如 0458-1234567）")
        String phone,
        LocalDate termStart,
        LocalDate termEnd) {

    /** A mainland mobile number, or a landline with its area code. */
    public static final String PHONE = "1[3-9]\\d{9}|0\\d{2,3}-\\d{7,8}";
}
