package cn.cppcc.liaison.consultation;

/** The forms a consultation takes; every form held at a platform counts for 一季一协商. */
public enum ConsultationKind {
    QUARTERLY("季度协商"),
    INVITED("请你来协商"),
    PUBLIC_TALK("民情恳谈"),
    GRASSROOTS("基层协商");

    public final String label;

    ConsultationKind(String label) {
        this.label = label;
    }
}
