package cn.cppcc.liaison.proposal;

/** The fields a proposal is filed under (提案类别), as the committees' proposal offices sort them. */
public enum ProposalCategory {
    ECONOMY("经济建设"),
    POLITICS("政治建设"),
    CULTURE("文化建设"),
    SOCIETY("社会建设"),
    ECOLOGY("生态文明建设"),
    OTHER("其他");

    public final String label;

    ProposalCategory(String label) {
        this.label = label;
    }
}
