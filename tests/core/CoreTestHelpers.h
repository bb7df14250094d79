// Small helpers shared by the core tests: catching hplx::Error, printing its
// kind in QCOMPARE messages, and reading/writing whole files.
#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QtTest>

#include <cmath>
#include <optional>
#include <string>

namespace hplx {

// Found by QCOMPARE through argument-dependent lookup.
inline char *toString(ErrorKind kind)
{
    const char *name = "?";
    switch (kind) {
    case ErrorKind::Io:
        name = "Io";
        break;
    case ErrorKind::NotHplxDatabase:
        name = "NotHplxDatabase";
        break;
    case ErrorKind::NewerSchema:
        name = "NewerSchema";
        break;
    case ErrorKind::Corrupt:
        name = "Corrupt";
        break;
    case ErrorKind::InvalidData:
        name = "InvalidData";
        break;
    case ErrorKind::InvalidArgument:
        name = "InvalidArgument";
        break;
    case ErrorKind::Cancelled:
        name = "Cancelled";
        break;
    }
    return qstrdup(name);
}

} // namespace hplx

namespace hplxtest {

// The hplx::Error that f throws, or nothing when it returns normally. Any other
// exception escapes and fails the test.
template <typename F>
std::optional<hplx::Error> errorFrom(F &&f)
{
    try {
        f();
    } catch (const hplx::Error &error) {
        return error;
    }
    return std::nullopt;
}

inline bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        QFAIL(qPrintable(QStringLiteral("cannot write ") + path));
    file.write(bytes);
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

// |actual - expected| <= tolerance, for values worked out by hand.
inline bool near(double actual, double expected, double tolerance = 1e-12)
{
    return std::abs(actual - expected) <= tolerance;
}

} // namespace hplxtest

// Fails the test unless `error` (an std::optional<hplx::Error>) holds an error
// of the expected kind whose message contains every given part.
#define HPLX_VERIFY_ERROR(error, expectedKind)                                                                         \
    do {                                                                                                               \
        QVERIFY2((error).has_value(), "expected an hplx::Error, but nothing was thrown");                              \
        QCOMPARE((error)->kind(), expectedKind);                                                                       \
    } while (false)

#define HPLX_VERIFY_MESSAGE(error, part)                                                                               \
    QVERIFY2(hplxtest::contains((error)->what(), part),                                                                \
             qPrintable(QStringLiteral("message lacks '") + QString::fromStdString(std::string(part))                  \
                        + QStringLiteral("': ") + QString::fromUtf8((error)->what())))

// Fails unless actual is within 1e-12 of expected, printing both to 17 digits.
#define VERIFY_NEAR(actual, expected)                                                                                  \
    QVERIFY2(                                                                                                          \
        hplxtest::near(actual, expected),                                                                              \
        qPrintable(QStringLiteral(#actual " = %1, expected %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)))
