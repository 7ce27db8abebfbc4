package cn.cppcc.liaison.opinion;

import java.time.LocalDate;
import java.util.List;

/** Open opinions of a township whose text resembles a new one, most alike first. */
public record SimilarOpinions(List<Item> items) {

    public record Item(long id, String title, OpinionStatus status, LocalDate collectedOn, String townshipName,
            float score) {
    }
}
