"""The whole HTTP API fuzzed from its own OpenAPI schema (schemathesis, every built-in check), founders' and
staff routes alike, against the app on loopback: no server error, and no status the schema does not list."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from service.app import create_app
from service.settings import Settings
from tests.service.live import live_server, private_app

TOKEN = "fuzz-staff-token"
EXAMPLES = 40  # per operation: bounded, so `make test` stays short


@pytest.fixture(scope="module")
def api_url(tmp_path_factory, seed_index, embedder):
    app, _ = private_app(tmp_path_factory.mktemp("fuzz"), seed_index, embedder, admin_token=TOKEN, upload_max_mb=1)
    with live_server(app) as url:
        yield url


# Every built-in check runs. What a schema can't say: a schema-valid question may still be unusable (empty once
# trimmed, no words, longer than the setting), which is a 400 with a Chinese reason; an uploaded file of the
# right shape may be of a kind or content that can't be read (415, 422). Schema-violating data may also be too
# large to read at all (a fuzzed list far past maxItems): 413 rejects it as well as a 422 would.
CONFIG = SchemathesisConfig.from_str("""
[checks.positive_data_acceptance]
expected-statuses = ["2xx", "400", "401", "403", "404", "409", "429"]

[checks.negative_data_rejection]
expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429", "5xx"]

[[operations]]
include-name = "POST /staff/api/documents"
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "409", "415", "422"]
""")

# The schema the app publishes at /openapi.json, read from an app that is never started (routes need no index
# to describe themselves); each operation becomes a test of its own.
schema = schemathesis.openapi.from_dict(create_app(Settings(admin_token=TOKEN), assistant=object()).openapi(),
                                      config=CONFIG)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_keeps_its_schema(case, api_url):
    case.call_and_validate(base_url=api_url, headers={"Authorization": f"Bearer {TOKEN}"})
