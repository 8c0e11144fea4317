#!/usr/bin/env bash
# Reads scimdesk-cli's own help (the command list of 'scimdesk-cli --help', then each command's
# --help) and writes, so that both stay in step with the program:
#   OUTDIR/scimdesk-cli            bash completion (installed in bash-completion/completions)
#   OUTDIR/scimdesk-cli-commands.h2m  the man page's COMMANDS section, a help2man include
# Usage: cli-reference.sh PATH/TO/scimdesk-cli OUTDIR
# The build runs it after linking scimdesk-cli (packaging/CMakeLists.txt).
set -euo pipefail

cli=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
mkdir -p "$out"
export LC_ALL=C.UTF-8 LANGUAGE=''

# Run through PATH so that a command's usage line says "scimdesk-cli", not the build path.
run_cli() { PATH="$(dirname "$cli"):$PATH" "$(basename "$cli")" "$@"; }

top_help=$(run_cli --help)

# The commands: the leading lower-case words of each line of the "Commands:" block.
mapfile -t commands < <(awk '
    /^Commands:/ { inside = 1; next }
    inside && /^$/ { exit }
    inside && /^  [a-z]/ {
        words = ""
        for (i = 1; i <= NF && $i ~ /^[a-z][a-z-]*$/; i++)
            words = words (words == "" ? "" : " ") $i
        if (!(words in seen)) { seen[words] = 1; print words }
    }' <<<"$top_help")
if [ ${#commands[@]} -lt 5 ]; then
    echo "cli-reference: found only ${#commands[@]} commands in 'scimdesk-cli --help'" >&2
    exit 1
fi

# Choices the command list spells out, per command: "--format table|csv|json".
top_choices() {
    awk -v cmd="$1" '
        /^Commands:/ { inside = 1; next }
        inside && /^$/ { exit }
        inside && /^  [a-z]/ {
            words = ""
            for (i = 1; i <= NF && $i ~ /^[a-z][a-z-]*$/; i++)
                words = words (words == "" ? "" : " ") $i
            current = (words == cmd)
        }
        inside && current {
            line = $0
            while (match(line, /--[a-z-]+ [A-Za-z-]+(\|[A-Za-z-]+)+/)) {
                pair = substr(line, RSTART + 2, RLENGTH - 2)
                split(pair, parts, " ")
                gsub(/\|/, " ", parts[2])
                print parts[1] "\t" parts[2]
                line = substr(line, RSTART + RLENGTH)
            }
        }' <<<"$top_help"
}

# A command's synopses in the command list, one a line: the text before the summary column,
# continuation lines joined ("plan -c NAME ... -o PLAN.json [--map ...] ...").
top_synopses() {
    awk -v cmd="$1" '
        function flush() { if (synopsis != "") print synopsis; synopsis = "" }
        /^Commands:/ { inside = 1; next }
        inside && /^$/ { exit }
        !inside { next }
        /^  [a-z]/ {
            flush()
            words = ""
            for (i = 1; i <= NF && $i ~ /^[a-z][a-z-]*$/; i++)
                words = words (words == "" ? "" : " ") $i
            current = (words == cmd)
            if (current) { synopsis = substr($0, 3); sub(/   .*/, "", synopsis) }
            next
        }
        # Continuation lines are indented less than the summary column.
        current && match($0, /^ +[^ ]/) && RLENGTH < 20 {
            line = $0; sub(/^ +/, "", line); sub(/   .*/, "", line)
            synopsis = synopsis " " line
        }
        END { flush() }' <<<"$top_help"
}

# One command's --help as records, fields separated by \037: DESC text / OPT short long value
# description / POS positional arguments.
parse_command_help() {
    awk -v cmd="$1" '
        function flush() {
            if (long != "") print "OPT\037" short "\037" long "\037" value "\037" desc
            long = ""
        }
        NR == 1 {
            sub(/^Usage: [^ ]+ (\[options\] )?/, "")
            pos = substr($0, length(cmd) + 2)
            if (pos != "") print "POS\037" pos
            section = "desc"
            next
        }
        /^Options:$/ { section = "options"; next }
        /^Arguments:$/ { flush(); section = "arguments"; next }
        section == "desc" && $0 != "" { print "DESC\037" $0; next }
        section == "options" && /^  -/ {
            flush()
            line = substr($0, 3)
            split(line, halves, /   */)
            spec = halves[1]
            desc = substr(line, length(spec) + 1)
            sub(/^ +/, "", desc)
            short = ""; value = ""
            if (spec ~ /^-[A-Za-z], /) { short = substr(spec, 2, 1); spec = substr(spec, 5) }
            n = index(spec, " <")
            if (n > 0) { value = substr(spec, n + 2); sub(/>$/, "", value); spec = substr(spec, 1, n - 1) }
            long = substr(spec, 3)
            cut = 0
            next
        }
        section == "options" && /^   +[^ ]/ {
            line = $0; sub(/^ +/, "", line)
            # Qt breaks lines at spaces, but cuts a word longer than the column at its edge
            # (a full line of one word): join that one back.
            desc = desc (cut ? "" : " ") line
            cut = length($0) >= 80 && line !~ / /
            next
        }
        END { flush() }'
}

# Choices an option's description lists: "Output format: table, csv or json (default table)",
# "deactivate (default) or delete", "attribute: ...; group: ...".
description_choices() {
    awk '{
        text = $0
        while (match(text, / \([^()]*\)/)) text = substr(text, 1, RSTART - 1) substr(text, RSTART + RLENGTH)
        word = "[A-Za-z][A-Za-z0-9_-]*"
        list = "(^|: )" word "((, " word ")+( or " word ")?|( or " word "))([.;]|$)"
        if (match(text, list)) {
            found = substr(text, RSTART, RLENGTH)
            sub(/^: /, "", found); sub(/[.;]$/, "", found)
            gsub(/, | or /, " ", found)
            print found
            exit
        }
        if (match(text, "^" word ": ")) {
            found = substr(text, 1, RLENGTH - 2)
            rest = text
            while (match(rest, "[.;] " word ": ")) {
                piece = substr(rest, RSTART + 2, RLENGTH - 4)
                found = found " " piece
                rest = substr(rest, RSTART + RLENGTH)
            }
            if (found ~ / /) print found
        }
    }'
}

roff_escape() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
roff_option() { printf '%s' "$1" | sed -e 's/-/\\-/g'; }

completion="$out/scimdesk-cli"
h2m="$out/scimdesk-cli-commands.h2m"

options_cases=""
values_cases=""
positional_cases=""
top_words=""
sub_cases=""
{
    echo "[COMMANDS]"
    printf '%s\n' 'Each command also takes \fB\-h\fR, \fB\-\-help\fR.'
} >"$h2m"

declare -A subcommands=()
for cmd in "${commands[@]}"; do
    first=${cmd%% *}
    case " $top_words " in *" $first "*) ;; *) top_words+="${top_words:+ }$first" ;; esac
    if [ "$cmd" != "$first" ]; then
        subcommands[$first]+="${subcommands[$first]:+ }${cmd#* }"
    fi

    # shellcheck disable=SC2086 # the command words are separate arguments
    records=$(run_cli $cmd --help | parse_command_help "$cmd")
    declare -A choices=()
    while IFS=$'\t' read -r option words; do
        choices[$option]=$words
    done < <(top_choices "$cmd")

    opts=""
    value_lines=""
    pos=""
    desc=""
    man_options=""
    while IFS=$'\037' read -r kind a b c d; do
        case $kind in
        DESC) desc+="${desc:+ }$a" ;;
        POS) pos=$a ;;
        OPT)
            short=$a long=$b value=$c text=$d
            [ "$long" = help ] && continue
            opts+="${opts:+ }${short:+-$short }--$long"
            spec="\\fB$(roff_option "${short:+-$short, }--$long")\\fR${value:+ \\fI$value\\fR}"
            man_options+=".TP"$'\n'"$spec"$'\n'"$(printf '%s\n' "$text" | roff_escape)"$'\n'
            [ -z "$value" ] && continue
            # What a value of this option completes to.
            what=${choices[$long]:-}
            [ -z "$what" ] && what=$(printf '%s\n' "$text" | description_choices)
            if [ -n "$what" ]; then
                what="words:$what"
            elif [ "$value" = NAME ]; then
                what='connection'
            elif [[ $value =~ FILE|PATH|DIR|\.json$|\.csv$ ]]; then
                what='file'
            else
                what='none'
            fi
            value_lines+="        ${short:+-$short|}--$long) __scimdesk_cli_complete '$what' ;;"$'\n'
            ;;
        esac
    done <<<"$records"
    unset choices

    options_cases+="        \"$cmd\") opts=\"$opts\" ;;"$'\n'
    if [ -n "$value_lines" ]; then
        values_cases+="    \"$cmd\")"$'\n'"        case \$2 in"$'\n'"$value_lines"
        values_cases+="        *) return 1 ;;"$'\n'"        esac ;;"$'\n'
    fi
    # A positional NAME is a saved connection, but for 'connection add', which makes one.
    if [ "$pos" = NAME ] && [ "$cmd" != "connection add" ]; then
        positional_cases+="        \"$cmd\") __scimdesk_cli_complete connection ;;"$'\n'
    elif [[ $pos == *.json || $pos == *FILE* ]]; then
        positional_cases+="        \"$cmd\") __scimdesk_cli_complete file ;;"$'\n'
    fi

    {
        echo ".SS \"$cmd\""
        synopses=$(top_synopses "$cmd")
        [ -n "$synopses" ] || synopses="$cmd${pos:+ $pos}"
        first_synopsis=1
        while IFS= read -r synopsis; do
            [ $first_synopsis -eq 1 ] || echo ".br"
            first_synopsis=0
            printf '\\fBscimdesk\\-cli %s\\fR%s\n' "$(roff_option "$cmd")" \
                "$(printf '%s' "${synopsis#"$cmd"}" | roff_escape | sed 's/-/\\-/g')"
        done <<<"$synopses"
        echo ".PP"
        printf '%s\n' "$desc" | roff_escape
        printf '%s' "$man_options"
    } >>"$h2m"
done
for first in $top_words; do
    [ -n "${subcommands[$first]:-}" ] || continue
    sub_cases+="        $first) words=\"${subcommands[$first]}\" ;;"$'\n'
done

cat >"$completion" <<EOF
# bash completion for scimdesk-cli
# Generated by packaging/cli-reference.sh from 'scimdesk-cli --help' and each command's --help.

# Completes the current word: "connection" (saved connection names), "file", "words:a b c".
__scimdesk_cli_complete()
{
    local cur=\${COMP_WORDS[COMP_CWORD]} name
    case \$1 in
    connection)
        COMPREPLY=()
        while IFS= read -r name; do
            [[ \$name == "\$cur"* ]] && COMPREPLY+=("\$(printf '%q' "\$name")")
        done < <("\${COMP_WORDS[0]}" connection list --json 2>/dev/null \\
            | sed -n 's/^        "name": "\\(.*\\)",\\{0,1\\}\$/\\1/p' \\
            | sed -e 's/\\\\"/"/g' -e 's/\\\\\\\\/\\\\/g')
        ;;
    file)
        if declare -F _filedir >/dev/null; then
            _filedir
        else
            mapfile -t COMPREPLY < <(compgen -f -- "\$cur")
        fi
        ;;
    words:*)
        mapfile -t COMPREPLY < <(compgen -W "\${1#words:}" -- "\$cur")
        ;;
    *) COMPREPLY=() ;;
    esac
    return 0
}

# Completes the value of option \$2 of command \$1; fails when \$2 takes no value.
__scimdesk_cli_value()
{
    case \$1 in
$values_cases    *) return 1 ;;
    esac
}

_scimdesk_cli()
{
    local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]}
    local cmd=\${COMP_WORDS[1]:-} words="" opts=""
    COMPREPLY=()

    if [ "\$COMP_CWORD" -eq 1 ]; then
        mapfile -t COMPREPLY < <(compgen -W "$top_words --help --version" -- "\$cur")
        return 0
    fi
    case \$cmd in
$sub_cases    esac
    if [ -n "\$words" ]; then
        if [ "\$COMP_CWORD" -eq 2 ]; then
            mapfile -t COMPREPLY < <(compgen -W "\$words --help" -- "\$cur")
            return 0
        fi
        cmd+=" \${COMP_WORDS[2]}"
    fi

    __scimdesk_cli_value "\$cmd" "\$prev" && return 0

    case \$cmd in
$options_cases    *) return 0 ;;
    esac
    if [[ \$cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "\$opts --help" -- "\$cur")
        return 0
    fi
    case \$cmd in
$positional_cases    esac
    return 0
}
complete -F _scimdesk_cli scimdesk-cli
EOF
bash -n "$completion"
