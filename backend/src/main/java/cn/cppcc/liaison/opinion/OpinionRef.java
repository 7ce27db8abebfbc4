package cn.cppcc.liaison.opinion;

/** An opinion named by another record (a consultation, an outcome): id, title and where it stands now. */
public record OpinionRef(long id, String title, OpinionStatus status) {

    public static OpinionRef of(OpinionEntity opinion) {
        return new OpinionRef(opinion.id, opinion.title, opinion.status);
    }
}
