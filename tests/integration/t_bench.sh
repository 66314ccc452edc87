for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
#for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
!for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
vfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
#for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
_for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
#for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
7for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
:for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
qfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
#for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
=for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
,for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
1for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
,for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
=for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
4for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
,for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
vfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
yfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
,for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
xfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
#for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
yfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
,for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
vfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
#for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
vfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
#for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
#for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
vfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
:for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
vfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
;for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
#for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
3for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
5for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
5for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
3for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
5for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
9for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
9for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
9for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
_for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
=for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
3for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
5for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
5for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
,for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
_for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
vfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
=for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
&for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
&for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
=for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
_for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Xfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Xfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Xfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Xfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Xfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Xfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
'for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
'for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Xfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
[for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
]for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
;for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
	for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
vfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
xfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
	for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
_for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
yfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
	for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
xfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
=for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
+for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
%for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
_for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
=for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
vfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
_for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
=for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
3for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
5for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
5for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
=for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
_for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
yfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
\for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
	for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
3for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
qfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
>for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
>for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
&for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
1for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
=for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
?for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
=for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
+for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
%for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
[for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
qfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
]for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
;for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
	for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
qfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
	for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
qfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
xfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
:for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
'for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
:for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
'for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
3for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
[for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
1for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
]for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
&for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
&for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
qfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
1for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
qfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
#for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
vfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
yfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
bfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
:for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
1for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
,for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
=for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
'for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
^for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
1for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
'for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
>for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
vfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
=for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
'for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
^for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
1for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
'for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
>for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
vfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
'for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
'for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
=for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
'for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
^for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
1for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
'for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
>for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
vfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
'for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
'for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
[for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
{for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
:for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
}for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
8for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
]for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
&for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
&for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
[for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
+for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
qfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
]for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
&for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
&for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
[for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
8for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
]for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
;for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
	for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
vfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
yfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
,for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
	for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
cfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
{for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
:for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
}for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
,for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
:for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
xfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
,for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
4for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
8for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
;for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
	for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
^for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
\for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
1for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
\for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
xfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
\for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
+for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
?for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
\for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
[for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
0for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
9for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
]for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
+for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
\for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
>for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
vfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
2for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
>for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
&for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
1for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
;for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
	for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
	for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
:for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
	for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
	for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
	for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
:for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
(for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
gfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
pfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
Ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
$for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
wfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
kfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
/for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
lfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
.for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
|for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
hfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
 for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
-for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
1for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
)for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
"for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
	for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ffor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ifor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
dfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ofor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
nfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
efor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
tfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
_for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
sfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
ufor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
mfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
afor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
rfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
yfor t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done

for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md" 2>/dev/null; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
