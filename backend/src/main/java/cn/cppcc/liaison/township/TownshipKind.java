package cn.cppcc.liaison.township;

/** 乡, 镇 or 街道: how a township-level unit is officially called. */
public enum TownshipKind {
    TOWNSHIP, TOWN, SUBDISTRICT
}
