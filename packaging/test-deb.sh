#!/usr/bin/env bash
# The Debian package, tested as a writer gets it: build dist/slidewright_VERSION_amd64.deb from this
# checkout, check it with lintian, install it with apt, use the installed command (check, export)
# and window (as root and as an ordinary user, preview read back), time its start beside the
# developer install, then purge it and show that nothing of it is left on the machine.
#
# Run as root on Debian 12 after the README's set-up (.ci/run does, every time). The package is
# purged at the end even when a step fails; the test account it may create is removed again.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
python="$root/.venv/bin/python"   # reads the preview back (Pillow) and is the developer install
id=io.github.slidewright.Slidewright
user=slidewright-test
export DEBIAN_FRONTEND=noninteractive

step() { printf '\n== %s\n' "$*"; }
ok() { printf 'ok: %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root: this installs and purges a package"
[ -x "$python" ] || fail "no developer install at .venv (run the README's set-up first)"
dpkg -s slidewright >/dev/null 2>&1 && fail "a slidewright package is already installed here; purge it first"

created_user=0
scratch=$(mktemp -d)
cleanup() {
  if dpkg -s slidewright >/dev/null 2>&1; then apt-get purge -y -qq slidewright >/dev/null 2>&1 || true; fi
  if [ "$created_user" = 1 ]; then userdel "$user" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT

step "build"
packaging/build-deb.sh "$@"   # --reuse-env: keep the last build's environment
version=$(sed -n 's/^__version__ = "\(.*\)".*/\1/p' desktop/slidewright/__init__.py)
deb="$root/dist/slidewright_${version}_amd64.deb"
[ -f "$deb" ] || fail "$deb was not written"
ok "$(basename "$deb"): $(du -k "$deb" | awk '{printf "%.1f MB", $1/1024}')"

step "lintian"
lintian --fail-on error,warning --info "$deb" || fail "lintian (overrides are explained in packaging/README.md)"
ok "lintian: no errors or warnings"

step "install: apt-get install ./$(basename "$deb")"
# What of the package's paths exists before it is installed (/opt, /usr/share/icons/hicolor/…):
# after the purge everything else must be gone.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|; s|/$||' | grep -v '^$' >"$scratch/paths.txt"
while read -r path; do if [ -e "$path" ] || [ -L "$path" ]; then echo "$path"; fi; done <"$scratch/paths.txt" >"$scratch/existed.txt"
if ! apt-get install -y -qq "$deb" >"$scratch/apt.log" 2>&1; then
  apt-get update -qq && apt-get install -y -qq "$deb" >"$scratch/apt.log" 2>&1 || { cat "$scratch/apt.log"; fail "apt-get install"; }
fi
ok "installed $(dpkg-query -W -f '${Package} ${Version}, Installed-Size ${Installed-Size} KiB' slidewright); /opt/slidewright now $(du -sm /opt/slidewright | cut -f1) MB with its compiled .pyc"

step "the installed command"
[ "$(command -v slidewright)" = /usr/bin/slidewright ] || fail "slidewright on PATH is $(command -v slidewright)"
got=$(slidewright --version)
[ "$got" = "slidewright $version" ] || fail "--version says '$got', the package is $version"
ok "slidewright --version: $got"
# The sample travels inside the wheel, so these use the copy the package installed.
sample=$(echo /opt/slidewright/lib/python3.*/site-packages/slidewright/resources/sample/harbour-towns)
[ -f "$sample/index.md" ] || fail "the installed package has no sample article"
status=0
slidewright check "$sample" >"$scratch/check.txt" || status=$?
[ "$status" -le 1 ] || { cat "$scratch/check.txt"; fail "slidewright check exited $status"; }
ok "slidewright check on the installed sample: exit $status, $(wc -l <"$scratch/check.txt") lines of findings"
slidewright export "$sample" -o "$scratch/sample.html"
grep -q '<h1[^>]*>Nine Harbour Towns' "$scratch/sample.html" || fail "the exported page has no article title"
images=$(grep -o 'src="data:image/' "$scratch/sample.html" | wc -l)
[ "$images" -ge 3 ] || fail "the exported page carries $images images"
ok "slidewright export: $(du -k "$scratch/sample.html" | cut -f1) KB page with the title and $images embedded images"

step "desktop integration"
desktop-file-validate "/usr/share/applications/$id.desktop" || fail "desktop entry"
appstreamcli validate --no-net --pedantic "/usr/share/metainfo/$id.metainfo.xml" >"$scratch/as.txt" \
  || { cat "$scratch/as.txt"; fail "AppStream metainfo"; }
grep -q "<release version=\"$version\"" "/usr/share/metainfo/$id.metainfo.xml" || fail "metainfo lacks release $version"
for size in 16 22 24 32 48 64 128 256 512; do
  icon="/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
  [ "$("$python" -c 'import sys; from PIL import Image; print(*Image.open(sys.argv[1]).size)' "$icon")" = "$size $size" ] \
    || fail "$icon is missing or not ${size}x${size}"
done
[ -f "/usr/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "no scalable icon"
grep -q '^[0-9]*:text/x-slidewright-article:index.md' /usr/share/mime/globs2 || fail "the MIME database does not know index.md"
grep -q '^text/x-slidewright-article=.*'"$id"'.desktop' /usr/share/applications/mimeinfo.cache || fail "the desktop database does not offer Slidewright for articles"
grep -q '^[0-9]*:text/markdown:\*\.md' /usr/share/mime/globs2 || fail "*.md is no longer text/markdown"
ok "desktop entry, AppStream (release $version), icons 16-512 + scalable, index.md -> text/x-slidewright-article -> $id.desktop"

step "the installed window, offscreen, preview read back"
"$python" packaging/check_window.py --label "installed /usr/bin/slidewright" --sample /usr/bin/slidewright
if ! id "$user" >/dev/null 2>&1; then
  useradd --no-create-home --shell /usr/sbin/nologin "$user"
  created_user=1
fi
"$python" packaging/check_window.py --user "$user" --label "installed /usr/bin/slidewright" --sample /usr/bin/slidewright

step "start to first painted preview: installed beside the developer install (same run, alternating)"
# Both as root: the developer .venv is root's, and its interpreter may live where only root can
# reach it (a pyenv build under /root), so an ordinary user could not start it at all.
for round in 1 2 3; do
  "$python" packaging/check_window.py --label "installed  (round $round)" --sample /usr/bin/slidewright
  "$python" packaging/check_window.py --label "developer .venv (round $round)" --sample "$root/.venv/bin/slidewright"
done

step "purge"
apt-get purge -y -qq slidewright >"$scratch/purge.log" 2>&1 || { cat "$scratch/purge.log"; fail "apt-get purge"; }
if dpkg -L slidewright >/dev/null 2>&1; then fail "dpkg still lists files of slidewright"; fi
ok "dpkg -L slidewright: $(dpkg -L slidewright 2>&1 | head -1)"
left=$(while read -r path; do
  if { [ -e "$path" ] || [ -L "$path" ]; } && ! grep -qxF "$path" "$scratch/existed.txt"; then echo "$path"; fi
done <"$scratch/paths.txt")
[ -z "$left" ] || fail "left behind after purge: $left"
[ ! -e /opt/slidewright ] || fail "/opt/slidewright is still there: $(find /opt/slidewright | head)"
named=$(find /opt /usr /etc /var/lib/dpkg/info -iname '*slidewright*' 2>/dev/null || true)
[ -z "$named" ] || fail "files named for slidewright left behind: $named"
caches=$(grep -l -i slidewright /usr/share/applications/mimeinfo.cache /usr/share/mime/globs2 /usr/share/mime/types 2>/dev/null || true)
[ -z "$caches" ] || fail "slidewright still named in $caches"
ok "nothing left: no package files, no /opt/slidewright, nothing named slidewright under /opt /usr /etc, MIME and desktop caches clean"
printf '\nPackage test passed.\n'
