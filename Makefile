# 政协委员联系群众平台: build, run and test from a fresh machine.
SHELL := /bin/bash
.DEFAULT_GOAL := help

MVN            ?= mvn -B -ntp
JAR            := backend/target/quarkus-app/quarkus-run.jar
RUN_DB_URL     ?= $(or $(QUARKUS_DATASOURCE_JDBC_URL),jdbc:postgresql://localhost:5432/cppcc)
TEST_DB_URL    ?= $(or $(CPPCC_TEST_JDBC_URL),jdbc:postgresql://localhost:5432/cppcc_test)
LINT           := tools/lint
E2E            := tools/e2e
E2E_DB_URL     ?= jdbc:postgresql://localhost:5432/cppcc_e2e
# The first administrator of the e2e database, created by the service at its first start there.
E2E_ADMIN_USERNAME ?= e2e-admin
E2E_ADMIN_PASSWORD ?= E2eAdmin2024
# The browser tests run the service on a fixed office date (a quarter's last day), so they never depend on today.
E2E_DATE       ?= 2026-06-30
CHROMIUM       := /usr/bin/chromium
export CPPCC_TEST_JDBC_URL := $(TEST_DB_URL)

.PHONY: help run test bench build db db-test lint tools clean e2e e2e-run rollups

help: ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

run: tools db build ## Serve API, Swagger UI and frontend with demo data at http://localhost:8080/
	@echo "政协委员联系群众平台: http://localhost:$${QUARKUS_HTTP_PORT:-8080}/  (API docs: /q/swagger-ui)"
	@echo "演示账号：admin、tieli-office、tieli-convenor、tieli-member、tieli-reporter…，密码均为 Demo2026cppcc（见 README）"
	QUARKUS_DATASOURCE_JDBC_URL=$(RUN_DB_URL) CPPCC_DEMO_DATA=true java -jar $(JAR)

test: tools db-test lint ## Lint the contract, run every backend test against PostgreSQL, then click through the frontend
	cd backend && $(MVN) verify
	$(MAKE) --no-print-directory e2e-run

bench: tools build ## Time the lists, filters, searches, visits, duty turns, audit trail and opinions over 100,000 members and 1,000,000 opinions, and the yearly evaluation of 200 and 4,000 members (not a test; BENCH_CASES=evaluation for the evaluation alone)
	bench/bench.sh

rollups: ## Rebuild the reports' daily figures from the records in the database of make run (QUARKUS_DATASOURCE_JDBC_URL), saying how many had drifted
	QUARKUS_DATASOURCE_JDBC_URL=$(RUN_DB_URL) scripts/rebuild-rollups.sh

build: ## Build the service (backend/target/quarkus-app)
	cd backend && $(MVN) package -DskipTests

db: ## Bring up PostgreSQL and the cppcc role and database for make run
	QUARKUS_DATASOURCE_JDBC_URL=$(RUN_DB_URL) scripts/db-up.sh $(lastword $(subst /, ,$(firstword $(subst ?, ,$(RUN_DB_URL)))))

db-test: ## Bring up PostgreSQL and the test database
	QUARKUS_DATASOURCE_JDBC_URL=$(TEST_DB_URL) scripts/db-up.sh $(lastword $(subst /, ,$(firstword $(subst ?, ,$(TEST_DB_URL)))))

e2e: tools build ## Serve the build on a free port (database cppcc_e2e, office date E2E_DATE) and click through the frontend in headless Chromium
	$(MAKE) --no-print-directory e2e-run

# The browser tests against the service already built (make test's mvn verify packaged it): e2e without the build.
e2e-run: tools
	@[[ -x $(CHROMIUM) ]] || { echo "installing chromium"; sudo=; [[ $$(id -u) == 0 ]] || sudo=sudo; \
	   $$sudo apt-get update -qq && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk; }
	@[[ $(E2E)/node_modules/.package-lock.json -nt $(E2E)/package-lock.json ]] \
	  || (cd $(E2E) && npm ci --no-audit --no-fund --loglevel=error)
	QUARKUS_DATASOURCE_JDBC_URL=$(E2E_DB_URL) scripts/db-up.sh $(lastword $(subst /, ,$(firstword $(subst ?, ,$(E2E_DB_URL)))))
	@set -euo pipefail; \
	 port=$$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'); \
	 log=$$(mktemp); \
	 QUARKUS_HTTP_PORT=$$port QUARKUS_DATASOURCE_JDBC_URL=$(E2E_DB_URL) \
	   CPPCC_CLOCK_DATE=$(E2E_DATE) CPPCC_CLOCK_ALLOW_FIXED_DATE=true \
	   ADMIN_USERNAME='$(E2E_ADMIN_USERNAME)' ADMIN_PASSWORD='$(E2E_ADMIN_PASSWORD)' java -jar $(JAR) >"$$log" 2>&1 & pid=$$!; \
	 trap 'status=$$?; kill $$pid 2>/dev/null && wait $$pid 2>/dev/null || true; rm -f "$$log"; exit $$status' EXIT; \
	 echo "service on port $$port (pid $$pid)"; \
	 until (exec 3<>/dev/tcp/127.0.0.1/$$port) 2>/dev/null; do \
	   kill -0 $$pid 2>/dev/null || { echo "the service did not start:"; cat "$$log"; exit 1; }; sleep 1; \
	 done; \
	 cd $(E2E) && E2E_BASE_URL=http://127.0.0.1:$$port E2E_CHROMIUM=$(CHROMIUM) E2E_TODAY=$(E2E_DATE) \
	   E2E_ADMIN_USERNAME='$(E2E_ADMIN_USERNAME)' E2E_ADMIN_PASSWORD='$(E2E_ADMIN_PASSWORD)' node --test --test-concurrency=2 --test-reporter=spec \
	   || { echo "--- service log ---"; tail -50 "$$log"; exit 1; }

lint: tools ## Lint openapi.yaml with Spectral and the OWASP API security ruleset
	@[[ -x $(LINT)/node_modules/.bin/spectral && $(LINT)/node_modules/.package-lock.json -nt $(LINT)/package-lock.json ]] \
	  || (cd $(LINT) && npm ci --no-audit --no-fund --loglevel=error)
	$(LINT)/node_modules/.bin/spectral lint openapi.yaml --ruleset $(LINT)/spectral.yaml --fail-severity error --display-only-failures

tools: ## Install Java 17, Maven, Node.js, curl and jq (the reporting script's) from Debian where they are missing
	@missing=(); command -v java >/dev/null || missing+=(openjdk-17-jdk-headless); \
	 command -v mvn >/dev/null || missing+=(maven); command -v npm >/dev/null || missing+=(nodejs npm); \
	 command -v curl >/dev/null || missing+=(curl); command -v jq >/dev/null || missing+=(jq); \
	 if (( $${#missing[@]} )); then \
	   echo "installing $${missing[*]}"; \
	   sudo=; [[ $$(id -u) == 0 ]] || sudo=sudo; \
	   $$sudo apt-get update -qq && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$${missing[@]}"; \
	 fi

clean: ## Remove build output and installed lint tools
	cd backend && $(MVN) -q clean
	rm -rf $(LINT)/node_modules
