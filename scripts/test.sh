#!/usr/bin/env bash
# The README's test command: bash scripts/test.sh [pytest arguments...]
# Installs the pinned test requirements, installs Debian's Chromium for the browser tests if it is
# missing (never `playwright install`: that downloads a browser of its own), then runs pytest over
# tests/ (unit, AppTest and real-browser tests). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

python -m pip install --disable-pip-version-check --quiet -r requirements-test.txt

if [ ! -x /usr/bin/chromium ] && ! command -v apt-get >/dev/null; then
    echo "test.sh: no /usr/bin/chromium and no apt-get: the browser tests cannot run here" >&2
elif [ ! -x /usr/bin/chromium ]; then
    echo "test.sh: /usr/bin/chromium is missing; installing Debian's chromium" >&2
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
    # Wait for another apt/dpkg run instead of failing on its lock.
    apt_wait=(-o DPkg::Lock::Timeout=600)
    "${sudo[@]}" apt-get "${apt_wait[@]}" update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get "${apt_wait[@]}" install -y -qq chromium
fi

exec python -m pytest "$@"
