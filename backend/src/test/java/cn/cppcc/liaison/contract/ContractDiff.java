package cn.cppcc.liaison.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;

/** Finds the first place where two JSON trees differ, so a failing test says where. */
final class ContractDiff {

    private ContractDiff() {
    }

    static String firstDifference(String path, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? "" : path;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return path + " (" + expected.getNodeType() + " vs " + actual.getNodeType() + ")";
        }
        if (expected.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!expected.has(name) || !actual.has(name)) {
                    return path + "/" + name + (expected.has(name) ? " (missing when served)" : " (only when served)");
                }
                String difference = firstDifference(path + "/" + name, expected.get(name), actual.get(name));
                if (!difference.isEmpty()) {
                    return difference;
                }
            }
            return "";
        }
        if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                return path + " (size " + expected.size() + " vs " + actual.size() + ")";
            }
            for (int i = 0; i < expected.size(); i++) {
                String difference = firstDifference(path + "/" + i, expected.get(i), actual.get(i));
                if (!difference.isEmpty()) {
                    return difference;
                }
            }
            return "";
        }
        return expected.equals(actual) ? "" : path + " (" + expected + " vs " + actual + ")";
    }
}
