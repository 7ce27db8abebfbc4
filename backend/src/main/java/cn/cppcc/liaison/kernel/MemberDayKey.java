package cn.cppcc.liaison.kernel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The identity of a row kept per member and day (a feature's kept figures): the member and the Beijing day. */
public class MemberDayKey implements Serializable {

    public Long memberId;
    public LocalDate day;

    @Override
    public boolean equals(Object other) {
        return other instanceof MemberDayKey key && Objects.equals(memberId, key.memberId)
                && Objects.equals(day, key.day);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberId, day);
    }
}
