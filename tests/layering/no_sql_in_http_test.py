#!/usr/bin/env python3
"""The HTTP layer holds no SQL (architecture.md; issue 12): it turns requests
into calls of the store's named queries, never into SQL of its own.

Fails on any line under src/http that builds SQL: a store::select<T> with a
where-fragment, a raw .query( / .execute( on a connection, or a string literal
with SQL in it. The patterns are checked against known lines first, so a
pattern that stopped matching fails too.

Usage: no_sql_in_http_test.py REPOSITORY_ROOT
"""
import pathlib
import re
import sys

SQL_LINE = re.compile(
    r"store::select<|\b(sql|connection)(\.|->)(query|execute|execute_script)\("
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
]
MUST_NOT_MATCH = [
    'for (const auto& ward : store::select_all<Ward>(sql)) wards[ward.id] = ward.psychiatric;',
    'return make_error(ErrorKind::bad_input, "invalid_scope", "Vælg unit eller national.", "scope");',
    'const auto courses = store::list_courses(sql, scope, context.query("state"));',
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
        print("SQL belongs in src/store (a named query), not in src/http:")
        print("\n".join(problems))
        return 1
    print(f"no SQL in the {len(files)} files of src/http")
    return 0


if __name__ == "__main__":
    sys.exit(main())
