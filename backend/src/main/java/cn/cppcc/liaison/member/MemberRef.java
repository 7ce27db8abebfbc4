package cn.cppcc.liaison.member;

/** A member named by another record (a studio's residents, a visit's members): the id and the name. */
public record MemberRef(long id, String name) {

    public static MemberRef of(MemberEntity member) {
        return new MemberRef(member.id, member.name);
    }
}
