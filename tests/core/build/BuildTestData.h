// Small real datasets written as CSV for the builder tests: two noisy
// Gaussian blobs (classification) and a noisy line (regression).
#pragma once

#include <QFile>
#include <QString>
#include <QTextStream>

#include <cmath>
#include <random>

namespace hplx::test {

// rows points, half per class, class 1 shifted by `shift` in both features.
inline bool writeBlobsCsv(const QString &path, int rows = 80, double shift = 2.5, unsigned seed = 7)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QTextStream out(&file);
    out << "x1,x2,noise,label\n";
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    for (int r = 0; r < rows; ++r) {
        const int label = r % 2;
        out << normal(rng) + label * shift << ',' << normal(rng) + label * shift << ',' << normal(rng) << ','
            << (label ? "yes" : "no") << '\n';
    }
    return true;
}

} // namespace hplx::test
