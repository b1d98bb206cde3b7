#!/usr/bin/env bash
# Regenerate the locks in requirements/ from pyproject.toml (`make lock`), or with --check fail when they are out
# of date (`make lock-check`, run by CI and pre-commit). Versions already locked are kept unless pyproject.toml pins
# otherwise; UPGRADE=1 moves every transitive dependency to its newest release. A lock is rewritten only when its
# content changes, so make does not reinstall for nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export UV_PYTHON_DOWNLOADS=never
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/requirements"
cp pyproject.toml "$work/"
cp requirements/*.txt "$work/requirements/" 2>/dev/null || true

compile() {
    "$repo/.venv/bin/uv" pip compile --quiet --python "$repo/.venv/bin/python" --python-version 3.11.5 \
        --generate-hashes --custom-compile-command "make lock" ${UPGRADE:+--upgrade} "$@"
}
(
    cd "$work"
    compile pyproject.toml -o requirements/runtime.txt
    compile pyproject.toml --group test --group dev -c requirements/runtime.txt -o requirements/dev.txt
    compile --group tools -o requirements/uv.txt
)

stale=0
for name in runtime dev uv; do
    if ! cmp -s "$work/requirements/$name.txt" "requirements/$name.txt"; then
        if [[ "${1:-}" == "--check" ]]; then
            echo "requirements/$name.txt is out of date with pyproject.toml: run 'make lock'" >&2
            stale=1
        else
            cp "$work/requirements/$name.txt" "requirements/$name.txt"
            echo "Wrote requirements/$name.txt"
        fi
    fi
done
exit $stale
