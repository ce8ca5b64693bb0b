#!/usr/bin/env python3
"""Every JSON answer the HTTP suite received, checked against docs/openapi.yaml.

The test client (tests/http/test_client.cpp) writes each answer it gets as one
JSON line into the directory given here, while the suite runs. This script
then finds each answer's operation (method and path template) and validates
its body, with a JSON Schema validator, against the schema documented for its
status. A changed shape, an undocumented field where the schema is strict, an
undocumented status or an answer to an undocumented route fails the run and
is listed once per operation and status, with the first difference found.

OpenAPI 3.0 schemas are JSON Schema draft 4 with `nullable`; that one keyword
is turned into draft 4 before validating.

usage: validate_responses.py OPENAPI.yaml RESPONSE_DIR
       validate_responses.py --reset RESPONSE_DIR       (empty, before the suite)
       validate_responses.py --self-test OPENAPI.yaml
"""
import json
import pathlib
import re
import shutil
import sys
import warnings

import jsonschema
import yaml

warnings.filterwarnings("ignore", category=DeprecationWarning)  # RefResolver, kept for Debian's 4.10


def draft4(node):
    """The schema tree with OpenAPI's `nullable: true` written as draft 4."""
    if isinstance(node, list):
        return [draft4(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: draft4(value) for key, value in node.items() if key != "nullable"}
    if not node.get("nullable"):
        return converted
    if "enum" in converted and None not in converted["enum"]:
        converted["enum"] = converted["enum"] + [None]
    if "type" in converted and "$ref" not in converted:
        kinds = converted["type"] if isinstance(converted["type"], list) else [converted["type"]]
        converted["type"] = kinds + ["null"]
        return converted
    return {"anyOf": [converted, {"type": "null"}]}


class Contract:
    def __init__(self, document):
        self.document = draft4(document)
        self.resolver = jsonschema.RefResolver.from_schema(self.document)
        self.operations = []  # (method, compiled path pattern, template, operation)
        for template, item in self.document.get("paths", {}).items():
            pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
            for method, operation in item.items():
                if method in ("get", "post", "put", "patch", "delete"):
                    self.operations.append((method.upper(), pattern, template, operation))
        # Literal paths before templated ones: /units/{unitId} must not take /units/mine.
        self.operations.sort(key=lambda entry: entry[2].count("{"))

    def resolve(self, node):
        while isinstance(node, dict) and "$ref" in node:
            _, node = self.resolver.resolve(node["$ref"])
        return node

    def operation(self, method, path):
        for entry_method, pattern, template, operation in self.operations:
            if entry_method == method and pattern.match(path):
                return template, operation
        return None, None

    def problem(self, record):
        """None when the answer matches its documented schema, else why not."""
        path = record["target"].split("?", 1)[0]
        template, operation = self.operation(record["method"], path)
        if operation is None:
            # A route that does not exist answers 404 or 405 as an error, like any other.
            if record["status"] in (404, 405):
                return self.invalid(record["body"], {"$ref": "#/components/schemas/Error"},
                                    f"{record['method']} (no route) {record['status']}")
            return f"{record['method']} {path}", "the route is not in the document"
        key = f"{record['method']} {template} {record['status']}"
        responses = operation.get("responses", {})
        status = str(record["status"])
        response = responses.get(status) or responses.get(status[0] + "XX") or responses.get("default")
        if response is None:
            return key, "the status is not documented for this operation"
        response = self.resolve(response)
        content = response.get("content", {})
        media = content.get("application/json")
        if media is None:
            return key, "answered JSON, but the document gives no JSON schema for this status"
        schema = media.get("schema")
        if schema is None:
            return key, "the JSON answer has no schema"
        return self.invalid(record["body"], schema, key)

    def invalid(self, body, schema, key):
        validator = jsonschema.Draft4Validator(schema, resolver=self.resolver)
        error = jsonschema.exceptions.best_match(validator.iter_errors(body))
        if error is None:
            return None
        where = "/".join(str(part) for part in error.absolute_path) or "(the body)"
        return key, f"at {where}: {error.message[:300]}"


def keys_without_values(node, where=""):
    """Keys whose value is null where OpenAPI allows none: the mark of an unquoted comma in a YAML
    flow mapping ("{description: a, b}" reads as a key "b"), which would silently cut a text."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{where}/{key}"
            if value is None and key not in ("example", "default"):
                found.append(here)
            found += keys_without_values(value, here)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += keys_without_values(value, f"{where}[{index}]")
    return found


def records(directory):
    for file in sorted(pathlib.Path(directory).glob("*.jsonl")):
        with open(file, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield json.loads(line)


def check(contract, answers):
    problems = {}  # key -> (first problem, count)
    checked = 0
    for record in answers:
        checked += 1
        found = contract.problem(record)
        if found is None:
            continue
        key, why = found
        first, count = problems.get(key, (why, 0))
        problems[key] = (first, count + 1)
    return checked, problems


def self_test(contract):
    """The check must fail on a changed shape and pass on a documented one."""
    good = {"method": "GET", "target": "/api/v1/health", "status": 200}
    example = {"status": "ok"}
    cases = [
        (dict(good, body=example), False),
        (dict(good, body=[]), True),  # an array where an object is documented
        (dict(good, body={"status": "ok", "surprise": 1}), True),  # a field the strict schema lacks
        (dict(good, status=299, body=example), True),  # an undocumented status
        ({"method": "GET", "target": "/api/v1/no-such-route", "status": 200, "body": {}}, True),
        ({"method": "GET", "target": "/api/v1/no-such-route", "status": 404, "body": {}}, True),
        ({"method": "GET", "target": "/api/v1/session", "status": 401, "body": {"error": {}}}, True),
        ({"method": "GET", "target": "/api/v1/session", "status": 401,
          "body": {"error": {"code": "not_logged_in", "message": "Log ind."}}}, False),
    ]
    failures = 0
    if keys_without_values(yaml.safe_load("a: {description: one, two}")) != ["/a/two"]:
        failures += 1
        print("self-test: an unquoted comma in a flow mapping went unnoticed")
    for record, should_fail in cases:
        failed = contract.problem(record) is not None
        if failed != should_fail:
            failures += 1
            print(f"self-test: {record} {'passed' if should_fail else 'failed'} unexpectedly")
    print(f"self-test: {len(cases) - failures} of {len(cases)} cases as expected")
    return 1 if failures else 0


def main(arguments):
    if len(arguments) == 2 and arguments[0] == "--reset":
        shutil.rmtree(arguments[1], ignore_errors=True)
        pathlib.Path(arguments[1]).mkdir(parents=True)
        return 0
    if len(arguments) == 2 and arguments[0] == "--self-test":
        document = yaml.safe_load(pathlib.Path(arguments[1]).read_text(encoding="utf-8"))
        for key in keys_without_values(document):
            print(f"{arguments[1]}: {key} has no value (quote a text with a comma in it)")
        return self_test(Contract(document)) or (1 if keys_without_values(document) else 0)
    if len(arguments) != 2:
        print(__doc__)
        return 2
    contract = Contract(yaml.safe_load(pathlib.Path(arguments[0]).read_text(encoding="utf-8")))
    checked, problems = check(contract, records(arguments[1]))
    if checked == 0:
        print(f"no answers recorded in {arguments[1]}: did the HTTP suite run?")
        return 1
    for key in sorted(problems):
        why, count = problems[key]
        print(f"{key}: {why} ({count} answer{'s' if count != 1 else ''})")
    print(f"{checked} answers checked against {arguments[0]}; {len(problems)} operation/status pairs differ")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
