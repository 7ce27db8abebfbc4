package cn.cppcc.liaison.studio;

/** Where a studio receives the public: at its address, through its online channel, or both. */
public enum StudioMode {
    ONLINE("线上"),
    OFFLINE("线下"),
    BOTH("线上线下");

    public final String label;

    StudioMode(String label) {
        this.label = label;
    }

    /** An offline studio needs an address people can walk to. */
    public boolean receivesInPerson() {
        return this != ONLINE;
    }

    /** An online studio needs a channel people can reach it through. */
    public boolean receivesOnline() {
        return this != OFFLINE;
    }
}
