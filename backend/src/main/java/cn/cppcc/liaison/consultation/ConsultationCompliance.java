package cn.cppcc.liaison.consultation;

import java.util.List;

/**
 * Per platform and quarter of a year (or of its one {@code quarter} asked), whether a consultation was held; the gaps
 * are the office's to-do list.
 */
public record ConsultationCompliance(int year, Integer quarter, List<Row> items, int page, int size, long total, long gaps,
        long dueNow) {

    public record Row(long platformId, String platformName, long townshipId, String townshipName,
            List<Quarter> quarters) {

        Row withQuarters(List<Quarter> quarters) {
            return new Row(platformId, platformName, townshipId, townshipName, quarters);
        }
    }

    public record Quarter(int quarter, QuarterState state, int count, List<Long> consultationIds) {
    }
}
