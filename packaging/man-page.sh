#!/usr/bin/env bash
# Writes PROGRAM's man page from its own --help and --version (help2man), compressed as Debian
# wants it (gzip -9n). The build runs it after linking, so the page is in step with the program.
# Usage: [HELP2MAN=path] man-page.sh PROGRAM OUT.1.gz [HELP2MAN_INCLUDE...]
set -euo pipefail

program=$1
out=$2
shift 2
export LC_ALL=C.UTF-8 LANGUAGE='' QT_QPA_PLATFORM=offscreen

# NAME's line: the first line of the description in --help, as a man page writes it
# ("desktop console for …", no full stop).
summary=$("$program" --help | awk 'NR > 1 && /^[^ ]/ && !/^(Usage|Options|Commands):/ { print; exit }')
summary=${summary%.}
[[ $summary =~ ^[A-Z][a-z] ]] && summary="$(tr '[:upper:]' '[:lower:]' <<<"${summary:0:1}")${summary:1}"
if [ -z "$summary" ]; then
    echo "man-page: no description in '$program --help'" >&2
    exit 1
fi

args=(--no-info --name "$summary")
for include in "$@"; do
    args+=(--include "$include")
done
page=$("${HELP2MAN:-help2man}" "${args[@]}" "$program")
# A page with a COMMANDS section (scimdesk-cli's, from each command's --help) drops the summary
# help2man makes of the "Commands:" list in --help, which it cannot lay out.
if grep -q '^\.SH COMMANDS' <<<"$page"; then
    page=$(awk '/^\.SS "Commands:"/ { skip = 1; next } skip && /^\.(PP|SH|SS)/ { skip = 0 } !skip' <<<"$page")
fi
printf '%s\n' "$page" | gzip -9n >"$out.tmp"
mv "$out.tmp" "$out"
