package cn.cppcc.liaison.village;

/** 村 in the countryside, 社区 in a town or street. */
public enum VillageKind {
    VILLAGE, COMMUNITY
}
