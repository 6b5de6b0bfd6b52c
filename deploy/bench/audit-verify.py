#!/usr/bin/env python3
"""Verifies an export of Terbuka's publication log on its own, with the Python standard library
only, by the rules of docs/audit-log.md (the same rules as the portal's ChainVerifier).

Usage: audit-verify.py LOG.jsonl   (one entry per line, as GET /api/v1/audit/log gives them)
Prints a JSON report; exits 0 when the chain holds, 1 when something is broken, 2 when the file
cannot be read at all.
"""
import datetime
import hashlib
import json
import re
import sys

ZERO = "0" * 64
MAX_SEQ = 2**53 - 1
MAX_TEXT = 1000  # UTF-16 code units, as the portal counts
# code -> (publishes content, may record a removal of earlier entries)
EVENTS = {
    "dataset_published": (True, False),
    "dataset_version_approved": (True, False),
    "resource_file_published": (True, False),
    "resource_file_replaced": (True, False),
    "import_accepted": (True, False),
    "withdrawal": (False, False),
    "purge": (False, True),
    "retention_removal": (False, True),
}
MEMBERS = {"seq", "time", "event", "actor", "subject", "content_sha256", "details",
           "prev_hash", "hash"}
HEX = re.compile(r"[0-9a-f]{64}")
TIME = re.compile(r"[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
                  r"(\.[0-9]{1,6})?Z")
KIND = re.compile(r"[a-z][a-z_]{0,31}")
DETAIL_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")
DECIMAL = re.compile(r"[1-9][0-9]{0,15}")
REMOVAL_KEYS = ("removed_from", "removed_to", "removed_prev_hash", "removed_last_hash")


def canonical(entry):
    """RFC 8785 bytes of the entry without its hash. For the log's format (strings, null, one
    small integer, ASCII member names) json.dumps with these options writes exactly RFC 8785."""
    body = {name: value for name, value in entry.items() if name != "hash"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def entry_hash(entry):
    return hashlib.sha256(canonical(entry)).hexdigest()


def utf16_length(text):
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def well_formed(text):
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def format_problem(e):
    """Why e is not an entry of the log's format, or None."""
    if not isinstance(e, dict):
        return "not a JSON object"
    if set(e) != MEMBERS:
        return "members must be exactly " + ", ".join(sorted(MEMBERS))
    if not is_int(e["seq"]) or not 1 <= e["seq"] <= MAX_SEQ:
        return "seq must be an integer from 1 to 2^53-1"
    t = e["time"]
    if not isinstance(t, str) or not TIME.fullmatch(t):
        return "time must be RFC 3339 UTC"
    try:
        datetime.datetime.strptime(t[:19], "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        return "time is not a valid instant"
    if e["event"] not in EVENTS:
        return "unknown event type"
    actor = e["actor"]
    if not isinstance(actor, str) or not 1 <= utf16_length(actor) <= MAX_TEXT:
        return "actor must be 1-1000 characters"
    s = e["subject"]
    if not isinstance(s, dict) or set(s) != {"kind", "id", "name"}:
        return "subject must have exactly the members kind, id, name"
    if not all(isinstance(v, str) for v in s.values()):
        return "subject members must be strings"
    if not KIND.fullmatch(s["kind"]) or s["id"] == "":
        return "subject kind or id malformed"
    c = e["content_sha256"]
    if (c is not None or EVENTS[e["event"]][0]) and not (isinstance(c, str) and HEX.fullmatch(c)):
        return "content_sha256 must be 64 lower-case hex digits"
    d = e["details"]
    if not isinstance(d, dict) or len(d) > 32:
        return "details must be an object of at most 32 members"
    for name, value in d.items():
        if not DETAIL_NAME.fullmatch(name):
            return "details names must be lower-case ASCII"
        if not isinstance(value, str) or utf16_length(value) > MAX_TEXT:
            return "details values must be strings of at most 1000 characters"
    for name in ("prev_hash", "hash"):
        if not isinstance(e[name], str) or not HEX.fullmatch(e[name]):
            return name + " must be 64 lower-case hex digits"
    texts = [actor, s["id"], s["name"], *d.values()]
    if not all(well_formed(x) for x in texts):
        return "a string holds a lone surrogate"
    return None


def describe(a, b):
    return "entry %d" % a if a == b else "entries %d-%d" % (a, b)


def missing(a, b):
    return describe(a, b) + (" is missing" if a == b else " are missing")


def hex_or_null(value):
    return "null" if value is None else str(value)


def removal_of(e):
    """The removal record of a purge or retention removal entry, or None; ValueError if bad."""
    d = e["details"]
    if not EVENTS[e["event"]][1] or not any(k in d for k in REMOVAL_KEYS):
        return None
    numbers = []
    for key in ("removed_from", "removed_to"):
        text = d.get(key)
        if text is None or not DECIMAL.fullmatch(text):
            raise ValueError("%s must be a decimal sequence number: %s" % (key, hex_or_null(text)))
        numbers.append(int(text))
    first, last = numbers
    if first < 1 or last < first or last > MAX_SEQ:
        raise ValueError("removed range %d-%d is not a range" % (first, last))
    for key in ("removed_prev_hash", "removed_last_hash"):
        if not HEX.fullmatch(d.get(key) or ""):
            raise ValueError("%s must be 64 lower-case hex digits: %s" % (key, hex_or_null(d.get(key))))
    if last >= e["seq"]:
        raise ValueError("it names %s, which is not before the entry itself" % describe(first, last))
    if e["event"] == "retention_removal" and (first != 1 or d["removed_prev_hash"] != ZERO):
        raise ValueError("a retention removal removes from entry 1 (previous hash 64 zeros),"
                         " not from %d" % first)
    return {"entry": e["seq"], "event": e["event"], "from": first, "to": last,
            "prev": d["removed_prev_hash"], "last": d["removed_last_hash"]}


class Verifier:
    def __init__(self):
        self.breaks = []
        self.gaps = {}  # first missing seq -> [from, to, hash before, prev_hash after]
        self.claims = []
        self.read = 0
        self.last_seq = 0
        self.last_hash = ZERO

    def report(self, kind, seq, message):
        self.breaks.append({"kind": kind, "seq": seq, "message": message})

    def accept(self, e):
        self.read += 1
        seq, stored = e["seq"], e["hash"]
        recomputed = entry_hash(e)
        if recomputed != stored:
            self.report("altered_entry", seq, "entry %d was altered: its stored hash is %s but its"
                        " content hashes to %s" % (seq, stored, recomputed))
        if seq <= self.last_seq:
            self.out_of_order(e)
            return
        if seq > self.last_seq + 1:
            self.gaps[self.last_seq + 1] = [self.last_seq + 1, seq - 1, self.last_hash,
                                            e["prev_hash"]]
        elif self.last_hash is not None and self.last_hash != e["prev_hash"]:
            self.report("broken_link", seq, "entry %d's prev_hash %s is not the hash of entry %d"
                        " (%s)" % (seq, e["prev_hash"], self.last_seq, self.last_hash))
        if EVENTS[e["event"]][1]:
            try:
                claim = removal_of(e)
                if claim:
                    self.claims.append(claim)
            except ValueError as problem:
                self.report("invalid_removal", seq, "%s entry %d has a malformed removal record:"
                            " %s" % (e["event"], seq, problem))
        self.last_seq, self.last_hash = seq, stored

    def unreadable(self, seq, reason):
        self.read += 1
        self.report("altered_entry", seq, "entry %d cannot be read: %s" % (seq, reason))
        if seq > self.last_seq:
            if seq > self.last_seq + 1:
                self.gaps[self.last_seq + 1] = [self.last_seq + 1, seq - 1, self.last_hash, None]
            self.last_seq, self.last_hash = seq, None

    def out_of_order(self, e):
        seq = e["seq"]
        gap = next((g for g in self.gaps.values() if g[0] <= seq <= g[1]), None)
        if gap is None:
            self.report("inserted_or_reordered", seq, "entry %d comes after entry %d: a second"
                        " entry with this number, or one out of order" % (seq, self.last_seq))
            return
        first, last, left, right = self.gaps.pop(gap[0])
        self.check_end(first == seq, left, e["prev_hash"], seq)
        self.check_end(last == seq, e["hash"], right, seq + 1)
        if first < seq:
            self.gaps[first] = [first, seq - 1, left, e["prev_hash"]]
        if seq < last:
            self.gaps[seq + 1] = [seq + 1, last, e["hash"], right]
        self.report("inserted_or_reordered", seq, "entry %d comes after entry %d: out of order"
                    % (seq, self.last_seq))

    def check_end(self, adjacent, hash_before, prev_after, seq_after):
        if adjacent and hash_before and prev_after and hash_before != prev_after:
            self.report("broken_link", seq_after, "entry %d's prev_hash %s is not the hash of entry"
                        " %d (%s)" % (seq_after, prev_after, seq_after - 1, hash_before))

    def finish(self):
        by_start = {}
        for c in self.claims:
            by_start.setdefault(c["from"], []).append(c)
        for group in by_start.values():
            group.sort(key=lambda c: -c["to"])  # stable: the longest first
        accounted, bridged = set(), []
        gaps = [self.gaps[k] for k in sorted(self.gaps)]

        def fits(c, gap, h):
            return c["to"] <= gap[1] and (h is None or c["prev"] == h)

        def bridge(gap, at, h, tried):
            if at == gap[1] + 1:
                return [] if gap[3] is None or gap[3] == h else None
            for c in by_start.get(at, []):
                if fits(c, gap, h) and id(c) not in tried:
                    tried.add(id(c))
                    rest = bridge(gap, c["to"] + 1, c["last"], tried)
                    if rest is not None:
                        return [c] + rest
            return None

        for gap in gaps:
            run = bridge(gap, gap[0], gap[2], set())
            if run is not None:
                accounted.update(id(c) for c in run)
                bridged.append({"from": gap[0], "to": gap[1],
                                "recorded_by": [c["entry"] for c in run]})
                continue
            run, at, h = [], gap[0], gap[2]
            while at <= gap[1]:
                nxt = next((c for c in by_start.get(at, []) if fits(c, gap, h)), None)
                if nxt is None:
                    break
                run.append(nxt)
                at, h = nxt["to"] + 1, nxt["last"]
            because = " and no purge or retention removal accounts for them"
            if at > gap[1]:
                last = run.pop()
                at = last["from"]
                because = (": the record of %s entry %d ends with hash %s but entry %d names %s"
                           % (last["event"], last["entry"], last["last"], gap[1] + 1, gap[3]))
            accounted.update(id(c) for c in run)
            self.report("missing_entries", at, missing(at, gap[1]) + because)
        for c in self.claims:
            inside = any(r["from"] <= c["from"] and c["to"] <= r["to"] for r in bridged)
            if id(c) in accounted or inside:
                continue
            touches = any(c["from"] <= g[1] and g[0] <= c["to"] for g in gaps)
            self.report("invalid_removal", c["entry"], "%s entry %d says %s were removed, but %s"
                        % (c["event"], c["entry"], describe(c["from"], c["to"]),
                           "its hashes do not match the entries around the gap" if touches
                           else "they are in the log"))
        self.breaks.sort(key=lambda b: b["seq"])
        return {"ok": not self.breaks, "entries_read": self.read, "head_seq": self.last_seq,
                "head_hash": self.last_hash, "break_count": len(self.breaks),
                "breaks": self.breaks, "removals": bridged}


def main(path):
    verifier = Verifier()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except ValueError as e:
                verifier.unreadable(verifier.last_seq + 1, "not JSON: %s" % e)
                continue
            problem = format_problem(entry)
            if problem:
                seq = entry.get("seq") if isinstance(entry, dict) else None
                if not is_int(seq) or not 1 <= seq <= MAX_SEQ:
                    seq = verifier.last_seq + 1
                verifier.unreadable(seq, problem)
            else:
                verifier.accept(entry)
    report = verifier.finish()
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    try:
        sys.exit(main(sys.argv[1]))
    except (OSError, UnicodeDecodeError) as e:
        print("cannot read %s: %s" % (sys.argv[1], e), file=sys.stderr)
        sys.exit(2)
