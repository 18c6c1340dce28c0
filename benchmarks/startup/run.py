#!/usr/bin/env python3
"""Start-up benchmark of the distribution beside a bare Felix with SCR, on the same JVM and flags.

Measures, as medians over N runs:
  - workbench: `bin/atelier` (no command) from exec to its ready line, on a workspace started before (warm
    framework cache) and on a new workspace (first start: bundles installed, shipped corpus imported);
  - command: `bin/atelier list` from exec to exit (headless runtime), and the same while a workbench runs
    (the command is sent to it over loopback);
  - baseline: a bare Felix framework that starts SCR and its DS API bundles, from exec to its ready line, with
    a class data sharing archive of its own start as bin/atelier has one of its own (var/cds).
Usage: benchmarks/startup/run.py [--runs N] [--distribution DIR]
"""
import argparse, os, shutil, signal, statistics, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))

def find_java():
    """The JDK bin/atelier would use: it prints nothing, so ask it the same way it searches."""
    script = os.path.join(args.distribution, "bin", "atelier")
    out = subprocess.run(["sh", "-c", 'sed -n "/^find_java()/,/^}/p;/^java_major()/,/^}/p;/^usable()/,/^}/p" "$0"; echo find_java', script],
                         capture_output=True, text=True).stdout
    java = subprocess.run(["sh", "-c", out], capture_output=True, text=True).stdout.strip()
    if not java:
        sys.exit("no JDK 21+ found")
    return java

def until_ready(cmd, env, marker):
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                         env=env, text=True)
    for line in p.stdout:
        if marker in line:
            elapsed = time.perf_counter() - start
            return p, elapsed
    raise RuntimeError("no ready line from " + " ".join(cmd))

def stop(p):
    p.send_signal(signal.SIGTERM)
    p.stdout.read()
    p.wait(timeout=60)

def timed(cmd, env):
    start = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env)
    if r.returncode != 0:
        raise RuntimeError(" ".join(cmd) + " failed: " + r.stderr.decode())
    return time.perf_counter() - start

def median_ms(values):
    return statistics.median(values) * 1000

parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=10)
parser.add_argument("--distribution", default=os.path.join(root, "distribution", "target", "atelier"))
args = parser.parse_args()
dist = os.path.abspath(args.distribution)
atelier = os.path.join(dist, "bin", "atelier")
java = find_java()
major = int(subprocess.run([java, "-version"], capture_output=True, text=True).stderr.split('"')[1].split(".")[0])
flags = ["--enable-native-access=ALL-UNNAMED"] + (["--sun-misc-unsafe-memory-access=allow"] if major >= 23 else [])

work = tempfile.mkdtemp(prefix="atelier-startup-")
try:
    # The baseline: Felix SCR and the DS API bundles of the distribution, nothing else.
    bare_bundles = os.path.join(work, "bare-bundles")
    os.makedirs(bare_bundles)
    for name in os.listdir(os.path.join(dist, "bundle")):
        if name.startswith(("org.apache.felix.scr", "org.osgi.service.component", "org.osgi.util.promise",
                            "org.osgi.util.function")):
            shutil.copy(os.path.join(dist, "bundle", name), bare_bundles)
    classes = os.path.join(work, "classes")
    felix = os.path.join(dist, "lib", "org.apache.felix.framework.jar")
    javac = os.path.join(os.path.dirname(java), "javac")
    subprocess.run([javac, "-d", classes, "-cp", felix, os.path.join(here, "BareFelix.java")], check=True)
    # bin/atelier maps the classes of earlier starts from a class data sharing archive (var/cds); the baseline
    # gets the same: an archive of its own start, recorded by the first run.
    bare_archive = os.path.join(work, "bare.jsa")
    bare_cmd = [java] + flags + ["-XX:SharedArchiveFile=" + bare_archive, "-Xlog:cds*=off",
                                 "-cp", felix + os.pathsep + classes, "BareFelix", bare_bundles,
                                 os.path.join(work, "bare-cache")]

    env = dict(os.environ)
    env.pop("ATELIER_WORKSPACE", None)
    results = {"bare": [], "warm": [], "first": [], "list": [], "list-remote": []}
    warm_ws = os.path.join(work, "ws-warm")
    # Prepares the warm workspace; the workbench records its class data archive a few seconds after it is
    # ready, a command once it ran.
    p, _ = until_ready([atelier, "--workspace", warm_ws], env, " ready")
    time.sleep(6)
    stop(p)
    timed([atelier, "--workspace", warm_ws, "list"], env)
    record = [a if not a.startswith("-XX:SharedArchiveFile=") else "-XX:ArchiveClassesAtExit=" + bare_archive
              for a in bare_cmd]
    p, _ = until_ready(record, env, "ready")
    stop(p)
    if not os.path.exists(bare_archive) or not os.listdir(os.path.join(dist, "var", "cds")):
        sys.exit("no class data archive was recorded: the comparison would not be even")
    for i in range(args.runs):
        p, t = until_ready(bare_cmd, env, "ready"); stop(p); results["bare"].append(t)
        p, t = until_ready([atelier, "--workspace", warm_ws], env, " ready"); stop(p); results["warm"].append(t)
        ws = os.path.join(work, "ws-first-%d" % i)
        p, t = until_ready([atelier, "--workspace", ws], env, " ready"); stop(p); results["first"].append(t)
        shutil.rmtree(ws)
        results["list"].append(timed([atelier, "--workspace", warm_ws, "list"], env))
    p, _ = until_ready([atelier, "--workspace", warm_ws], env, " ready")
    for i in range(args.runs):
        results["list-remote"].append(timed([atelier, "--workspace", warm_ws, "list"], env))
    stop(p)

    bare = median_ms(results["bare"])
    print("Start-up, medians of %d runs, %s (Java %d), %d cores" % (args.runs, java, major, os.cpu_count()))
    print("  %-46s %7.0f ms" % ("bare Felix + SCR, to ready", bare))
    for key, label in [("warm", "bin/atelier, to ready line"),
                       ("first", "bin/atelier on a new workspace (imports corpus)"),
                       ("list", "bin/atelier list (headless)"),
                       ("list-remote", "bin/atelier list (sent to a running workbench)")]:
        m = median_ms(results[key])
        print("  %-46s %7.0f ms  %.2fx bare" % (label, m, m / bare))
finally:
    shutil.rmtree(work, ignore_errors=True)
