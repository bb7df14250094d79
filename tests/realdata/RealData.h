// Shared by the realdata tests: where ../shared/data is, and a main() that
// reports the test as skipped (exit 77, CTest's SKIP_RETURN_CODE) when the
// folder is missing, so the project's own test run never depends on it.
#pragma once

#include <QCoreApplication>
#include <QFileInfo>
#include <QString>
#include <QtTest>

#include <cstdio>

namespace hplx::test {

inline QString sharedDataDir()
{
    const QByteArray fromEnv = qgetenv("HPLX_SHARED_DATA");
    return fromEnv.isEmpty() ? QStringLiteral(HPLX_SHARED_DATA) : QString::fromLocal8Bit(fromEnv);
}

template <typename TestClass>
int runRealDataTest(int argc, char **argv)
{
    const QString dir = sharedDataDir();
    if (!QFileInfo(dir).isDir()) {
        std::printf("SKIP: real-data folder %s not found (set HPLX_SHARED_DATA to its path)\n", qPrintable(dir));
        return 77;
    }
    QCoreApplication app(argc, argv);
    TestClass test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace hplx::test

#define HPLX_REALDATA_MAIN(TestClass)                                                                                  \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        return hplx::test::runRealDataTest<TestClass>(argc, argv);                                                     \
    }
