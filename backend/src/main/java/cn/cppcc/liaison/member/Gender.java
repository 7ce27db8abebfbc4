package cn.cppcc.liaison.member;

/** 性别. */
public enum Gender {
    MALE,
    FEMALE
}
