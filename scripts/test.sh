#!/usr/bin/env bash
# The README's test command: bash scripts/test.sh [pytest arguments...]
# Installs the pinned test requirements, installs Debian's Chromium for the browser tests if it is
# missing (never `playwright install`: that downloads a browser of its own), Debian's nginx for
# the load-balancer test if it is missing, a Chinese and a Japanese font (fonts-noto-cjk) and a
# colour emoji font (fonts-noto-color-emoji) if fontconfig knows none, node, the formula
# checker's npm packages and axe-core (tests/axe), then runs pytest over tests/ (unit, AppTest
# and real-browser tests). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

python -m pip install --disable-pip-version-check --quiet -r requirements-test.txt

sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
apt_wait=(-o DPkg::Lock::Timeout=600)  # wait for another apt/dpkg run instead of failing on its lock
apt_updated=
apt_install() {  # apt_install PACKAGE: one Debian package, quietly; the index is updated once
    if [ -z "$apt_updated" ]; then
        "${sudo[@]}" apt-get "${apt_wait[@]}" update -qq
        apt_updated=1
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get "${apt_wait[@]}" install -y -qq "$1"
}

if [ ! -x /usr/bin/chromium ] && ! command -v apt-get >/dev/null; then
    echo "test.sh: no /usr/bin/chromium and no apt-get: the browser tests cannot run here" >&2
elif [ ! -x /usr/bin/chromium ]; then
    echo "test.sh: /usr/bin/chromium is missing; installing Debian's chromium" >&2
    apt_install chromium
fi

# tests/deploy/test_nginx.py runs Debian's nginx in front of two replicas (its own nginx, on
# loopback ports: the package's system service is not used).
have_nginx=
if [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null; then have_nginx=1; fi
if [ -z "$have_nginx" ] && ! command -v apt-get >/dev/null; then
    echo "test.sh: no nginx and no apt-get: the nginx integration test will be skipped" >&2
elif [ -z "$have_nginx" ]; then
    echo "test.sh: nginx is missing; installing Debian's nginx" >&2
    apt_install nginx
fi

# The 繁體中文 and 日本語 pages need a Chinese and a Japanese font, or the browser tests'
# screenshots show empty boxes; Debian's fonts-noto-cjk has both (Noto Sans CJK TC and JP).
# (Variables, not `fc-list | grep -q`: with pipefail, grep quitting early fails the pipe.)
zh_fonts="$(fc-list :lang=zh 2>/dev/null || true)"
ja_fonts="$(fc-list :lang=ja 2>/dev/null || true)"
if { [ -z "$zh_fonts" ] || [ -z "$ja_fonts" ]; } && ! command -v apt-get >/dev/null; then
    echo "test.sh: no Chinese or no Japanese font and no apt-get: 繁體中文 or 日本語" \
        "screenshots will show boxes" >&2
elif [ -z "$zh_fonts" ] || [ -z "$ja_fonts" ]; then
    echo "test.sh: no Chinese or no Japanese font (fc-list :lang=zh, :lang=ja);" \
        "installing Debian's fonts-noto-cjk" >&2
    apt_install fonts-noto-cjk
fi

# The page icons in the navigation are emoji: without a colour emoji font headless Chromium
# draws them as empty boxes in the screenshots.
emoji_fonts="$(fc-list 'Noto Color Emoji' 2>/dev/null || true)"
if [ -z "$emoji_fonts" ] && command -v apt-get >/dev/null; then
    echo "test.sh: no colour emoji font; installing Debian's fonts-noto-color-emoji" >&2
    apt_install fonts-noto-color-emoji
fi

# tests/ui/test_formulas_katex.py renders every formula with node and the KaTeX that Streamlit
# bundles: Debian's nodejs if node is missing, then the pinned packages of tests/katex (npm ci,
# into its git-ignored node_modules; again whenever package-lock.json changed).
if ! command -v node >/dev/null && ! command -v apt-get >/dev/null; then
    echo "test.sh: no node and no apt-get: the formula tests cannot run here" >&2
elif ! command -v node >/dev/null; then
    echo "test.sh: node is missing; installing Debian's nodejs and npm" >&2
    apt_install nodejs
    apt_install npm
fi
# tests/e2e/test_accessibility_in_browser.py injects the pinned axe-core of tests/axe the same way.
for npm_dir in tests/katex tests/axe; do
    if command -v npm >/dev/null && { [ ! -f "$npm_dir/node_modules/.package-lock.json" ] ||
        [ "$npm_dir/package-lock.json" -nt "$npm_dir/node_modules/.package-lock.json" ]; }; then
        npm ci --prefix "$npm_dir" --no-audit --no-fund --loglevel=error
    fi
done

# The tests run a Streamlit server and Chromium beside pytest on the same cores: one BLAS thread
# each, or OpenBLAS's spinning threads slow every process down many times over.
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"
# Two pytest-xdist workers, a group of tests each at a time: a test file, or a finer group a file
# marks (tests/conftest.py: the browser visits are a group per page, or their file alone would
# keep one worker busy long after the other finished). The suite waits on browsers and servers
# much of the time, and on this 2-core machine it took 373 s with two workers against about
# 550 s in one process (4 workers: 458 s). TEST_WORKERS=0 runs everything in one process.
exec python -m pytest -n "${TEST_WORKERS:-2}" --dist loadgroup "$@"
