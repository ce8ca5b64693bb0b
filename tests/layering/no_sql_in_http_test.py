#!/usr/bin/env python3
"""The HTTP layer holds no SQL and does not reach the store (architecture.md;
issue 12): it turns requests into service calls (src/service), and the
services load, decide, save and audit.

Fails on any line under src/http that builds SQL (a raw .query( / .execute(
on a connection, or a string literal with SQL in it) or calls the store (any
store::function( or store::function<T>( — the store's data types, such as
store::AuditEntry, may be named). The patterns are checked against known
lines first, so a pattern that stopped matching fails too.

Usage: no_sql_in_http_test.py REPOSITORY_ROOT
"""
import pathlib
import re
import sys

SQL_LINE = re.compile(
    r"\bstore::[a-z_][a-z0-9_]*\s*[<(]|\b(sql|connection)(\.|->)(query|execute|execute_script)\("
    r"|\"[^\"]*\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|WHERE|IS NULL|IS NOT NULL)\b[^\"]*\""
    r"|\"[^\"]*\b[a-z_]+ (=|<>|<=|>=|<|>) \?[^\"]*\""
    r"|\"[^\"]*\bIN \([^\"]*\"")

# Lines of the kinds that were moved out of src/http, and lines that must pass.
MUST_MATCH = [
    'for (const auto& c : store::select<Course>(sql, where, params)) {',
    'const auto rows = sql.query("SELECT id FROM citizens WHERE cpr_key = ?", {key});',
    'sql.execute("UPDATE citizens SET cpr_key = ? WHERE id = ?", {key, id});',
    'where += " AND state = ?";',
    '? "citizen_id IN (SELECT id FROM citizens WHERE municipality_id = ?)"',
    'std::string where = "move_in IS NOT NULL AND move_in >= ? AND move_in <= ?";',
    'connection->execute(text);',
    'for (const auto& ward : store::select_all<Ward>(sql)) wards[ward.id] = ward.psychiatric;',
    'const auto courses = store::list_courses(sql, scope, context.query("state"));',
    'auto unit = store::load<Unit>(sql, unit_id.value());',
    'store::insert(sql, referral.value());',
    'facts = store::read_consistently(pool, snapshot, [&](store::SqlConnection& sql) {',
]
MUST_NOT_MATCH = [
    'return make_error(ErrorKind::bad_input, "invalid_scope", "Vælg unit eller national.", "scope");',
    'const auto courses = service::list_courses(context, context.query("state"));',
    '} catch (const store::SqlError&) {',
    'std::vector<store::AuditEntry> before_answer;',
    '// SELECT in a comment is not code',
]


def sql_lines(path):
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if SQL_LINE.search(line.split("//", 1)[0]):
            found.append((number, line.strip()))
    return found


def main():
    problems = [f"pattern misses: {line}" for line in MUST_MATCH if not SQL_LINE.search(line)]
    problems += [f"pattern matches: {line}" for line in MUST_NOT_MATCH if SQL_LINE.search(line.split("//", 1)[0])]
    http = pathlib.Path(sys.argv[1]) / "src" / "http"
    files = sorted(list(http.rglob("*.cpp")) + list(http.rglob("*.hpp")))
    if len(files) < 20:
        problems.append(f"only {len(files)} files under {http}: wrong root?")
    for path in files:
        for number, text in sql_lines(path):
            problems.append(f"src/http/{path.relative_to(http).as_posix()}:{number}: {text}")
    if problems:
        print("SQL belongs in src/store (a named query), and only src/service calls it, not src/http:")
        print("\n".join(problems))
        return 1
    print(f"no SQL and no store call in the {len(files)} files of src/http")
    return 0


if __name__ == "__main__":
    sys.exit(main())
