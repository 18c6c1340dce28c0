#!/usr/bin/env python3
"""Start-up benchmark of the distribution beside a bare Felix with SCR, on the same JVM and flags.

Measures, as medians over N runs:
  - workbench: `bin/atelier` (no command) from exec to its ready line, on a workspace started before (warm
    framework cache) and on a new workspace (first start: bundles installed, shipped corpus imported);
  - command: `bin/atelier list` from exec to exit (headless runtime), and the same while a workbench runs
    (the command is sent to it over loopback);
  - baseline: a bare Felix framework that starts SCR and its DS API bundles, from exec to its ready line, with
    a class data sharing archive of its own start as bin/atelier has one of its own (var/cds);
  - the same with Felix HTTP on Jetty added, ready when Jetty listens: what the web server alone costs.
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
    classes = os.path.join(work, "classes")
    felix = os.path.join(dist, "lib", "org.apache.felix.framework.jar")
    javac = os.path.join(os.path.dirname(java), "javac")
    subprocess.run([javac, "-d", classes, "-cp", felix, os.path.join(here, "BareFelix.java")], check=True)
    # In a jar: class data sharing takes no directories on the class path.
    bare_jar = os.path.join(work, "bare-felix.jar")
    subprocess.run([os.path.join(os.path.dirname(java), "jar"), "cf", bare_jar, "-C", classes, "."], check=True)

    def baseline(name, prefixes, *service):
        """A bare Felix that starts the distribution's bundles named by prefixes, and nothing else. bin/atelier
        maps the classes of earlier starts from a class data sharing archive (var/cds); a baseline gets the same:
        an archive of its own start, recorded by a first run."""
        bundles = os.path.join(work, name + "-bundles")
        os.makedirs(bundles)
        for jar in os.listdir(os.path.join(dist, "bundle")):
            if jar.startswith(prefixes):
                shutil.copy(os.path.join(dist, "bundle", jar), bundles)
        archive = os.path.join(work, name + ".jsa")
        main = ["-cp", felix + os.pathsep + bare_jar, "-Dorg.osgi.service.http.port=0",
                "-Dorg.apache.felix.http.host=127.0.0.1", "BareFelix", bundles, os.path.join(work, name + "-cache")]
        record = [java] + flags + ["-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds*=off"] + main + list(service)
        p, _ = until_ready(record, env, "ready")
        stop(p)
        if not os.path.exists(archive):
            sys.exit("no class data archive was recorded for " + name + ": the comparison would not be even")
        return [java] + flags + ["-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off"] + main + list(service)

    env = dict(os.environ)
    env.pop("ATELIER_WORKSPACE", None)
    scr = ("org.apache.felix.scr", "org.osgi.service.component", "org.osgi.util.promise", "org.osgi.util.function")
    # The baseline: Felix SCR and the DS API bundles, nothing else.
    bare_cmd = baseline("bare", scr)
    # What the web server alone adds: the same and Felix HTTP on Jetty with the bundles it needs, ready when
    # its HTTP runtime service is (Jetty listening).
    web_cmd = baseline("web", scr + ("org.apache.felix.http.", "commons-fileupload", "commons-io",
                                     "org.atelier.slf4j", "org.apache.felix.log"),
                       "org.osgi.service.http.runtime.HttpServiceRuntime")
    results = {"bare": [], "web": [], "warm": [], "first": [], "list": [], "list-remote": []}
    warm_ws = os.path.join(work, "ws-warm")
    # Prepares the warm workspace; the first workbench and the first command make their class data archives as
    # they exit.
    p, _ = until_ready([atelier, "--workspace", warm_ws], env, " ready")
    time.sleep(3)
    stop(p)
    timed([atelier, "--workspace", warm_ws, "list"], env)
    if len(os.listdir(os.path.join(dist, "var", "cds"))) < 2:
        sys.exit("bin/atelier recorded no class data archive: the comparison would not be even")
    for i in range(args.runs):
        p, t = until_ready(bare_cmd, env, "ready"); stop(p); results["bare"].append(t)
        p, t = until_ready(web_cmd, env, "ready"); stop(p); results["web"].append(t)
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
    for key, label in [("web", "bare Felix + SCR + Felix HTTP (Jetty), to ready"),
                       ("warm", "bin/atelier, to ready line"),
                       ("first", "bin/atelier on a new workspace (imports corpus)"),
                       ("list", "bin/atelier list (headless)"),
                       ("list-remote", "bin/atelier list (sent to a running workbench)")]:
        m = median_ms(results[key])
        print("  %-46s %7.0f ms  %.2fx bare" % (label, m, m / bare))
finally:
    shutil.rmtree(work, ignore_errors=True)
