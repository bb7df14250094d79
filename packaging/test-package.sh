#!/usr/bin/env bash
# Packages a configured build directory as .deb and .tar.gz, checks what the
# .deb declares, unpacks it into a clean prefix and runs both programs from
# there on the bundled sample (hplx under Xvfb, as a screenshot).
# Usage: packaging/test-package.sh BUILD_DIR
set -euo pipefail
build=$(realpath "${1:?usage: test-package.sh BUILD_DIR}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$build"
rm -f hplx_*.deb hplx-*.tar.gz
cpack -G DEB >"$work/cpack-deb.log" || { cat "$work/cpack-deb.log"; exit 1; }
cpack -G TGZ >"$work/cpack-tgz.log" || { cat "$work/cpack-tgz.log"; exit 1; }
deb=$(ls hplx_*.deb)
tgz=$(ls hplx-*.tar.gz)
echo "test-package: built $deb ($(du -h "$deb" | cut -f1)) and $tgz"

fail() { echo "test-package: $*" >&2; exit 1; }

# What the package declares: its dependencies must resolve on this system.
echo "test-package: Depends: $(dpkg-deb -f "$deb" Depends)"
apt-get install --simulate -qq "./$deb" >"$work/simulate.log" 2>&1 \
  || { cat "$work/simulate.log"; fail "the declared dependencies do not resolve"; }

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/hplx ./usr/bin/hplx-cli ./usr/share/applications/org.hplx.Hplx.desktop \
            ./usr/share/icons/hicolor/scalable/apps/org.hplx.Hplx.svg \
            ./usr/share/metainfo/org.hplx.Hplx.metainfo.xml ./usr/share/man/man1/hplx-cli.1.gz \
            ./usr/share/man/man1/hplx.1.gz ./usr/share/hplx/samples/sample.db; do
  grep -q " $path\$" <<<"$contents" || fail "$deb lacks $path"
done
listing=$(tar -tzf "$tgz")
grep -q "/bin/hplx-cli$" <<<"$listing" || fail "$tgz lacks bin/hplx-cli"

prefix="$work/prefix"
dpkg-deb -x "$deb" "$prefix"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$prefix/usr/share/applications/org.hplx.Hplx.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain "$prefix/usr/share/metainfo/org.hplx.Hplx.metainfo.xml" >/dev/null \
    || fail "the AppStream metainfo does not validate"
fi
zcat "$prefix/usr/share/man/man1/hplx-cli.1.gz" | groff -man -ww -z - || fail "hplx-cli.1 has roff errors"

# Run from the prefix: nothing of the build or source tree is used.
info=$("$prefix/usr/bin/hplx-cli" info "$prefix/usr/share/hplx/samples/sample.db")
grep -q "108 landscape(s)" <<<"$info" || { echo "$info"; fail "hplx-cli info did not list the sample"; }
echo "test-package: hplx-cli info: $(head -1 <<<"$info")"

export XDG_CONFIG_HOME="$work/config" HPLX_CACHE_DIR="$work/cache"
unset HPLX_SAMPLE_DB
shot="$work/shot.png"
xvfb-run -a -s "-screen 0 1280x1024x24" "$prefix/usr/bin/hplx" --landscape 25 --screenshot "$shot" --quit \
  || fail "hplx --screenshot failed"
size=$(stat -c %s "$shot" 2>/dev/null || echo 0)
[ "$size" -gt 20000 ] || fail "the screenshot is missing or empty ($size bytes)"
echo "test-package: hplx --screenshot wrote $size bytes; the package installs and runs"
