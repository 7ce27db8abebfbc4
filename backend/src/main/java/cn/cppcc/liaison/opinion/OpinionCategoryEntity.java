package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.envers.Audited;

/** A category of opinions (基础设施, 教育…); each committee keeps its own list. */
@Entity
@Audited
@Table(name = "opinion_category")
public class OpinionCategoryEntity extends CommitteeRecordEntity {

    /** The categories a new committee starts with, in their order. */
    static final List<String> DEFAULTS = List.of("基础设施", "农业农村", "教育", "医疗", "社会保障", "营商环境", "其他");

    public String name;

    @Column(name = "sort_order")
    public int sortOrder;

    static boolean nameTaken(long committeeId, String name, Long exceptId) {
        return count("committee.id = ?1 and name = ?2 and (?3 is null or id <> ?3)", committeeId, name, exceptId) > 0;
    }
}
