package cn.cppcc.liaison.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An export reads its list page after page in the list's order and never asks for the list's total, which would
 * count the whole list again for every batch of a province's roster.
 */
class ExportPagesTest {

    @Test
    void pagesFollowOneAnotherInTheListsOrderUncounted() {
        List<String> asked = new ArrayList<>();
        Export.Batches<Integer> batches = Export.pages("-id", page -> {
            asked.add(page.page + "/" + page.size + "/" + page.sort + "/" + page.counted);
            PageResult<Integer> listed = new PageResult<>(List.of(page.page), page.page, page.size,
                    page.total(() -> {
                        throw new AssertionError("an export counted its list");
                    }));
            return listed.items();
        });
        assertEquals(List.of(1), batches.after(null, Export.BATCH));
        assertEquals(List.of(2), batches.after(1, Export.BATCH));
        assertEquals(List.of("1/500/-id/false", "2/500/-id/false"), asked);
    }

    @Test
    void aListAnsweredToAClientIsCounted() {
        PageParams page = new PageParams();
        assertEquals(42, page.total(() -> 42));
    }
}
