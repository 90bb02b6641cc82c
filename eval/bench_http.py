"""HTTP benchmark: starts `policyqa serve` on loopback, drives /api/ask with concurrent clients, prints figures."""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from corpus.errors import PolicyQAError
from index.store import read_manifest

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "eval" / "sets" / "team-seeds.jsonl"
TARGET_P50_MS = 40.0
TARGET_RPS = 100.0


def questions() -> list[str]:
    with open(QUESTIONS, encoding="utf-8") as fh:
        return [json.loads(line)["question"] for line in fh if line.strip()]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(*, port: int, index: Path | None, home: Path, startup_timeout: float) -> subprocess.Popen:
    """`policyqa serve` in a child process with its own state folder (so the bench's turns stay out of yours)."""
    env = {**os.environ, "POLICYQA_HOME": str(home), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    if index is not None:
        env["POLICYQA_INDEX_DIR"] = str(index)
        # `serve` brings the index up to date with its corpus folders first: give it the index's own.
        try:
            env["POLICYQA_CORPUS_DIRS"] = json.dumps(read_manifest(index).corpus_dirs)
        except PolicyQAError:
            pass
    cmd = [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + startup_timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited during start-up:\n{proc.stderr.read()[-3000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    stop_server(proc)
    raise SystemExit(f"the server was not ready within {startup_timeout:.0f} s")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def rss_mb(pid: int) -> tuple[float, float]:
    """Resident memory now and at its peak (VmRSS, VmHWM) of a process, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields.get("VmRSS", 0.0), fields.get("VmHWM", 0.0)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system


def drive(base: str, *, clients: int, requests: int, qs: list[str], deadline: float) -> tuple[list[float], list[str], float]:
    """`requests` POSTs to /api/ask shared by `clients` threads; latencies in ms, errors, and the wall time.

    Each client keeps one connection open (http.client: the load generator should use as little of the
    server's two cores as it can; httpx costs about twice the CPU per request).
    """
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(requests))
    host, port = base.removeprefix("http://").split(":")

    def worker() -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        try:
            while time.monotonic() < deadline:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                body = json.dumps({"question": qs[i % len(qs)]}, ensure_ascii=False).encode()
                started = time.perf_counter()
                try:
                    conn.request("POST", "/api/ask", body=body, headers={"Content-Type": "application/json"})
                    response = conn.getresponse()
                    response.read()
                    ok, detail = response.status == 200, f"HTTP {response.status}"
                except (OSError, http.client.HTTPException) as exc:
                    ok, detail = False, repr(exc)
                    conn.close()
                    conn = http.client.HTTPConnection(host, int(port), timeout=30)
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    (latencies.append(elapsed) if ok else errors.append(detail))
        finally:
            conn.close()

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors, time.perf_counter() - started


def variants(qs: list[str], n: int) -> list[str]:
    """n distinct questions: the eval questions with the openings and endings people type around them."""
    openings = ["", "请问", "您好，", "你好，想问一下：", "麻烦问下，", "咨询一下，", "请教：", "老师好，"]
    endings = ["", "？", "谢谢", "，谢谢！", "呢"]
    out = [f"{o}{q.rstrip('？?。')}{e}" if (o or e) else q for o in openings for e in endings for q in qs]
    return list(dict.fromkeys(out))[:n]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=1000, help="requests in the warm phase")
    parser.add_argument("--cold", type=int, default=2000, help="requests in the cold phase, every question new")
    parser.add_argument("--warmup", type=int, default=32, help="unmeasured requests first (other questions)")
    parser.add_argument("--index", type=Path, default=None, help="index folder (default: the one `make index` builds)")
    parser.add_argument("--max-seconds", type=float, default=300, help="stop driving after this long")
    parser.add_argument("--startup-timeout", type=float, default=600)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)

    from service.settings import Settings

    index = args.index or Settings().index_path
    qs = questions()
    distinct = list(dict.fromkeys(qs))
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="policyqa-bench-") as home:
        proc = start_server(port=port, index=index, home=Path(home), startup_timeout=args.startup_timeout)
        try:
            base = f"http://127.0.0.1:{port}"
            idle_rss, _ = rss_mb(proc.pid)
            drive(base, clients=args.clients, requests=args.warmup, qs=["预热 " + q for q in distinct],
                  deadline=time.monotonic() + 120)
            # Cold: every question new (the eval questions, each with several everyday openings and endings),
            # so every request runs the model. Warm: the eval questions again and again, as a busy service
            # sees its common questions (their query embeddings are cached).
            phases = {}
            for name, n, pool in (("cold", args.cold, variants(distinct, args.cold)), ("warm", args.requests, distinct)):
                server_cpu, client_cpu = cpu_seconds(proc.pid), own_cpu_seconds()
                latencies, errors, wall = drive(base, clients=args.clients, requests=min(n, len(pool)) if name == "cold" else n,
                                                qs=pool, deadline=time.monotonic() + args.max_seconds)
                phases[name] = summary(latencies, errors, wall)
                served = max(1, len(latencies) + len(errors))
                phases[name]["server_cpu_ms_per_request"] = round(1000 * (cpu_seconds(proc.pid) - server_cpu) / served, 2)
                phases[name]["client_cpu_ms_per_request"] = round(1000 * (own_cpu_seconds() - client_cpu) / served, 2)
            rss, peak = rss_mb(proc.pid)
        finally:
            stop_server(proc)
    figures = {"clients": args.clients, "cpus": os.cpu_count(), "distinct_questions": len(distinct), **phases,
               "server_rss_mb": round(rss, 1), "server_rss_idle_mb": round(idle_rss, 1),
               "server_rss_peak_mb": round(peak, 1)}
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"/api/ask over loopback, {args.clients} concurrent clients, {os.cpu_count()} cores")
        for name, f in phases.items():
            print(f"  {name:4}: {f['requests']} requests, {f['errors']} errors, {f['req_per_s']} req/s, "
                  f"p50 {f['p50_ms']} ms, p90 {f['p90_ms']} ms, p99 {f['p99_ms']} ms, max {f['max_ms']} ms; "
                  f"CPU per request: server {f['server_cpu_ms_per_request']} ms, "
                  f"clients {f['client_cpu_ms_per_request']} ms")
        print(f"  targets: p50 <= {TARGET_P50_MS:.0f} ms, >= {TARGET_RPS:.0f} req/s")
        print(f"  server RSS {figures['server_rss_mb']} MB (idle {figures['server_rss_idle_mb']} MB, "
              f"peak {figures['server_rss_peak_mb']} MB)")
    return 0 if all(f["errors"] == 0 and f["requests"] for f in phases.values()) else 1


def summary(latencies: list[float], errors: list[str], wall: float) -> dict:
    if not latencies:
        return {"requests": 0, "errors": len(errors), "first_error": errors[0] if errors else "", "req_per_s": 0,
                "p50_ms": 0, "p90_ms": 0, "p99_ms": 0, "max_ms": 0, "seconds": round(wall, 2)}
    return {"requests": len(latencies), "errors": len(errors), "seconds": round(wall, 2),
            "req_per_s": round(len(latencies) / wall, 1), "p50_ms": round(statistics.median(latencies), 1),
            "p90_ms": round(percentile(latencies, 90), 1), "p99_ms": round(percentile(latencies, 99), 1),
            "max_ms": round(max(latencies), 1)}


if __name__ == "__main__":
    raise SystemExit(main())
