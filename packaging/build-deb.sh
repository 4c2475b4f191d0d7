#!/usr/bin/env bash
# Build dist/slidewright_VERSION_amd64.deb for Debian 12 from a clean checkout.
#
# The application is a private virtual environment at /opt/slidewright made from the project's
# wheel by Debian's own Python 3.11 (not a PyInstaller bundle: the wheel is the same artefact the
# tests install, Python and its standard library come from Debian's security updates, and the
# package is about the same size; see packaging/README.md for the figures).
#
# Needs (Debian packages): python3-venv dpkg-dev (dpkg-shlibdeps, objdump) librsvg2-bin, and PyPI for the wheel's
# dependencies. Writes only build/deb/ and dist/. Set LINTIAN=1 to run lintian on the result.
# --reuse-env skips the wheel and the environment when build/deb/ has them (packaging work only).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
python=/usr/bin/python3           # Debian's interpreter: the venv is tied to it (Depends below)
prefix=/opt/slidewright
id=io.github.slidewright.Slidewright
work="$root/build/deb"
stage="$work/root"

for tool in rsvg-convert dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "build-deb: $tool is missing (apt-get install librsvg2-bin dpkg-dev)" >&2; exit 2; }
done
"$python" -c 'import ensurepip, venv' 2>/dev/null || { echo "build-deb: python3-venv is missing" >&2; exit 2; }

# --reuse-env keeps the last build's wheel and environment (for work on the packaging only).
if [ "${1:-}" = --reuse-env ] && [ -d "$work/root/opt" ]; then
  reuse=1
  find "$work/root" -mindepth 1 -maxdepth 1 ! -name opt -exec rm -rf {} +
  rm -rf "$work/shlibs"
else
  reuse=0
  rm -rf "$work"
fi
mkdir -p "$work" "$root/dist"

if [ "$reuse" = 0 ]; then
  echo "== wheel (python -m build)"
  "$python" -m venv "$work/tools"
  "$work/tools/bin/pip" install -q --disable-pip-version-check build >"$work/pip.log" 2>&1 \
    || { cat "$work/pip.log" >&2; exit 1; }
  "$work/tools/bin/python" -m build --wheel --outdir "$work/wheel" "$root" >"$work/wheel.log" 2>&1 \
    || { cat "$work/wheel.log" >&2; exit 1; }
  wheel=$(ls "$work"/wheel/slidewright-*.whl)
  version=$(basename "$wheel" | cut -d- -f2)   # from slidewright/__init__.py, through pyproject
  echo "   $(basename "$wheel")"

  echo "== private environment at $prefix"
  # Built in the staging folder and then told where it will live: only the scripts' #! lines and
  # pyvenv.cfg name the folder. No .pyc files are shipped (they would name the staging folder in
  # tracebacks); postinst compiles them in place and prerm removes them.
  app="$stage$prefix"
  "$python" -m venv "$app"
  "$app/bin/pip" install -q --disable-pip-version-check --no-compile "$wheel" >"$work/pip.log" 2>&1 \
    || { cat "$work/pip.log" >&2; exit 1; }
  "$app/bin/pip" uninstall -q -y pip setuptools
  rm -f "$app"/bin/activate* "$app"/bin/Activate.ps1 "$app"/bin/pip* "$app"/bin/pyside6-* "$app"/bin/shiboken6*
  find "$app" -name __pycache__ -prune -exec rm -rf {} +
  find "$app" -name direct_url.json -delete    # names the build folder's wheel
  grep -rlI --null "$app" "$app" | xargs -0 -r sed -i "s|$app|$prefix|g"
  if grep -rlI "$stage" "$app"; then echo "build-deb: the staging path is still named above" >&2; exit 1; fi
  # Qt's tools for developers (Designer, Linguist, the QML tooling...) are never run by the app,
  # and most of Qt is never loaded by it (trim_qt.py says what stays and why).
  site=$(echo "$app"/lib/python3.*/site-packages)
  rm -rf "$site"/PySide6/{designer,assistant,linguist,lupdate,lrelease,qmllint,qmlformat,qmlls,balsam,balsamui,qsb,svgtoqml,qmlcachegen,qmlimportscanner,qmltyperegistrar,rcc,uic}
  rm -rf "$site"/PySide6/{examples,include,glue,typesystems,scripts} "$site"/PySide6/Qt/{qml,metatypes,lib/cmake}
  rm -f "$site"/PySide6/Qt/libexec/{rcc,uic,qmlcachegen,qmlimportscanner,qmltyperegistrar,qmlaotstats}
  "$python" packaging/debian/trim_qt.py "$site"
  # c2pa-python's wheel carries the Rust static library it was linked from (31 MB, never loaded:
  # the app loads libc2pa_c.so) and its build's dependency list
  rm -f "$site"/c2pa/libs/*.rlib "$site"/c2pa/libs/*.d
fi
wheel=$(ls "$work"/wheel/slidewright-*.whl)
version=$(basename "$wheel" | cut -d- -f2)   # from slidewright/__init__.py, through pyproject
app="$stage$prefix"

# As Debian's own packages are: binaries without symbols, shared objects and Python files not
# executable (wheels are zips and keep whatever bits their makers had), only the app's command.
site=$(echo "$app"/lib/python3.*/site-packages)
find "$app" -type f -name '*.so*' -exec strip --strip-unneeded --remove-section=.comment {} +
find "$site" -type f -perm /111 ! -path '*/Qt/libexec/*' -exec chmod a-x {} +
find "$app/bin" -type f ! -name slidewright -delete

echo "== desktop integration"
share="$stage/usr/share"
install -Dm644 packaging/linux/$id.desktop "$share/applications/$id.desktop"
install -Dm644 packaging/linux/$id.svg "$share/icons/hicolor/scalable/apps/$id.svg"
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  rsvg-convert -w $size -h $size packaging/linux/$id.svg -o "$share/icons/hicolor/${size}x${size}/apps/$id.png"
done
install -Dm644 packaging/linux/$id.mime.xml "$share/mime/packages/$id.xml"
mkdir -p "$share/metainfo"
"$python" packaging/debian/releases.py metainfo packaging/linux/$id.metainfo.xml CHANGELOG.md "$version" \
  >"$share/metainfo/$id.metainfo.xml"
install -Dm644 packaging/debian/slidewright.1 "$share/man/man1/slidewright.1"
gzip -9n "$share/man/man1/slidewright.1"
install -Dm644 packaging/debian/copyright "$share/doc/slidewright/copyright"
"$python" packaging/debian/releases.py changelog CHANGELOG.md "$version" | gzip -9n >"$share/doc/slidewright/changelog.gz"
install -Dm644 packaging/debian/lintian-overrides "$share/lintian/overrides/slidewright"
mkdir -p "$stage/usr/bin"
ln -s "$prefix/bin/slidewright" "$stage/usr/bin/slidewright"

echo "== control"
mkdir -p "$stage/DEBIAN"
for script in postinst prerm postrm; do
  install -m755 packaging/debian/$script "$stage/DEBIAN/$script"
done
# The Qt and Chromium libraries come inside PySide6's wheel; what they link from the system is
# read off the ELF files themselves by dpkg-shlibdeps, so Depends follows the wheel's real needs.
mkdir -p "$work/shlibs/debian"
printf 'Source: slidewright\n\nPackage: slidewright\nArchitecture: amd64\n' >"$work/shlibs/debian/control"
mapfile -t elves < <(find "$app" -type f \( -name '*.so*' -o -path '*/libexec/*' \) -exec sh -c 'head -c4 "$1" | grep -q ELF' _ {} \; -print)
libdirs=$(find "$app" -type f -name '*.so*' -printf '%h\n' | sort -u | sed 's/^/-l/')
# shellcheck disable=SC2086
(cd "$work/shlibs" && dpkg-shlibdeps -T"$work/shlibs/substvars" --ignore-missing-info $libdirs "${elves[@]}" 2>"$work/shlibdeps.log") \
  || { cat "$work/shlibdeps.log" >&2; exit 1; }
sed -n 's/^shlibs:Depends=//p' "$work/shlibs/substvars" >"$work/shlibs.depends"
[ -s "$work/shlibs.depends" ] || { echo "build-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
# Loaded by name at run time, so not in any ELF's needs: Enchant (pyenchant, ctypes), ExifTool
# (a command), and the xcb cursor library Qt 6.5+ asks for before it will use X11. The
# environment's python is a link to /usr/bin/python3, which must stay Python 3.11.
depends="python3.11, python3 (>= 3.11), python3 (<< 3.12), $(cat "$work/shlibs.depends"), libenchant-2-2, libimage-exiftool-perl, libxcb-cursor0"
installed=$(du -sk --apparent-size "$stage" --exclude=DEBIAN | cut -f1)
cat >"$stage/DEBIAN/control" <<CONTROL
Package: slidewright
Version: $version
Architecture: amd64
Maintainer: Slidewright developers <maintainers@users.noreply.r-seed-687f1904.example>
Installed-Size: $installed
Depends: $depends
Recommends: hunspell-en-us | hunspell-dictionary, xdg-utils
Suggests: hugo, jekyll
Section: editors
Priority: optional
Homepage: https://github.com/slidewright/slidewright
Description: desktop authoring for slideshow articles
 Slidewright edits slideshow articles: a title, a short intro and an ordered
 run of slides, each with a heading, one image, its credit line and a few
 paragraphs. It has a slide list, an editor, a live preview rendered by the
 same code as the export, an image-credit checker, and exports to HTML, Hugo,
 Jekyll and Media RSS, or publishes to WordPress.
 .
 Articles are Markdown page bundles (a folder with index.md and its images)
 that Hugo and Jekyll read directly.
CONTROL
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum >DEBIAN/md5sums)
chmod 644 "$stage/DEBIAN/md5sums" "$stage/DEBIAN/control"

echo "== package"
deb="$root/dist/slidewright_${version}_amd64.deb"
# xz -6 as Debian's own packages; COMPRESS=gzip builds in a fraction of the time (for trying
# changes to the packaging; the package is ~30% larger).
dpkg-deb --root-owner-group -Z"${COMPRESS:-xz}" -z6 --build "$stage" "$deb" >/dev/null
echo "   $deb: $(du -m "$deb" | cut -f1) MB, installed $((installed / 1024)) MB"
if [ "${LINTIAN:-0}" = 1 ]; then
  lintian --fail-on error,warning "$deb"
fi
