"""The checks of `tfa verify --batch`, in PyOTP, with nothing kept on disk:
a reference for benches/batch.sh (not run in CI). Reads `NAME CODE` lines
as examples/big_store writes them (user0000042 has the seed
sha256("tfa bench seed 42")[:20]), checks each code in a +-1 step window,
refuses a step at or before the last accepted one, counts failures, and
prints one JSON line per input, as tfa does."""
import base64, hashlib, json, sys, time
import pyotp

seeds, last, failures = {}, {}, {}
out = sys.stdout
for n, line in enumerate(sys.stdin, 1):
    if n % 1000 == 1:
        now = int(time.time())
    name, code = line.split()
    totp = seeds.get(name)
    if totp is None:
        i = int(name[4:])
        secret = base64.b32encode(hashlib.sha256(f"tfa bench seed {i}".encode()).digest()[:20]).decode()
        totp = seeds[name] = pyotp.TOTP(secret)
    step = now // 30
    matched = next((s for s in (step, step - 1, step + 1) if totp.at(s * 30) == code), None)
    if matched is not None and matched > last.get(name, -1):
        last[name] = matched
        failures[name] = 0
        verdict = {"account": name, "verified": True, "reason": None, "line": n}
    else:
        failures[name] = failures.get(name, 0) + 1
        reason = "replayed" if matched is not None else "wrong_code"
        verdict = {"account": name, "verified": False, "reason": reason, "line": n}
    out.write(json.dumps(verdict) + "\n")
