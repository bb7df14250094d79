#!/usr/bin/python3
"""Write a synthetic 1,000,000-configuration landscape as a CSV for hplx-cli.

A benchmark input, not a test: the embedding issue asks that a landscape of a
million configurations embed in minutes and without running out of memory,
and no public benchmark in ../shared/data is that large. The grid has 10
ordinal HPs, hp0..hp9, with 5^6 * 2^2 * 4^2 = 1,000,000 configurations (the
shape bench_graph and bench_metrics use). Its loss has structure, so that the
embedding has something to show:

  * a weighted squared distance to a seeded optimum, each HP scaled to [0, 1];
  * one smooth interaction term, sin(1.7 hp0 + 0.9 hp3) cos(1.3 hp1 - hp8),
    weighted 0.5;
  * Gaussian noise with standard deviation 0.15.

Usage (numpy from Debian's python3-numpy):

  /usr/bin/python3 tests/bench/million_landscape.py million.csv [--seed 7]
  hplx-cli import million.csv --db million.db --hps hp0,hp1,hp2,hp3,hp4,hp5,hp6,hp7,hp8,hp9 \\
      --loss loss --split-of loss=test --model synthetic --dataset million
  /usr/bin/time -v hplx-cli embed million.db --landscape 1 --out layout.csv --no-cache --threads 2 --json
"""
import argparse
import sys

SIZES = [5, 5, 5, 5, 5, 5, 2, 2, 4, 4]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", help="CSV file to write")
    parser.add_argument("--seed", type=int, default=7, help="seed of the optimum, weights and noise (default: %(default)s)")
    args = parser.parse_args()
    try:
        import numpy as np
    except ImportError:
        sys.exit("million_landscape: needs numpy (Debian: python3-numpy)")

    grids = np.meshgrid(*[np.arange(size) for size in SIZES], indexing="ij")
    values = np.stack([grid.ravel() for grid in grids], axis=1).astype(np.float64)
    rng = np.random.default_rng(args.seed)
    weights = rng.uniform(0.2, 1.0, len(SIZES))
    optimum = np.array([rng.uniform(0, size - 1) for size in SIZES])
    scale = np.array([max(1, size - 1) for size in SIZES], dtype=np.float64)
    loss = (((values - optimum) / scale) ** 2 * weights).sum(axis=1)
    loss += 0.5 * np.sin(1.7 * values[:, 0] + 0.9 * values[:, 3]) * np.cos(1.3 * values[:, 1] - values[:, 8])
    loss += 0.15 * rng.standard_normal(len(loss))

    names = [f"hp{h}" for h in range(len(SIZES))]
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(",".join(names) + ",loss\n")
        np.savetxt(out, np.column_stack([values, loss]), fmt=["%d"] * len(SIZES) + ["%.6f"], delimiter=",")
    print(f"million_landscape: {len(loss)} configurations written to {args.out}")


if __name__ == "__main__":
    main()
