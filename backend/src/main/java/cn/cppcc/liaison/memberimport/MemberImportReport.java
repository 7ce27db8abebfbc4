package cn.cppcc.liaison.memberimport;

import cn.cppcc.liaison.kernel.Problem;
import java.util.List;

/** What an import found, row by row, and how many members it created. */
public record MemberImportReport(
        boolean dryRun,
        long committeeId,
        int rows,
        int valid,
        int created,
        List<Problem.RowError> errors) {
}
