#!/usr/bin/python3
"""Compare HPLX's landscape embedding with the field's reference pipelines.

A benchmark, not a test: it is not registered with CTest and never fails a
build. It embeds real landscapes from ../shared/data three ways

  * HPLX:                 `hplx-cli embed` (HOPE + UMAP, one process)
  * svds + umap-learn:    scipy.sparse.linalg.svds for HOPE, umap-learn for UMAP
  * svds + uwot:          the same HOPE embedding, R's uwot::umap for UMAP

with the parameters of ../shared/design/METRICS.md §5 (HOPE: S = (A+I)^2,
k = 64, embedding [U sqrt(s), V sqrt(s)]; UMAP: 15 neighbours, min_dist 1,
spread 1, 500 epochs, Euclidean, spectral init), prints the seconds each step
took and the trustworthiness (k = 15, seeded 5,000-point subsample) each layout
reached, and checks the targets of the embedding issue. umap-learn runs in a
fresh interpreter per landscape: its first (cold) call includes numba's JIT
compilation and is the one the checks use; a second (warm) call is reported
too. HPLX is timed as the wall time of `hplx-cli embed --no-cache` (import
excluded), the references as graph + (A+I)^2 + svds + the UMAP call. CPU
seconds (user + system) are reported next to wall seconds: other load on the
machine distorts them less.

Targets:

  * HPLX total >= 4x faster than svds + umap-learn, >= 3x faster than svds + uwot
  * HPLX trustworthiness >= (better of the two references) - 0.01

Every tool is limited to --threads threads (default 2). Missing pieces are
skipped with a message: the data folder, numpy/scipy/scikit-learn (Debian:
python3-scipy, python3-sklearn), umap-learn (Debian: umap-learn), R with uwot
(Debian: r-cran-uwot), an hplx-cli without the embed command. The exit code is
0 unless the script itself fails (bad options, a tool that crashed).

Usage: tests/bench/compare_embedding.py [--build DIR] [--only fcnet|logreg]
           [--skip-uwot] [--skip-umap-learn] [--skip-hplx] [--no-warm]
           [--trust-repeats N] [--json FILE] [--threads 2] [--data DIR] [--seed 0]
"""

import argparse
import csv
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_BUILD = os.path.join(REPO, "build", "release")
DEFAULT_DATA = os.path.normpath(os.path.join(REPO, "..", "shared", "data"))

# Targets of the embedding issue.
SPEEDUP_VS_UMAP_LEARN = 4.0
SPEEDUP_VS_UWOT = 3.0
TRUST_TOLERANCE = 0.01

HOPE_K = 64
UMAP_NEIGHBORS = 15
UMAP_MIN_DIST = 1.0
UMAP_SPREAD = 1.0
UMAP_EPOCHS = 500
TRUST_K = 15
TRUST_SAMPLE = 5000

LANDSCAPES = {
    "fcnet": {
        "file": "fcnet_naval_propulsion.csv",
        "title": "FC-Net naval propulsion",
        "hps": ["activation_fn_1", "activation_fn_2", "batch_size", "dropout_1", "dropout_2",
                "init_lr", "lr_schedule", "n_units_1", "n_units_2"],
        "categorical": ["activation_fn_1", "activation_fn_2", "lr_schedule"],
        "loss": "valid_mse_epoch100_mean",
        "model": "fcnet",
        "dataset": "naval_propulsion",
    },
    "logreg": {
        "file": "logreg_mnist_grid.csv",
        "title": "logreg MNIST grid",
        "hps": ["lrate_index", "l2_reg", "batchsize", "n_epochs"],
        "categorical": [],
        "loss": "valid_error",
        "model": "logreg",
        "dataset": "mnist",
    },
}


def log(message):
    print(message, file=sys.stderr, flush=True)


def skip(message):
    print("compare_embedding: skipped: " + message)
    sys.exit(0)


def parse_arguments():
    parser = argparse.ArgumentParser(
        description="Compare hplx-cli embed with svds + umap-learn and svds + uwot (a benchmark; "
                    "exit code 0 unless an error).")
    parser.add_argument("--build", default=DEFAULT_BUILD,
                        help="HPLX build directory holding app/hplx-cli (default: %(default)s)")
    parser.add_argument("--data", default=DEFAULT_DATA, help="folder with the landscape CSVs (default: %(default)s)")
    parser.add_argument("--only", choices=sorted(LANDSCAPES), help="run one landscape only")
    parser.add_argument("--skip-uwot", action="store_true", help="do not run R's uwot")
    parser.add_argument("--skip-umap-learn", action="store_true", help="do not run umap-learn")
    parser.add_argument("--skip-hplx", action="store_true", help="do not run hplx-cli (reference side only)")
    parser.add_argument("--no-warm", action="store_true",
                        help="skip umap-learn's second (warm, JIT-compiled) call")
    parser.add_argument("--threads", type=int, default=2, help="threads for every tool (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0,
                        help="seed of the svds start vector and the trustworthiness subsample (default: %(default)s)")
    parser.add_argument("--trust-repeats", type=int, default=1, metavar="N",
                        help="trustworthiness over N layouts per method (other seeds; umap-learn: further calls "
                             "in its process), compared by their means: one layout's value moves by a few "
                             "hundredths with the seed (default: %(default)s, the timed layouts only)")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON to FILE")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (database, layouts)")
    arguments = parser.parse_args()
    if arguments.threads < 1:
        parser.error("--threads expects 1 or more")
    return arguments


def limit_threads(threads):
    # Before numpy/scipy/numba are imported: their pools read these once.
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
                 "NUMBA_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS"):
        os.environ[name] = str(threads)


def import_scientific_stack():
    """numpy, scipy, scikit-learn; re-run under Debian's python3 when the current interpreter lacks them."""
    try:
        import numpy  # noqa: F401
        import scipy.sparse  # noqa: F401
        import scipy.sparse.linalg  # noqa: F401
        import sklearn.manifold  # noqa: F401
        return
    except ImportError as error:
        missing = str(error)
    system_python = "/usr/bin/python3"
    if (os.path.exists(system_python) and os.path.realpath(sys.executable) != os.path.realpath(system_python)
            and not os.environ.get("HPLX_COMPARE_REEXEC")):
        os.environ["HPLX_COMPARE_REEXEC"] = "1"
        log("compare_embedding: %s under %s; running again with %s" % (missing, sys.executable, system_python))
        os.execv(system_python, [system_python] + sys.argv)
    skip("%s (install the Debian packages python3-scipy and python3-sklearn)" % missing)


# --------------------------------------------------------------------------- data


def read_landscape(path, spec):
    """Per-HP value indices (ordinal values sorted, categorical in order of first
    appearance), mixed-radix configuration ids (last HP fastest) and the losses."""
    import numpy as np

    with open(path, newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        columns = {name: i for i, name in enumerate(header)}
        for name in spec["hps"] + [spec["loss"]]:
            if name not in columns:
                raise RuntimeError("%s: no column '%s'" % (path, name))
        hp_columns = [columns[name] for name in spec["hps"]]
        loss_column = columns[spec["loss"]]
        raw = [[] for _ in spec["hps"]]
        losses = []
        for line, row in enumerate(reader, start=2):
            cell = row[loss_column].strip()
            if cell == "" or cell.lower() in ("na", "nan", "null", "none"):
                raise RuntimeError("%s:%d: missing loss (this benchmark needs a complete grid)" % (path, line))
            losses.append(float(cell))
            for h, column in enumerate(hp_columns):
                raw[h].append(row[column])

    n = len(losses)
    values, indices = [], []
    for h, name in enumerate(spec["hps"]):
        if name in spec["categorical"]:
            order = list(dict.fromkeys(raw[h]))
            lookup = {label: i for i, label in enumerate(order)}
            index = np.fromiter((lookup[label] for label in raw[h]), dtype=np.int64, count=n)
            values.append(order)
        else:
            numbers = np.array([float(label) for label in raw[h]])
            order, index = np.unique(numbers, return_inverse=True)
            values.append(list(order))
        indices.append(index.astype(np.int64))
    radix = np.array([len(v) for v in values], dtype=np.int64)
    strides = np.ones(len(radix), dtype=np.int64)
    for h in range(len(radix) - 2, -1, -1):
        strides[h] = strides[h + 1] * radix[h + 1]
    ids = np.zeros(n, dtype=np.int64)
    for h in range(len(radix)):
        ids += indices[h] * strides[h]
    grid = int(np.prod(radix))
    if n != grid or len(np.unique(ids)) != n:
        raise RuntimeError("%s: %d rows for a grid of %d configurations (or duplicates): this benchmark "
                           "needs a complete grid" % (path, n, grid))
    # Rows in configuration id order from here on.
    order = np.argsort(ids, kind="stable")
    return {
        "ids": ids[order],
        "indices": [index[order] for index in indices],
        "values": values,
        "radix": radix,
        "strides": strides,
        "categorical": [name in spec["categorical"] for name in spec["hps"]],
        "losses": np.asarray(losses, dtype=np.float64)[order],
    }


def improving_graph(land):
    """Sparse A with A[u, v] = 1 when v is a 1-edit neighbour of u with a strictly lower loss."""
    import numpy as np
    import scipy.sparse as sp

    n = len(land["losses"])
    node = np.arange(n, dtype=np.int64)  # rows are in id order and the grid is complete: row == id
    sources, targets = [], []
    for h, (radix, stride) in enumerate(zip(land["radix"], land["strides"])):
        index = land["indices"][h]
        if land["categorical"][h]:
            for shift in range(1, int(radix)):
                other = (index + shift) % radix
                sources.append(node)
                targets.append(node + (other - index) * stride)
        else:
            up = index < radix - 1
            sources.append(node[up])
            targets.append(node[up] + stride)
            down = index > 0
            sources.append(node[down])
            targets.append(node[down] - stride)
    u = np.concatenate(sources)
    v = np.concatenate(targets)
    keep = land["losses"][v] < land["losses"][u]
    u, v = u[keep], v[keep]
    a = sp.csr_matrix((np.ones(len(u), dtype=np.float64), (u, v)), shape=(n, n))
    return a, int(len(u) + (~keep).sum())


# --------------------------------------------------------------------------- reference side


def reference_hope(land, seed):
    import numpy as np
    import scipy.sparse as sp
    from scipy.sparse.linalg import svds

    seconds = {}
    cpu_start = time.process_time()
    start = time.perf_counter()
    a, directed_pairs = improving_graph(land)
    seconds["graph"] = time.perf_counter() - start
    n = a.shape[0]

    start = time.perf_counter()
    m = (a + sp.identity(n, format="csr", dtype=np.float64)).tocsr()
    s = (m @ m).tocsr()
    seconds["square"] = time.perf_counter() - start

    v0 = np.random.default_rng(seed).uniform(-1.0, 1.0, size=min(s.shape))
    start = time.perf_counter()
    u, sigma, vt = svds(s, k=HOPE_K, v0=v0)
    seconds["svds"] = time.perf_counter() - start

    start = time.perf_counter()
    order = np.argsort(sigma)[::-1]
    root = np.sqrt(sigma[order])
    embedding = np.hstack([u[:, order] * root, vt[order, :].T * root]).astype(np.float32)
    seconds["assemble"] = time.perf_counter() - start
    seconds["total"] = sum(seconds.values())
    seconds["cpu"] = time.process_time() - cpu_start
    return embedding, {
        "seconds": seconds,
        "improving_edges": int(a.nnz),
        "neighbour_pairs_directed": directed_pairs,
        "s_nonzeros": int(s.nnz),
        "singular_values_top3": [float(x) for x in sigma[order][:3]],
    }


def trust_sample(n, seed):
    import numpy as np

    if n <= TRUST_SAMPLE:
        return np.arange(n)
    return np.sort(np.random.default_rng(seed + 1).choice(n, TRUST_SAMPLE, replace=False))


def trust(x, y, sample):
    from sklearn.manifold import trustworthiness

    start = time.perf_counter()
    value = trustworthiness(x[sample], y[sample], n_neighbors=TRUST_K)
    return float(value), time.perf_counter() - start


def umap_learn_worker(source, target, threads, calls):
    """Runs in a fresh interpreter, so that the first call pays numba's JIT
    compilation as a user's first call does, whatever ran before."""
    import warnings

    import numpy as np

    start = time.perf_counter()
    import umap
    import_seconds = time.perf_counter() - start
    x = np.load(source)

    def call():
        # No random_state: umap-learn would then run single-threaded.
        model = umap.UMAP(n_neighbors=UMAP_NEIGHBORS, min_dist=UMAP_MIN_DIST, spread=UMAP_SPREAD,
                          n_epochs=UMAP_EPOCHS, metric="euclidean", init="spectral", n_components=2,
                          n_jobs=threads)
        cpu = time.process_time()
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            layout = model.fit_transform(x)
        return layout, time.perf_counter() - start, time.process_time() - cpu

    layout, cold, cold_cpu = call()
    np.save(target + ".0.npy", layout)
    report = {"cold": cold, "cold_cpu": cold_cpu, "warm": None, "warm_cpu": None, "import": import_seconds,
              "version": getattr(umap, "__version__", "?")}
    for i in range(1, calls):
        layout, seconds, cpu = call()
        if i == 1:
            report["warm"], report["warm_cpu"] = seconds, cpu
        np.save(target + ".%d.npy" % i, layout)
    print(json.dumps(report))


def run_umap_learn(x, threads, calls, workdir):
    """calls: 1 = the cold call only, 2 = and a warm one, more = further warm calls (layouts only)."""
    import numpy as np

    probe = subprocess.run([sys.executable, "-c", "import umap"], capture_output=True, text=True)
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["no message"])[-1]
        return None, "umap-learn not importable (%s; Debian package umap-learn)" % last
    source = os.path.join(workdir, "hope.npy")
    target = os.path.join(workdir, "umap_learn")
    np.save(source, x)
    done = subprocess.run([sys.executable, os.path.abspath(__file__), "--umap-learn-worker", source, target,
                           str(threads), str(calls)], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError("umap-learn failed (exit %d): %s" % (done.returncode, done.stderr.strip()[-2000:]))
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["layouts"] = [np.load(target + ".%d.npy" % i) for i in range(calls)]
    result["layout"] = result["layouts"][0]
    if calls > 1:
        result["layout_warm"] = result["layouts"][1]
    return result, None


R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
n <- as.integer(args[1]); d <- as.integer(args[2]); threads <- as.integer(args[5])
set.seed(as.integer(args[6]))
suppressPackageStartupMessages(library(uwot))
con <- file(args[3], "rb"); x <- readBin(con, "double", n * d, size = 8, endian = "little"); close(con)
X <- matrix(x, nrow = n, ncol = d)
t0 <- proc.time()
Y <- uwot::umap(X, n_neighbors = 15, min_dist = 1, spread = 1, n_epochs = 500, metric = "euclidean",
                init = "spectral", n_threads = threads, n_sgd_threads = threads, verbose = FALSE)
used <- proc.time() - t0
elapsed <- used[["elapsed"]]
cpu <- sum(used[c("user.self", "sys.self")], na.rm = TRUE) + sum(used[c("user.child", "sys.child")], na.rm = TRUE)
con <- file(args[4], "wb"); writeBin(as.double(Y), con, size = 8, endian = "little"); close(con)
cat(sprintf("{\"seconds\": %.6f, \"cpu\": %.6f, \"uwot\": \"%s\", \"r\": \"%s\"}\n", elapsed, cpu,
            as.character(packageVersion("uwot")), paste(R.version$major, R.version$minor, sep = ".")))
"""


def run_uwot(x, threads, workdir, seed=0):
    import numpy as np

    rscript = shutil.which("Rscript")
    if rscript is None:
        return None, "Rscript not found (Debian packages r-base-core, r-cran-uwot)"
    probe = subprocess.run([rscript, "-e", "suppressPackageStartupMessages(library(uwot))"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["no message"])[-2 if "Execution halted" in probe.stderr else -1]
        return None, "R package uwot not available (Debian package r-cran-uwot): " + last.strip()
    script = os.path.join(workdir, "uwot.R")
    with open(script, "w") as handle:
        handle.write(R_SCRIPT)
    n, d = x.shape
    source = os.path.join(workdir, "hope.f64")
    target = os.path.join(workdir, "uwot_layout.f64")
    np.asfortranarray(x, dtype="<f8").ravel(order="F").tofile(source)
    start = time.perf_counter()
    done = subprocess.run([rscript, "--vanilla", script, str(n), str(d), source, target, str(threads), str(seed)],
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError("Rscript uwot failed (exit %d): %s" % (done.returncode, done.stderr.strip()[-2000:]))
    report = json.loads(done.stdout.strip().splitlines()[-1])
    layout = np.fromfile(target, dtype="<f8").reshape((2, n)).T
    return {"layout": layout, "seconds": report["seconds"], "cpu": report["cpu"], "process_wall": wall, "version": report["uwot"],
            "r": report["r"]}, None


# --------------------------------------------------------------------------- HPLX side


def hplx_binary(build):
    binary = os.path.join(build, "app", "hplx-cli")
    if not os.access(binary, os.X_OK):
        return None, "%s not found (build it: cmake --preset release && cmake --build build/release " \
                     "--target hplx-cli, or pass --build DIR)" % binary
    # `help` may list a command the binary does not dispatch yet: ask the command itself.
    probe = subprocess.run([binary, "embed"], capture_output=True, text=True)
    if "unknown command" in probe.stderr:
        return None, "%s has no embed command yet" % binary
    return binary, None


def run_hplx(binary, csv_path, spec, threads, workdir):
    import numpy as np

    db = os.path.join(workdir, spec["model"] + ".db")
    command = [binary, "import", csv_path, "--db", db, "--hps", ",".join(spec["hps"]), "--loss", spec["loss"],
               "--model", spec["model"], "--dataset", spec["dataset"], "--quiet"]
    if spec["categorical"]:
        command += ["--categorical", ",".join(spec["categorical"])]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    import_seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError("hplx-cli import failed (exit %d): %s" % (done.returncode, done.stderr.strip()))
    info = json.loads(subprocess.run([binary, "info", db, "--json"], capture_output=True, text=True,
                                     check=True).stdout)
    landscapes = info["landscapes"]
    if len(landscapes) != 1:
        raise RuntimeError("expected one landscape in %s, found %d" % (db, len(landscapes)))
    out = os.path.join(workdir, spec["model"] + "_hplx.csv")
    command = [binary, "embed", db, "--landscape", str(landscapes[0]["id"]), "--out", out,
               "--threads", str(threads), "--no-cache", "--json"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise RuntimeError("hplx-cli embed failed (exit %d): %s" % (done.returncode, done.stderr.strip()))
    report = json.loads(done.stdout)
    # The layout, keyed by HP values, to cross-check against the reference HOPE embedding.
    with open(out, newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    layout = np.array([[float(r["x"]), float(r["y"])] for r in rows])
    keys = [tuple(r[name] for name in spec["hps"]) for r in rows]
    return {"wall": wall, "cpu": cpu, "import_seconds": import_seconds, "report": report, "layout": layout, "keys": keys,
            "command": " ".join(command), "db": db, "landscape": landscapes[0]["id"]}


def hplx_trustworthiness(binary, hp, threads, seed, workdir):
    """HPLX's own trustworthiness (its seeded 5,000-row subsample) of the layout for another --seed."""
    out = os.path.join(workdir, "hplx_seed.csv")
    command = [binary, "embed", hp["db"], "--landscape", str(hp["landscape"]), "--out", out, "--threads",
               str(threads), "--no-cache", "--json", "--seed", str(seed)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError("hplx-cli embed failed (exit %d): %s" % (done.returncode, done.stderr.strip()))
    return json.loads(done.stdout)["trustworthiness"]["value"]


def spread(values):
    """(mean, min, max) of a list of trustworthiness values."""
    return sum(values) / len(values), min(values), max(values)


def hplx_rows_in_reference_order(land, spec, keys):
    """Reference row of each HPLX layout row (matching HP values: numbers by value, categories by label)."""
    import numpy as np

    rows = np.empty(len(keys), dtype=np.int64)
    lookups = []
    for h, values in enumerate(land["values"]):
        if land["categorical"][h]:
            lookups.append({label: i for i, label in enumerate(values)})
        else:
            lookups.append({float(v): i for i, v in enumerate(values)})
    for r, key in enumerate(keys):
        rid = 0
        for h, label in enumerate(key):
            i = lookups[h][label if land["categorical"][h] else float(label)]
            rid += i * int(land["strides"][h])
        rows[r] = rid
    if len(np.unique(rows)) != len(rows):
        raise RuntimeError("HPLX layout rows do not map one-to-one onto the grid")
    return rows


# --------------------------------------------------------------------------- report


def fmt(value, digits=2):
    if value is None:
        return "-"
    if isinstance(value, float) and math.isnan(value):
        return "nan"
    return "%.*f" % (digits, value)


def check(name, passed, detail):
    status = "SKIP" if passed is None else ("PASS" if passed else "FAIL")
    return {"check": name, "status": status, "detail": detail}


def run_landscape(key, arguments, binary, workdir):
    import numpy as np

    spec = LANDSCAPES[key]
    path = os.path.join(arguments.data, spec["file"])
    result = {"landscape": key, "title": spec["title"], "file": path, "methods": {}, "checks": [], "skipped": {}}
    log("[%s] reading %s" % (key, path))
    land = read_landscape(path, spec)
    n = len(land["losses"])
    result["configurations"] = n
    sample = trust_sample(n, arguments.seed)

    log("[%s] HOPE (scipy svds, k=%d) on %d configurations" % (key, HOPE_K, n))
    x, hope = reference_hope(land, arguments.seed)
    result["reference_hope"] = hope
    log("[%s]   %d improving edges, svds %.1f s" % (key, hope["improving_edges"], hope["seconds"]["svds"]))

    if arguments.skip_umap_learn:
        result["skipped"]["umap-learn"] = "--skip-umap-learn"
    else:
        calls = max(arguments.trust_repeats, 1 if arguments.no_warm else 2)
        log("[%s] umap-learn in a fresh python3 (cold call%s)" % (
            key, "" if calls == 1 else ", then %d warm call%s" % (calls - 1, "" if calls == 2 else "s")))
        ul, why = run_umap_learn(x, arguments.threads, calls, workdir)
        if ul is None:
            result["skipped"]["umap-learn"] = why
            log("[%s]   skipped: %s" % (key, why))
        else:
            value, seconds = trust(x, ul["layout"], sample)
            entry = {"hope": hope["seconds"]["total"], "svds": hope["seconds"]["svds"], "umap": ul["cold"],
                     "umap_cold": ul["cold"], "umap_warm": ul["warm"], "total": hope["seconds"]["total"] + ul["cold"],
                     "cpu": hope["seconds"]["cpu"] + ul["cold_cpu"],
                     "trustworthiness": value, "trust_seconds": seconds, "version": ul["version"],
                     "import_seconds": ul["import"]}
            if ul["warm"] is not None:
                entry["total_warm"] = hope["seconds"]["total"] + ul["warm"]
                entry["cpu_warm"] = hope["seconds"]["cpu"] + ul["warm_cpu"]
                entry["trustworthiness_warm"] = trust(x, ul["layout_warm"], sample)[0]
            if arguments.trust_repeats > 1:
                entry["trustworthiness_repeats"] = [value] + [
                    trust(x, layout, sample)[0] for layout in ul["layouts"][1:arguments.trust_repeats]]
            result["methods"]["svds+umap-learn"] = entry
            log("[%s]   umap-learn %.1f s cold%s, trustworthiness %.3f" % (
                key, ul["cold"], "" if ul["warm"] is None else ", %.1f s warm" % ul["warm"], value))

    if arguments.skip_uwot:
        result["skipped"]["uwot"] = "--skip-uwot"
    else:
        log("[%s] uwot (Rscript)" % key)
        uw, why = run_uwot(x, arguments.threads, workdir)
        if uw is None:
            result["skipped"]["uwot"] = why
            log("[%s]   skipped: %s" % (key, why))
        else:
            value, seconds = trust(x, uw["layout"], sample)
            result["methods"]["svds+uwot"] = {
                "hope": hope["seconds"]["total"], "svds": hope["seconds"]["svds"], "umap": uw["seconds"],
                "total": hope["seconds"]["total"] + uw["seconds"], "rscript_wall": uw["process_wall"],
                "cpu": hope["seconds"]["cpu"] + uw["cpu"],
                "trustworthiness": value, "trust_seconds": seconds, "version": uw["version"], "r": uw["r"]}
            if arguments.trust_repeats > 1:
                values = [value]
                for seed in range(1, arguments.trust_repeats):
                    again, _ = run_uwot(x, arguments.threads, workdir, seed)
                    values.append(trust(x, again["layout"], sample)[0])
                result["methods"]["svds+uwot"]["trustworthiness_repeats"] = values
            log("[%s]   uwot %.1f s, trustworthiness %.3f" % (key, uw["seconds"], value))

    if binary is None:
        result["skipped"]["hplx"] = arguments.hplx_skip_reason
    else:
        log("[%s] hplx-cli embed" % key)
        hp = run_hplx(binary, path, spec, arguments.threads, workdir)
        report = hp["report"]
        rows = hplx_rows_in_reference_order(land, spec, hp["keys"])
        # HPLX's layout against the scipy HOPE embedding, on the same subsample as the references.
        layout = np.empty_like(hp["layout"])
        layout[rows] = hp["layout"]
        cross, _ = trust(x, layout, sample) if len(rows) == n else (None, None)
        seconds = report.get("seconds", {})
        result["methods"]["hplx"] = {
            "hope": seconds.get("hope"), "umap": seconds.get("umap"), "trust_seconds": seconds.get("trust"),
            "total": hp["wall"], "cpu": hp["cpu"], "import_seconds": hp["import_seconds"],
            "trustworthiness": report.get("trustworthiness", {}).get("value"),
            "trustworthiness_k": report.get("trustworthiness", {}).get("k"),
            "trustworthiness_sample": report.get("trustworthiness", {}).get("sample"),
            "trustworthiness_vs_scipy_hope": cross,
            "configurations": report.get("configurations"),
            "umap_init": report.get("umap", {}).get("init"), "knn": report.get("umap", {}).get("knn"),
            "note": report.get("note"), "command": hp["command"]}
        if arguments.trust_repeats > 1:
            result["methods"]["hplx"]["trustworthiness_repeats"] = [
                result["methods"]["hplx"]["trustworthiness"]] + [
                hplx_trustworthiness(binary, hp, arguments.threads, seed, workdir)
                for seed in range(1, arguments.trust_repeats)]
        if report.get("configurations") != n:
            log("[%s]   warning: hplx embedded %s configurations, the CSV has %d" % (
                key, report.get("configurations"), n))
        log("[%s]   hplx %.1f s wall, trustworthiness %s" % (
            key, hp["wall"], fmt(result["methods"]["hplx"]["trustworthiness"], 3)))

    # Checks.
    methods = result["methods"]
    hplx = methods.get("hplx")
    for name, target in (("svds+umap-learn", SPEEDUP_VS_UMAP_LEARN), ("svds+uwot", SPEEDUP_VS_UWOT)):
        reference = methods.get(name)
        label = "HPLX >= %gx faster than %s" % (target, name)
        if hplx is None or reference is None:
            result["checks"].append(check(label, None, "not run"))
            continue
        ratio = reference["total"] / hplx["total"]
        result["ratio_vs_" + name] = ratio
        detail = "%.2fx (%.1f s vs %.1f s)" % (ratio, reference["total"], hplx["total"])
        if name == "svds+umap-learn" and reference.get("total_warm"):
            result["ratio_vs_" + name + "_warm"] = reference["total_warm"] / hplx["total"]
            detail += "; %.2fx against the warm umap-learn call" % result["ratio_vs_" + name + "_warm"]
        if reference.get("cpu") and hplx.get("cpu"):
            result["cpu_ratio_vs_" + name] = reference["cpu"] / hplx["cpu"]
        result["checks"].append(check(label, ratio >= target, detail))
    # With --trust-repeats, each method's mean over its layouts.
    def trust_of(m):
        values = m.get("trustworthiness_repeats")
        return spread(values)[0] if values else m["trustworthiness"]

    trusts = [trust_of(methods[m]) for m in ("svds+umap-learn", "svds+uwot") if m in methods]
    averaged = arguments.trust_repeats > 1
    label = "HPLX %strustworthiness >= best reference - %g" % ("mean " if averaged else "", TRUST_TOLERANCE)
    if hplx is None or not trusts or hplx["trustworthiness"] is None:
        result["checks"].append(check(label, None, "not run"))
    else:
        best = max(trusts)
        detail = "%.3f vs best reference %.3f" % (trust_of(hplx), best)
        if averaged:
            detail += " (means over %d layouts each)" % arguments.trust_repeats
        result["checks"].append(check(label, trust_of(hplx) >= best - TRUST_TOLERANCE, detail))
    return result


def print_result(result):
    print()
    print("== %s: %d configurations (%s)" % (result["title"], result["configurations"], result["file"]))
    hope = result["reference_hope"]
    s = hope["seconds"]
    print("   reference HOPE: %d improving edges, nnz(S) %d; graph %.2f s, (A+I)^2 %.2f s, svds %.2f s, "
          "assemble %.2f s" % (hope["improving_edges"], hope["s_nonzeros"], s["graph"], s["square"], s["svds"],
                               s["assemble"]))
    header = "%-26s %10s %10s %10s %16s %10s" % ("method", "HOPE s", "UMAP s", "total s", "trustworthiness",
                                                "CPU s")
    print(header)
    print("-" * len(header))
    methods = result["methods"]
    if "hplx" in methods:
        m = methods["hplx"]
        print("%-26s %10s %10s %10s %16s %10s" % ("HPLX (hplx-cli embed)", fmt(m["hope"]), fmt(m["umap"]),
                                              fmt(m["total"]), fmt(m["trustworthiness"], 3), fmt(m.get("cpu"), 1)))
    if "svds+umap-learn" in methods:
        m = methods["svds+umap-learn"]
        print("%-26s %10s %10s %10s %16s %10s" % ("svds + umap-learn (cold)", fmt(m["hope"]), fmt(m["umap_cold"]),
                                              fmt(m["total"]), fmt(m["trustworthiness"], 3), fmt(m.get("cpu"), 1)))
        if m.get("umap_warm") is not None:
            print("%-26s %10s %10s %10s %16s %10s" % ("svds + umap-learn (warm)", fmt(m["hope"]), fmt(m["umap_warm"]),
                                                  fmt(m["total_warm"]), fmt(m["trustworthiness_warm"], 3),
                                                  fmt(m.get("cpu_warm"), 1)))
    if "svds+uwot" in methods:
        m = methods["svds+uwot"]
        print("%-26s %10s %10s %10s %16s %10s" % ("svds + uwot", fmt(m["hope"]), fmt(m["umap"]), fmt(m["total"]),
                                              fmt(m["trustworthiness"], 3), fmt(m.get("cpu"), 1)))
    for name, m in methods.items():
        if m.get("trustworthiness_repeats"):
            mean, low, high = spread(m["trustworthiness_repeats"])
            print("   %s trustworthiness over %d layouts: mean %.3f, range %.3f-%.3f" % (
                name, len(m["trustworthiness_repeats"]), mean, low, high))
    for name, why in result["skipped"].items():
        print("   %s skipped: %s" % (name, why))
    if "hplx" in methods:
        m = methods["hplx"]
        print("   HPLX total = wall time of the embed command (loading, HOPE, UMAP, trustworthiness %s s, CSV); "
              "import %.2f s not counted" % (fmt(m["trust_seconds"]), m["import_seconds"]))
        print("   HPLX: UMAP init %s, %s kNN; trustworthiness of its layout against the scipy HOPE embedding: %s"
              % (m["umap_init"], m["knn"], fmt(m["trustworthiness_vs_scipy_hope"], 3)))
    print("   reference totals = HOPE (graph, (A+I)^2, svds, assemble) + the UMAP call; trustworthiness not counted."
          " CPU s = user + system seconds of the same steps (less sensitive to other load than wall time)")
    for name in ("svds+umap-learn", "svds+uwot"):
        if "ratio_vs_" + name in result:
            extra = ""
            if "ratio_vs_" + name + "_warm" in result:
                extra = " (warm umap-learn: %.2fx)" % result["ratio_vs_" + name + "_warm"]
            if "cpu_ratio_vs_" + name in result:
                extra += "; CPU time %.2fx less" % result["cpu_ratio_vs_" + name]
            print("   HPLX total vs %s total: %.2fx faster%s" % (name, result["ratio_vs_" + name], extra))
    for c in result["checks"]:
        print("   [%s] %s: %s" % (c["status"], c["check"], c["detail"]))


def main():
    arguments = parse_arguments()
    limit_threads(arguments.threads)
    if not os.path.isdir(arguments.data):
        skip("data folder %s not found" % arguments.data)
    keys = [arguments.only] if arguments.only else ["fcnet", "logreg"]
    missing = [LANDSCAPES[k]["file"] for k in keys
               if not os.path.exists(os.path.join(arguments.data, LANDSCAPES[k]["file"]))]
    if missing:
        skip("%s not in %s" % (", ".join(missing), arguments.data))
    import_scientific_stack()

    binary = None
    arguments.hplx_skip_reason = "--skip-hplx"
    if not arguments.skip_hplx:
        binary, arguments.hplx_skip_reason = hplx_binary(arguments.build)
        if binary is None:
            log("compare_embedding: HPLX side skipped: " + arguments.hplx_skip_reason)

    started = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    workdir = tempfile.mkdtemp(prefix="hplx-compare-embedding-")
    results = []
    try:
        for key in keys:
            results.append(run_landscape(key, arguments, binary, workdir))
            print_result(results[-1])
    finally:
        if arguments.keep:
            log("compare_embedding: kept %s" % workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    print()
    print("Summary (targets: >= %gx vs svds+umap-learn, >= %gx vs svds+uwot, trustworthiness >= best - %g):"
          % (SPEEDUP_VS_UMAP_LEARN, SPEEDUP_VS_UWOT, TRUST_TOLERANCE))
    for r in results:
        for c in r["checks"]:
            print("  %-7s [%s] %s: %s" % (r["landscape"], c["status"], c["check"], c["detail"]))
    print("  (timings on a shared machine are noisy; %d threads everywhere, %d cores online)"
          % (arguments.threads, os.cpu_count() or 0))

    if arguments.json:
        document = {"started": started, "threads": arguments.threads, "seed": arguments.seed,
                    "cpus": os.cpu_count(), "python": sys.version.split()[0],
                    "parameters": {"hope_k": HOPE_K, "n_neighbors": UMAP_NEIGHBORS, "min_dist": UMAP_MIN_DIST,
                                   "spread": UMAP_SPREAD, "n_epochs": UMAP_EPOCHS, "trust_k": TRUST_K,
                                   "trust_sample": TRUST_SAMPLE},
                    "results": results}
        with open(arguments.json, "w") as handle:
            json.dump(document, handle, indent=2)
            handle.write("\n")
        log("compare_embedding: results written to %s" % arguments.json)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--umap-learn-worker":
        umap_learn_worker(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
        sys.exit(0)
    sys.exit(main())
