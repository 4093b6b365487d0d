# Shared by the benchmark scripts: source it, do not run it.

# write_section DOC BEGIN END SECTION: put SECTION (which starts with the line BEGIN and ends with the line END)
# in place of what DOC has between those marker lines, keeping the rest; appended when DOC has no such markers.
write_section() {
    local doc=$1 begin=$2 end=$3 section=$4 tmp
    mkdir -p "$(dirname "$doc")"
    if [[ -f $doc ]] && grep -qF "$begin" "$doc"; then
        tmp=$(mktemp)
        printf '%s\n' "$section" >"$tmp.section"
        awk -v begin="$begin" -v end="$end" -v file="$tmp.section" '
            $0 == begin { while ((getline line < file) > 0) print line; skip = 1; next }
            $0 == end { skip = 0; next }
            !skip' "$doc" >"$tmp"
        mv "$tmp" "$doc"
        rm -f "$tmp.section"
    else
        printf '\n%s\n' "$section" >>"$doc"
    fi
}
