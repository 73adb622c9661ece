#!/usr/bin/env bash
# Build the planner as a desktop application for Linux x86_64:
#   build/bundle/campaign-planner/                       PyInstaller one-folder bundle
#   dist/campaign-planner-<version>-linux-x86_64.tar.gz  that folder (run ./campaign-planner;
#                                                        ./campaign-planner install-desktop adds
#                                                        it to the desktop's menu)
#   dist/campaign-planner_<version>_amd64.deb            the bundle in /opt/campaign-planner,
#                                                        /usr/bin/campaign-planner, and the menu
#                                                        entry, icons, MIME type and AppStream
#                                                        metadata under /usr/share
# The bundle is made from a runtime-only virtual environment (build/bundle-venv: the
# project's wheel and its dependencies, no scipy, no test tools, PyInstaller only there);
# packaging/campaign-planner.spec leaves out what the planner never loads. It needs the
# glibc of the machine it was built on or newer (Debian 12: 2.36).
#   bash packaging/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
BUILD=build
VENV=$BUILD/bundle-venv
BUNDLE=$BUILD/bundle/campaign-planner
APP_ID=io.github.campaignplanner.CampaignPlanner
PYINSTALLER="pyinstaller>=6.10,<7"

# Tools: objdump (binutils) for PyInstaller, strip, dpkg-deb, venv support.
need=()
command -v objdump >/dev/null 2>&1 && command -v strip >/dev/null 2>&1 || need+=(binutils)
command -v dpkg-deb >/dev/null 2>&1 || need+=(dpkg)
"$PY" -c 'import ensurepip, venv' >/dev/null 2>&1 || need+=(python3-venv)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing system packages: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "Please install these system packages first (as root): apt-get install ${need[*]}" >&2
    exit 1
  fi
fi

echo "== runtime environment ($VENV)"
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
pip=("$VENV/bin/python" -m pip -q --disable-pip-version-check)

echo "== wheel"
rm -rf "$BUILD/src" "$BUILD/wheel"
mkdir -p "$BUILD/src" "$BUILD/wheel"
# from a clean copy: setuptools' own build/ folder in the checkout could carry stale files
cp -r pyproject.toml README.md gui resources "$BUILD/src/"
find "$BUILD/src" \( -name __pycache__ -o -name '*.egg-info' \) -prune -exec rm -rf {} +
"${pip[@]}" wheel --no-deps "$BUILD/src" -w "$BUILD/wheel"
wheel=$(ls "$BUILD"/wheel/campaign_planner-*.whl)

stamp=$VENV/.installed-$(cat pyproject.toml | sha1sum | cut -c1-12)
if [ ! -f "$stamp" ]; then
  "${pip[@]}" install "$wheel" "$PYINSTALLER"
  touch "$stamp"
fi
"${pip[@]}" install --force-reinstall --no-deps "$wheel"
for unwanted in scipy pytest hypothesis ruff mypy; do
  if "${pip[@]}" show "$unwanted" >/dev/null 2>&1; then
    echo "$VENV holds $unwanted: remove $VENV and build again" >&2
    exit 1
  fi
done
version=$("$VENV/bin/python" -c 'import campaign_planner; print(campaign_planner.__version__)')
name=campaign-planner-$version-linux-x86_64

echo "== bundle ($BUNDLE)"
rm -rf "$BUILD/bundle"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$BUILD/bundle" --workpath "$BUILD/pyinstaller" \
  packaging/campaign-planner.spec
# Python's own libraries carry debugging information on some hosts (23 MB in libpython alone)
strip --strip-debug "$BUNDLE"/_internal/libpython3*.so* "$BUNDLE"/_internal/python3*/lib-dynload/*.so
"$BUNDLE/campaign-planner" --version

# The system libraries the bundle uses but does not carry (PyInstaller leaves out glibc,
# libGL/libEGL and libxcb on purpose); a new one must be added to the .deb's Depends.
needed=$(find "$BUNDLE" -type f -name '*.so*' -print0 | xargs -0 readelf -d 2>/dev/null \
         | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | sort -u)
carried=$(find "$BUNDLE" -name '*.so*' -printf '%f\n' | sort -u)
system=$(comm -23 <(echo "$needed") <(echo "$carried"))
known='^(ld-linux-x86-64\.so\.2|lib(c|m|dl|pthread|rt|resolv|util)\.so\.[0-9]+|libGL\.so\.1|libEGL\.so\.1|libxcb\.so\.1|libwayland-(client|cursor|egl)\.so\.[0-9]+)$'
unknown=$(echo "$system" | grep -Ev "$known" || true)
if [ -n "$unknown" ]; then
  echo "the bundle needs system libraries the .deb does not depend on: $unknown" >&2
  exit 1
fi

echo "== $name.tar.gz"
mkdir -p dist
tar -C "$BUILD/bundle" --owner=0 --group=0 --transform "s,^campaign-planner,$name," \
  -czf "dist/$name.tar.gz" campaign-planner

echo "== campaign-planner_${version}_amd64.deb"
root=$BUILD/deb/campaign-planner_${version}_amd64
rm -rf "$BUILD/deb"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/metainfo" \
         "$root/usr/share/mime/packages" "$root/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$root/opt/campaign-planner"
ln -s /opt/campaign-planner/campaign-planner "$root/usr/bin/campaign-planner"
desktop=resources/desktop
cp "$desktop/$APP_ID.desktop" "$root/usr/share/applications/"
cp "$desktop/$APP_ID.metainfo.xml" "$root/usr/share/metainfo/"
cp "$desktop/$APP_ID.mime.xml" "$root/usr/share/mime/packages/$APP_ID.xml"
cp "$desktop/$APP_ID.svg" "$root/usr/share/icons/hicolor/scalable/apps/"
for png in "$desktop"/icons/hicolor/*/apps/"$APP_ID".png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  mkdir -p "$root/usr/share/icons/hicolor/$size/apps"
  cp "$png" "$root/usr/share/icons/hicolor/$size/apps/"
done
find "$root" -type d -exec chmod 755 {} +
find "$root/usr/share" -type f -exec chmod 644 {} +
# dpkg's triggers (shared-mime-info, desktop-file-utils, hicolor-icon-theme) refresh the
# MIME, desktop and icon databases: no maintainer scripts
cat > "$root/DEBIAN/control" <<EOF
Package: campaign-planner
Version: $version
Architecture: amd64
Maintainer: ${DEB_MAINTAINER:-Campaign Planner developers <campaign-planner@localhost>}
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: libc6 (>= 2.36), libgl1, libegl1, libxcb1, fontconfig-config
Recommends: fonts-wqy-microhei | fonts-noto-cjk, libwayland-client0, libwayland-cursor0, libwayland-egl1, shared-mime-info, desktop-file-utils
Section: misc
Priority: optional
Description: plan mini program campaigns and project their unique reach
 A desktop application in which a marketer lays out a mini program's campaign
 across Alipay, Weibo and other Alibaba apps on a timeline and sees, as they
 edit, how many distinct people the plan reaches. Simplified Chinese and
 English. A self-contained build (Python, Qt and the libraries it uses are in
 /opt/campaign-planner).
EOF
dpkg-deb --root-owner-group -Zxz --build "$root" "dist/campaign-planner_${version}_amd64.deb" >/dev/null

echo "== done"
du -sh "$BUNDLE" "dist/$name.tar.gz" "dist/campaign-planner_${version}_amd64.deb"
