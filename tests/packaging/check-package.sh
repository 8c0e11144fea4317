#!/usr/bin/env bash
# The Debian package, made by CPack from the build tree and extracted into a throwaway root.
# Usage: check-package.sh build|runs|validate|lintian
#   build     cpack -G DEB, check the file name and contents, extract it into ROOT (fixture)
#   runs      both programs' --version and --help from ROOT, the man pages, the bash completion
#   validate  desktop-file-validate and appstreamcli validate --no-net on the installed files,
#             the screenshots and releases against the repository and the project version
#   lintian   lintian on the .deb: no errors, no warnings
# Environment (set by tests/packaging/CMakeLists.txt): CPACK, SCIMDESK_CPACK_CONFIG,
# SCIMDESK_PACKAGE_DIR, SCIMDESK_SOURCE_DIR, SCIMDESK_VERSION, SCIMDESK_HOMEPAGE.
# Exits 77 (skipped) only when a tool the step needs is not installed.
set -euo pipefail

step=$1
dir=$SCIMDESK_PACKAGE_DIR
root=$dir/root
arch=$(dpkg --print-architecture)
deb=$dir/scimdesk_${SCIMDESK_VERSION}_${arch}.deb
id=io.github.scimdesk.ScimDesk

# The steps after build: skipped, not failed, when build was skipped for a missing tool (a
# failed build stops CTest from running them at all).
need_package() {
    [ -f "$deb" ] && [ -d "$root" ] && return 0
    echo "SKIP: no package was built (see package_build)"
    exit 77
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    echo "SKIP: $1 is not installed (packaging/install-deps.sh installs it)"
    exit 77
}
expect_file() {
    [ -f "$root$1" ] || fail "the package has no $1"
}

build() {
    rm -rf "$dir/_CPack_Packages" "$root" "$dir"/*.deb # never check an older package
    need dpkg-deb
    need help2man # else the build made no man pages
    "$CPACK" -G DEB --config "$SCIMDESK_CPACK_CONFIG" -B "$dir" >"$dir/cpack.log" 2>&1 \
        || { cat "$dir/cpack.log"; fail "cpack -G DEB"; }
    [ -f "$deb" ] || { ls "$dir"; fail "cpack did not write $(basename "$deb")"; }
    dpkg-deb --info "$deb"
    dpkg-deb -x "$deb" "$root"
    for file in /usr/bin/scimdesk /usr/bin/scimdesk-cli \
        /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml \
        /usr/share/icons/hicolor/scalable/apps/$id.svg \
        /usr/share/man/man1/scimdesk.1.gz /usr/share/man/man1/scimdesk-cli.1.gz \
        /usr/share/bash-completion/completions/scimdesk-cli \
        /usr/share/doc/scimdesk/copyright /usr/share/doc/scimdesk/changelog.gz \
        /usr/lib/systemd/user/scimdesk-sync@.service /usr/lib/systemd/user/scimdesk-sync@.timer \
        /usr/libexec/scimdesk/scimdesk-sync \
        /usr/share/doc/scimdesk/examples/scimdesk-sync.env.example \
        /usr/share/scimdesk/translations/scimdesk_de.qm \
        /usr/share/scimdesk/translations/scimdesk_en.qm; do
        expect_file "$file"
    done
    # The scheduled sync's service runs its wrapper where the package puts it.
    [ -x "$root/usr/libexec/scimdesk/scimdesk-sync" ] || fail "scimdesk-sync is not executable"
    grep -qx 'ExecStart=/usr/libexec/scimdesk/scimdesk-sync %I' \
        "$root/usr/lib/systemd/user/scimdesk-sync@.service" \
        || fail "scimdesk-sync@.service does not run /usr/libexec/scimdesk/scimdesk-sync"
    for size in 16 22 24 32 48 64 128 256 512; do
        expect_file "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    done
    # shlibdeps: the Qt and QtKeychain libraries the programs link.
    depends=$(dpkg-deb --field "$deb" Depends)
    for lib in libqt6core6 libqt6network6 libqt6widgets6 libqt6keychain1 libc6; do
        [[ $depends == *"$lib "* || $depends == *"$lib," || $depends == *"$lib" ]] \
            || fail "Depends lacks $lib: $depends"
    done
    echo "built and extracted $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
}

runs() {
    need_package
    local home
    home=$(mktemp -d)
    trap 'rm -rf "$home"' RETURN
    export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data QT_QPA_PLATFORM=offscreen
    for program in scimdesk scimdesk-cli; do
        version=$("$root/usr/bin/$program" --version)
        echo "$program --version: $version"
        [[ $version == *" $SCIMDESK_VERSION" ]] || fail "$program --version says '$version'"
        LC_ALL=C.UTF-8 "$root/usr/bin/$program" --help | grep -q '^Usage: ' || fail "$program --help"
    done
    # German for a German session; the man pages below stay English.
    LC_ALL='' LANGUAGE='' LANG=de_DE.UTF-8 "$root/usr/bin/scimdesk-cli" --help | grep -q '^Aufruf: ' \
        || fail "scimdesk-cli --help is not German under LANG=de_DE.UTF-8"

    # The man pages: made from this very --help, readable by man without warnings.
    zcat "$root/usr/share/man/man1/scimdesk-cli.1.gz" | grep -q '^\.SS "users list"' \
        || fail "scimdesk-cli(1) has no users list section"
    if command -v man >/dev/null 2>&1; then
        for page in scimdesk scimdesk-cli; do
            warnings=$(MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
            [ -z "$warnings" ] || fail "man $page: $warnings"
        done
    else
        echo "SKIP (part): man is not installed; the man pages were not rendered"
    fi

    # The bash completion, sourced without the bash-completion package. Saved connections come
    # from 'connection list --json' of the program being completed: a stand-in answers here.
    local stub=$home/scimdesk-cli
    printf '%s\n' '#!/bin/sh' 'cat <<"EOF"' '[' '    {' '        "id": "a",' \
        '        "name": "Sample directory",' '        "preset": "lucid"' '    }' ']' 'EOF' >"$stub"
    chmod +x "$stub"
    completions=$(PATH="$root/usr/bin:$PATH" bash -c '
        source "$1"
        shift
        complete_line() {
            read -ra COMP_WORDS <<<"$1"
            [[ $1 == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMPREPLY=()
            _scimdesk_cli
            echo "$1|${COMPREPLY[*]}"
        }
        complete_line "scimdesk-cli "
        complete_line "scimdesk-cli connection "
        complete_line "scimdesk-cli users list --f"
        complete_line "scimdesk-cli users list --format "
        complete_line "scimdesk-cli plan --mode "
        complete_line "scimdesk-cli connection add x --preset l"
        complete_line "$1 users list -c "
    ' _ "$root/usr/share/bash-completion/completions/scimdesk-cli" "$stub")
    echo "$completions"
    expect_completion() {
        grep -qxF "$1|$2" <<<"$completions" || fail "completing '$1' should give '$2'"
    }
    expect_completion "scimdesk-cli " "connection users groups plan show apply resume audit revert find offboard --help --version"
    expect_completion "scimdesk-cli connection " "add list test set auth remove --help"
    expect_completion "scimdesk-cli users list --f" "--filter --format"
    expect_completion "scimdesk-cli users list --format " "table csv json"
    expect_completion "scimdesk-cli plan --mode " "provision deprovision sync"
    expect_completion "scimdesk-cli connection add x --preset l" "lucid"
    expect_completion "$stub users list -c " 'Sample\ directory'
}

validate() {
    need_package
    local skipped=0 metainfo=$root/usr/share/metainfo/$id.metainfo.xml
    if command -v desktop-file-validate >/dev/null 2>&1; then
        out=$(desktop-file-validate "$root/usr/share/applications/$id.desktop" 2>&1) \
            || fail "desktop-file-validate: $out"
        [ -z "$out" ] || fail "desktop-file-validate: $out"
        echo "desktop-file-validate: no errors or warnings"
    else
        echo "SKIP (part): desktop-file-validate is not installed (desktop-file-utils)"
        skipped=1
    fi
    if command -v appstreamcli >/dev/null 2>&1; then
        out=$(appstreamcli validate --no-net --explain "$metainfo" 2>&1) \
            || fail "appstreamcli validate: $out"
        echo "$out"
        ! grep -qE '^[EW]: ' <<<"$out" || fail "appstreamcli validate reports errors or warnings"
    else
        echo "SKIP (part): appstreamcli is not installed (appstream)"
        skipped=1
    fi

    # What the validators cannot know: screenshots are files of this repository, the homepage is
    # the project's, and the newest release is this version, in the metainfo and the changelog.
    grep -qF "<url type=\"homepage\">$SCIMDESK_HOMEPAGE</url>" "$metainfo" \
        || fail "the metainfo's homepage is not $SCIMDESK_HOMEPAGE"
    shots=$(grep -o "<image[^>]*>[^<]*</image>" "$metainfo" | sed 's/<[^>]*>//g')
    [ -n "$shots" ] || fail "the metainfo has no screenshot"
    for url in $shots; do
        path=${url#"$SCIMDESK_HOMEPAGE/raw/main/"}
        [ "$path" != "$url" ] || fail "screenshot $url is not under $SCIMDESK_HOMEPAGE/raw/main/"
        [ -f "$SCIMDESK_SOURCE_DIR/$path" ] || fail "screenshot $path is not in the repository"
        echo "screenshot: $path"
    done
    newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
    [ "$newest" = "$SCIMDESK_VERSION" ] || fail "the metainfo's newest release is $newest"
    changelog=$(zcat "$root/usr/share/doc/scimdesk/changelog.gz" | head -1)
    [[ $changelog == "scimdesk ($SCIMDESK_VERSION) "* ]] || fail "changelog starts: $changelog"
    [ $skipped -eq 0 ] || exit 77
}

lintian_step() {
    need_package
    need lintian
    out=$(lintian --display-info --fail-on error,warning "$deb" 2>&1) || {
        echo "$out"
        fail "lintian"
    }
    echo "${out:-lintian: no tags}"
}

case $step in
build) build ;;
runs) runs ;;
validate) validate ;;
lintian) lintian_step ;;
*) fail "unknown step $step" ;;
esac
