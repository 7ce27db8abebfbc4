package cn.cppcc.liaison.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.cppcc.liaison.support.ContractFilter;
import cn.cppcc.liaison.support.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What integrators download from the running service is exactly the openapi.yaml in the repository. */
@QuarkusTest
class ServedContractTest {

    @Test
    void servedContractEqualsTheRepositoryContract() throws IOException {
        JsonNode repository = new ObjectMapper(new YAMLFactory()).readTree(ContractFilter.CONTRACT.toFile());
        String served = Fixtures.outsideContract().accept("application/json")
                .when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .extract().asString();
        JsonNode servedTree = new ObjectMapper().readTree(served);
        assertEquals("", ContractDiff.firstDifference("", repository, servedTree),
                "the served contract differs from openapi.yaml at this path");
    }
}
